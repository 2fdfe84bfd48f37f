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
