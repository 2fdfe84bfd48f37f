package game

import (
	"strings"
	"testing"
)

// blockadeWorld: a song city (food 6 days, 3 days a turn) with a garrison,
// a jin army next to it, and a jin supply city so the besiegers eat.
func blockadeWorld(t *testing.T) (*State, *Place, *Unit, *Unit) {
	w := newWorld(t, "......", "......", "......")
	city := w.place("city", "song", 2, 6, 3, 1)
	w.place("camp", "jin", 0, 100, 0, 1)
	gar := w.unit("gar", "song", "infantry", 2000, 3, 1)
	bes := w.unit("bes", "jin", "infantry", 10000, 2, 1)
	return w.start(), city, gar, bes
}

func TestBlockadeStarvesTheGarrisonIntoSurrender(t *testing.T) {
	s, city, gar, bes := blockadeWorld(t)
	must(t, s, Order{Kind: Blockade, Unit: "bes", To: city.At})
	if city.BlockadedBy != "jin" || !bes.Blockading {
		t.Fatal("blockade not set")
	}
	endTurns(t, s, 1) // song's turn 1: 6 -> 3 days
	if city.Food != 3 {
		t.Fatalf("food %d after one blockaded turn, want 3", city.Food)
	}
	startStrength := gar.Strength
	for i := 0; i < 20 && city.Owner == "song"; i++ {
		endTurns(t, s, 2)
		if s.Over {
			break
		}
	}
	if gar.Strength >= startStrength && gar.Alive() {
		t.Errorf("starving garrison lost no strength")
	}
	if city.Owner != "jin" || gar.Status != Captured {
		t.Fatalf("after a long blockade the city is held by %s and the garrison is %s", city.Owner, gar.Status)
	}
	found := false
	for _, ev := range s.Log {
		if ev.Kind == EvSurrender && ev.Place == "city" {
			found = true
		}
	}
	if !found {
		t.Error("no surrender event in the log")
	}
}

func TestBlockadeCostsTheBesiegersToo(t *testing.T) {
	s, city, _, bes := blockadeWorld(t)
	must(t, s, Order{Kind: Blockade, Unit: "bes", To: city.At})
	before := bes.Strength
	endTurns(t, s, 2) // back to jin: attrition at the start of its turn
	want := before - int(float64(before)*s.Rules().Siege.AttritionPercent/100+0.5)
	if bes.Strength != want {
		t.Errorf("besieger strength %d after a turn of blockade, want %d", bes.Strength, want)
	}
}

func TestBlockadeLiftsWhenTheBesiegersLeave(t *testing.T) {
	s, city, _, _ := blockadeWorld(t)
	must(t, s, Order{Kind: Blockade, Unit: "bes", To: city.At})
	endTurns(t, s, 2)
	must(t, s, Order{Kind: Move, Unit: "bes", To: Hex{0, 0}})
	endTurns(t, s, 1)
	if city.BlockadedBy != "" {
		t.Errorf("blockade still on with no besiegers next to the city")
	}
}

func TestEmptyEnemyCityFallsToTroopsMovingIn(t *testing.T) {
	w := newWorld(t, "....", "....")
	c := w.place("town", "song", 1, 10, 2, 0)
	w.unit("inf", "jin", "infantry", 1000, 0, 0)
	w.unit("far", "song", "infantry", 1000, 3, 1)
	s := w.start()
	must(t, s, Order{Kind: Move, Unit: "inf", To: c.At})
	if c.Owner != "jin" {
		t.Fatalf("town still held by %s", c.Owner)
	}
}

func TestBlockadeOrderNeedsAnAdjacentEnemyCity(t *testing.T) {
	s, city, _, _ := blockadeWorld(t)
	if msg := refuse(t, s, Order{Kind: Blockade, Unit: "bes", To: Hex{4, 1}}); !strings.Contains(msg, "no city") {
		t.Errorf("blockading open ground: %q", msg)
	}
	endTurns(t, s, 1)
	if msg := refuse(t, s, Order{Kind: Blockade, Unit: "gar", To: Hex{0, 1}}); !strings.Contains(msg, "not next") {
		t.Errorf("blockading a distant city: %q", msg)
	}
	_ = city
}
