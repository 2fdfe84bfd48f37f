package ai

import "testing"

// Four boats carry eight foot to a beach where seven must stand at once:
// the Commander spreads the boats along the beach so that every unit
// lands inside the zone, and wins in one turn. (The simple march sails
// them to the nearest water and lands three of the eight beside the
// zone.)
func TestCommanderLandsEveryUnitInsideTheZone(t *testing.T) {
	s := loadTest(t, "landing.toml").NewGame(1)
	c := NewCommander(Normal, 1)
	c.look = false
	jinTurn(t, s, c)
	ashore := 0
	for _, u := range s.Units {
		if u.Alive() && u.Side == "jin" && u.Carrier == "" && !s.ClassOf(u).Naval() && u.At.Row == 4 && u.At.Col >= 3 && u.At.Col <= 6 {
			ashore++
		}
	}
	if !s.Over || s.Winner != "jin" {
		t.Errorf("after the Jin turn: %d units in the zone, game over %v, winner %q; want seven ashore and a Jin win", ashore, s.Over, s.Winner)
	}
}

// The simple march, the rule's baseline, does not: on this board it lands
// too few in the zone to win.
func TestSimpleLandsBesideTheZone(t *testing.T) {
	s := loadTest(t, "landing.toml").NewGame(1)
	p := &Simple{}
	for s.ActiveSide() == "jin" && !s.Over {
		if _, err := s.Apply(p.Next(s)); err != nil {
			t.Fatal(err)
		}
	}
	if s.Over && s.Winner == "jin" {
		t.Error("the board is wrong: the simple march wins it in one turn")
	}
}

// Two loaded boats that cannot reach the beach this turn sail together:
// the second ends its march on the first's hex, as near the beach as its
// own march would have taken it. Sailing apart, each is a lone target for
// the enemy's warships (at Caishi the boats that crossed alone were sunk
// before they could land). The simple march leaves them apart.
func TestCommanderSailsLoadedBoatsInConvoy(t *testing.T) {
	s := loadTest(t, "convoy.toml").NewGame(1)
	jinTurn(t, s, inPosture(0))
	if b1, b2 := s.Unit("b1"), s.Unit("b2"); b1.At != b2.At || b1.At.Row < 4 {
		t.Errorf("after the Jin turn the boats lie at %s and %s, want them together, across the river's middle", b1.At, b2.At)
	}
	s = loadTest(t, "convoy.toml").NewGame(1)
	p := &Simple{}
	for s.ActiveSide() == "jin" && !s.Over {
		if _, err := s.Apply(p.Next(s)); err != nil {
			t.Fatal(err)
		}
	}
	if s.Unit("b1").At == s.Unit("b2").At {
		t.Errorf("the board is wrong: the simple march already brings the boats together at %s", s.Unit("b1").At)
	}
}
