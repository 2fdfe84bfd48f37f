package game

import "testing"

func victoryWorld(t *testing.T, conds ...Condition) *State {
	w := newWorld(t, "......", "......", "......")
	w.place("capital", "song", 0, 100, 4, 1)
	w.unit("army", "jin", "heavy_cavalry", 5000, 1, 1)
	w.unit("emperor", "song", "infantry", 500, 5, 2)
	w.unit("guard", "song", "infantry", 100, 0, 2)
	w.s.Scn.Victory = Victory{Conditions: conds, Default: "song"}
	w.s.Scn.MaxTurns = 4
	return w.start()
}

func TestTakeWinsAtOnce(t *testing.T) {
	s := victoryWorld(t, Condition{Side: "jin", Kind: CondTake, Places: []string{"capital"}})
	must(t, s, Order{Kind: Move, Unit: "army", To: Hex{4, 1}})
	if !s.Over || s.Winner != "jin" {
		t.Fatalf("taking the objective: over=%v winner=%q", s.Over, s.Winner)
	}
}

func TestTakeByTurnExpires(t *testing.T) {
	s := victoryWorld(t, Condition{Side: "jin", Kind: CondTake, Places: []string{"capital"}, ByTurn: 1})
	endTurns(t, s, 2)
	must(t, s, Order{Kind: Move, Unit: "army", To: Hex{4, 1}})
	if s.Over {
		t.Fatal("a take condition counted after its deadline")
	}
}

func TestHoldWinsOnlyAtTheEnd(t *testing.T) {
	s := victoryWorld(t, Condition{Side: "jin", Kind: CondHold, Places: []string{"capital"}})
	must(t, s, Order{Kind: Move, Unit: "army", To: Hex{4, 1}})
	if s.Over {
		t.Fatal("hold decided before the end")
	}
	endTurns(t, s, 8)
	if !s.Over || s.Winner != "jin" {
		t.Fatalf("holding to the end: over=%v winner=%q", s.Over, s.Winner)
	}
}

func TestDestroyAndEscape(t *testing.T) {
	s := victoryWorld(t,
		Condition{Side: "song", Kind: CondEscape, Units: []string{"emperor"}, Zone: []Hex{{5, 0}}},
		Condition{Side: "jin", Kind: CondDestroy, Units: []string{"emperor"}},
	)
	endTurns(t, s, 1)
	must(t, s, Order{Kind: Move, Unit: "emperor", To: Hex{5, 0}})
	if s.Unit("emperor").Status != Escaped || !s.Over || s.Winner != "song" {
		t.Fatalf("escape: status %s over=%v winner=%q", s.Unit("emperor").Status, s.Over, s.Winner)
	}
	s2 := victoryWorld(t, Condition{Side: "jin", Kind: CondDestroy, Units: []string{"emperor"}})
	s2.capture(s2.Unit("emperor"))
	s2.checkVictory()
	if !s2.Over || s2.Winner != "jin" {
		t.Fatalf("capture: over=%v winner=%q", s2.Over, s2.Winner)
	}
}

func TestOccupyZoneStopsOrWinsACrossing(t *testing.T) {
	zone := []Hex{{3, 2}, {4, 2}}
	s := victoryWorld(t, Condition{Side: "jin", Kind: CondOccupy, Zone: zone, Count: 1})
	must(t, s, Order{Kind: Move, Unit: "army", To: Hex{3, 2}})
	if !s.Over || s.Winner != "jin" {
		t.Fatalf("crossing into the zone: over=%v winner=%q", s.Over, s.Winner)
	}
	s2 := victoryWorld(t, Condition{Side: "jin", Kind: CondOccupy, Zone: zone, Count: 2})
	must(t, s2, Order{Kind: Move, Unit: "army", To: Hex{3, 2}})
	if s2.Over {
		t.Fatal("one unit met a condition that needs two")
	}
	endTurns(t, s2, 8)
	if s2.Winner != "song" {
		t.Errorf("stopped crossing: winner %q, want the default song", s2.Winner)
	}
}

func TestPointsAtTheEnd(t *testing.T) {
	s := victoryWorld(t, Condition{Side: "jin", Kind: CondPoints, Points: 3})
	s.Place("capital").Points = 2
	s.Points["jin"] = 1
	if s.Score("jin") != 1 {
		t.Fatalf("score %d before taking the city", s.Score("jin"))
	}
	must(t, s, Order{Kind: Move, Unit: "army", To: Hex{4, 1}})
	if s.Score("jin") != 3 {
		t.Fatalf("score %d with the city", s.Score("jin"))
	}
	endTurns(t, s, 8)
	if s.Winner != "jin" {
		t.Errorf("points: winner %q", s.Winner)
	}
}

// The points leader is the side with strictly the most points; level
// points lead nowhere.
func TestPointsLeader(t *testing.T) {
	s := victoryWorld(t)
	for _, sd := range s.Scn.Sides {
		s.Points[sd.ID] = 5 - s.Score(sd.ID)
	}
	if got := s.PointsLeader(); got != "" {
		t.Fatalf("level points: leader %q, want none", got)
	}
	s.Points["song"]++
	if got := s.PointsLeader(); got != "song" {
		t.Fatalf("song one point ahead: leader %q", got)
	}
	s.Points["jin"] += 2
	if got := s.PointsLeader(); got != "jin" {
		t.Fatalf("jin one point ahead: leader %q", got)
	}
}

func TestASideWithNothingLeftLoses(t *testing.T) {
	s := victoryWorld(t)
	for _, id := range []string{"emperor", "guard"} {
		s.capture(s.Unit(id))
	}
	s.checkVictory()
	if !s.Over || s.Winner != "jin" {
		t.Fatalf("over=%v winner=%q", s.Over, s.Winner)
	}
}

// TimeUpWinner names, before the end, the winner time running out would
// give: the default until an end-of-game condition holds, then its side,
// and the game ends with that winner.
func TestTimeUpWinner(t *testing.T) {
	s := victoryWorld(t, Condition{Side: "jin", Kind: CondHold, Places: []string{"capital"}})
	if w := s.TimeUpWinner(); w != "song" {
		t.Errorf("before the Jin hold the capital: %q, want the default song", w)
	}
	must(t, s, Order{Kind: Move, Unit: "army", To: Hex{4, 1}})
	if w := s.TimeUpWinner(); w != "jin" {
		t.Errorf("with the capital held: %q, want jin", w)
	}
	endTurns(t, s, 8)
	if s.Winner != "jin" {
		t.Errorf("the game ended with %q", s.Winner)
	}
}

// A side with nothing left on the map, and none still to come, loses to
// an enemy that has; a reinforcement still waiting keeps it in the game.
func TestASideWithNoForcesLeftLoses(t *testing.T) {
	s := victoryWorld(t)
	s.capture(s.Unit("army"))
	s.checkVictory()
	if !s.Over || s.Winner != "song" {
		t.Fatalf("jin with no units left: over=%v winner=%q", s.Over, s.Winner)
	}

	s = victoryWorld(t)
	s.capture(s.Unit("emperor"))
	s.checkVictory()
	if s.Over {
		t.Fatal("song lost with its guard still on the map")
	}

	s = victoryWorld(t)
	s.Unit("army").Status = Waiting
	s.checkVictory()
	if s.Over {
		t.Fatalf("jin lost with an army still to come (winner %q)", s.Winner)
	}
}
