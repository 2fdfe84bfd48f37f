package game

import (
	"strings"
	"testing"
)

func riverWorld(t *testing.T) *State {
	w := newWorld(t,
		"......",
		"~~~~~~",
		"~~~~~~",
		"......",
	)
	w.unit("boats", "jin", "transports", 30, 1, 1)
	w.unit("cav", "jin", "heavy_cavalry", 2000, 1, 0)
	w.unit("foe", "song", "infantry", 500, 5, 3)
	return w.start()
}

func TestShipsCarryTroopsAcrossARiver(t *testing.T) {
	s := riverWorld(t)
	must(t, s, Order{Kind: Embark, Unit: "cav", Target: "boats"})
	cav := s.Unit("cav")
	if cav.Carrier != "boats" || cav.At != (Hex{1, 1}) {
		t.Fatalf("embarked unit: carrier %q at %v", cav.Carrier, cav.At)
	}
	if msg := refuse(t, s, Order{Kind: Disembark, Unit: "cav", To: Hex{1, 0}}); !strings.Contains(msg, "wait a turn") {
		t.Errorf("landing on the turn of boarding: %q", msg)
	}
	must(t, s, Order{Kind: Move, Unit: "boats", To: Hex{1, 2}})
	if cav.At != (Hex{1, 2}) {
		t.Fatalf("cargo left behind at %v", cav.At)
	}
	endTurns(t, s, 2)
	must(t, s, Order{Kind: Disembark, Unit: "cav", To: Hex{1, 3}})
	if cav.Carrier != "" || cav.At != (Hex{1, 3}) {
		t.Fatalf("landed unit: carrier %q at %v", cav.Carrier, cav.At)
	}
}

func TestSunkShipTakesItsCargoDown(t *testing.T) {
	s := riverWorld(t)
	must(t, s, Order{Kind: Embark, Unit: "cav", Target: "boats"})
	s.lose(s.Unit("boats"), 30)
	if c := s.Unit("cav"); c.Status != Destroyed || c.Strength != 0 {
		t.Fatalf("cargo of a sunk ship: %s, strength %d", c.Status, c.Strength)
	}
	if s.Ledger["jin"].Lost.Soldiers != 2000 || s.Ledger["jin"].Lost.Ships != 30 {
		t.Errorf("ledger: %+v", s.Ledger["jin"].Lost)
	}
	if errs := CheckInvariants(s); len(errs) > 0 {
		t.Error(errs)
	}
}

func TestEmbarkRules(t *testing.T) {
	s := riverWorld(t)
	for _, c := range []struct {
		o    Order
		want string
	}{
		{Order{Kind: Embark, Unit: "boats", Target: "boats"}, "cannot be carried"},
		{Order{Kind: Embark, Unit: "cav", Target: "foe"}, "not a friendly ship"},
		{Order{Kind: Embark, Unit: "cav", Target: "nobody"}, "no ship"},
		{Order{Kind: Disembark, Unit: "cav", To: Hex{0, 0}}, "not on board"},
	} {
		if msg := refuse(t, s, c.o); !strings.Contains(msg, c.want) {
			t.Errorf("%s: %q lacks %q", c.o, msg, c.want)
		}
	}
}

func TestFortifyAndRest(t *testing.T) {
	w := newWorld(t, "....", "....")
	w.place("camp", "jin", 0, 100, 0, 0) // a supply source: resting needs supply
	a := w.unit("a", "jin", "infantry", 1000, 0, 0)
	b := w.unit("b", "jin", "infantry", 1000, 0, 1)
	w.unit("foe", "song", "infantry", 1000, 1, 0)
	s := w.start()
	b.Morale = 50
	must(t, s, Order{Kind: Fortify, Unit: "a"})
	must(t, s, Order{Kind: Rest, Unit: "b"})
	if !a.Fortified || b.Morale != 65 {
		t.Fatalf("fortified=%v morale=%.0f", a.Fortified, b.Morale)
	}
	refuse(t, s, Order{Kind: Move, Unit: "a", To: Hex{0, 1}})
	endTurns(t, s, 1)
	p, err := Predict(s, Order{Kind: Attack, Unit: "foe", To: Hex{0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasFactor(p, "Fortified") {
		t.Errorf("fortified defender has no bonus: %+v", p.Factors)
	}
	endTurns(t, s, 1)
	must(t, s, Order{Kind: Move, Unit: "a", To: Hex{0, 1}})
	if a.Fortified {
		t.Error("a unit that moved is still fortified")
	}
}

func TestNoRestWithoutSupply(t *testing.T) {
	w := newWorld(t, "....", "....")
	u := w.unit("a", "jin", "infantry", 1000, 0, 0)
	w.unit("foe", "song", "infantry", 1000, 3, 1)
	s := w.start() // no supply city: out of supply from the first upkeep
	if u.OutOfSupply == 0 {
		t.Fatal("unit should start out of supply")
	}
	if msg := refuse(t, s, Order{Kind: Rest, Unit: "a"}); !strings.Contains(msg, "out of supply") {
		t.Errorf("resting without supply: %q", msg)
	}
}
