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

// alliedSiegeWorld: a Jin city with two days of food left and a garrison,
// with two allies, the Mongols and the Song, next to it. Sides move Jin,
// Mongols, Song.
func alliedSiegeWorld(t *testing.T) (*State, *Place) {
	w := newWorld(t, "......", "......", "......")
	w.s.Scn.Sides = []Side{{ID: "jin", Name: "Jin"}, {ID: "mongol", Name: "Mongols", Alliance: "allies"}, {ID: "song", Name: "Song", Alliance: "allies"}}
	w.s.Ledger["mongol"] = &Ledger{}
	city := w.place("city", "jin", 2, 3, 3, 1)
	w.place("camp", "mongol", 0, 100, 0, 1)
	w.unit("gar", "jin", "infantry", 2000, 3, 1)
	w.unit("mon", "mongol", "infantry", 10000, 2, 1)
	w.unit("son", "song", "infantry", 10000, 4, 1)
	s := w.start()
	endTurns(t, s, 1) // the Mongols close the roads, the Song join them
	must(t, s, Order{Kind: Blockade, Unit: "mon", To: city.At})
	endTurns(t, s, 1)
	must(t, s, Order{Kind: Blockade, Unit: "son", To: city.At})
	endTurns(t, s, 2) // the Jin eat their last food; the Mongols to move
	return s, city
}

// starveOut ends turns until the city changes hands (or 40 side turns).
func starveOut(t *testing.T, s *State, city *Place) {
	t.Helper()
	for i := 0; i < 40 && city.Owner == "jin" && !s.Over; i++ {
		endTurns(t, s, 1)
	}
}

func TestAStarvingCityOpensToTheAllyThatClosedItsRoads(t *testing.T) {
	s, city := alliedSiegeWorld(t)
	starveOut(t, s, city)
	if city.Owner != "mongol" {
		t.Fatalf("with both allies in the lines the city passed to %q, want the Mongols, who closed its roads", city.Owner)
	}
}

func TestAnAllyInTheLinesTakesTheSiegeOver(t *testing.T) {
	s, city := alliedSiegeWorld(t)
	must(t, s, Order{Kind: Move, Unit: "mon", To: Hex{0, 0}})
	endTurns(t, s, 1) // the Song's turn: the Mongols have left the lines
	if city.BlockadedBy != "song" {
		t.Fatalf("with the Song still in the lines the blockade is held by %q, want song", city.BlockadedBy)
	}
	if !logHas(s, EvBlockade, "the siege passes to Song") {
		t.Error("no event tells that the siege passed to the Song")
	}
	starveOut(t, s, city)
	if city.Owner != "song" {
		t.Fatalf("the city passed to %q, want the Song, who kept its roads closed", city.Owner)
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

// restWorld: blockadeWorld with a second song city behind the besieged one,
// whose supply line reaches the garrison, so that it is never out of supply.
func restWorld(t *testing.T, food int) (*State, *Place, *Unit) {
	w := newWorld(t, "......", "......", "......")
	city := w.place("city", "song", 2, food, 3, 1)
	w.place("rear", "song", 0, 100, 5, 1)
	w.place("camp", "jin", 0, 100, 0, 1)
	gar := w.unit("gar", "song", "infantry", 2000, 3, 1)
	w.unit("bes", "jin", "infantry", 10000, 2, 1)
	s := w.start()
	must(t, s, Order{Kind: Blockade, Unit: "bes", To: city.At})
	endTurns(t, s, 1)
	return s, city, gar
}

// A garrison starving in a blockaded city cannot rest, even with a supply
// line open to it; with food left, or with the blockade lifted, it can.
// In the grand campaign the Kaifeng militia, resting every turn, kept its
// morale above the point of surrender through twenty turns of hunger.
func TestNoRestInAStarvingCity(t *testing.T) {
	s, city, gar := restWorld(t, 3) // three days: gone in the first blockaded turn
	if city.Food != 0 || gar.OutOfSupply != 0 {
		t.Fatalf("want a starving garrison in supply: food %d, turns out of supply %d", city.Food, gar.OutOfSupply)
	}
	if msg := refuse(t, s, Order{Kind: Rest, Unit: "gar"}); !strings.Contains(msg, "starving") {
		t.Errorf("resting in a starving city: %q", msg)
	}
	city.BlockadedBy = ""
	must(t, s, Order{Kind: Rest, Unit: "gar"})

	s, _, _ = restWorld(t, 100)
	must(t, s, Order{Kind: Rest, Unit: "gar"})
}

// A starving garrison that rests whenever the rules let it still gives
// itself up: hunger takes more morale than supply gives back.
func TestARestingGarrisonStillSurrenders(t *testing.T) {
	s, city, gar := restWorld(t, 3)
	for i := 0; i < 20 && city.Owner == "song" && !s.Over; i++ {
		if s.ActiveSide() == "song" && gar.Alive() {
			_, _ = s.Apply(Order{Kind: Rest, Unit: "gar"}) // refused while it starves
		}
		endTurns(t, s, 1)
	}
	if city.Owner != "jin" {
		t.Fatalf("after twenty turns of hunger, resting when it could, the garrison holds on at morale %.0f", gar.Morale)
	}
}
