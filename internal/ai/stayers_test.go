package ai

import (
	"testing"

	"jinsong/game"
)

// handOverOrder is the Commander's order for the fort's garrison on the
// hand-over board, the field army's blockade of the town formed: the
// Song turn is played until the garrison is given an order or the turn
// ends (an empty order). edit changes the board first.
func handOverOrder(t *testing.T, edit func(s *game.State)) (*game.State, game.Order) {
	t.Helper()
	s := loadTest(t, "handover.toml").NewGame(1)
	s.Place("town").BlockadedBy = "song"
	s.Unit("song_army").Blockading = true
	if edit != nil {
		edit(s)
	}
	c := NewCommander(Normal, 1)
	c.look = false
	for range 20 {
		o := c.Next(s)
		if o.Kind == game.EndTurn {
			return s, game.Order{}
		}
		if o.Unit == "song_fort" {
			return s, o
		}
		if _, err := s.Apply(o); err != nil {
			t.Fatalf("%s: %v", o, err)
		}
	}
	t.Fatal("the Song turn does not end")
	return s, game.Order{}
}

// A garrison that no withdrawal takes marches from the city it guards to
// the siege lines of a target city that only a leaving army blockades,
// and joins them when it gets there, so that the blockade outlasts the
// army. Without the withdrawal, or with an enemy next to its own walls,
// it stays.
func TestGarrisonTakesOverASiegeFromALeavingArmy(t *testing.T) {
	s, o := handOverOrder(t, nil)
	fort, town := s.Place("fort").At, s.Place("town").At
	if o.Kind != game.Move || game.Distance(o.To, town) >= game.Distance(fort, town) {
		t.Errorf("the garrison's order is %v, want a march from the fort towards the town at %s", o, town)
	}

	_, o = handOverOrder(t, func(s *game.State) { s.Unit("song_fort").At = game.Hex{Col: 7, Row: 1} })
	if o.Kind != game.Blockade || o.To != town {
		t.Errorf("next to the town the garrison's order is %v, want it to join the blockade", o)
	}

	_, o = handOverOrder(t, func(s *game.State) { s.Scn.Events = nil; s.Fired = nil })
	if o.Kind == game.Move {
		t.Errorf("with no withdrawal to come the garrison leaves the fort (%v), want it to stay", o)
	}

	_, o = handOverOrder(t, func(s *game.State) { s.Unit("jin_band").At = game.Hex{Col: 3, Row: 2} })
	if o.Kind == game.Move && game.Distance(o.To, town) < game.Distance(fort, town) {
		t.Errorf("with a Jin band at its walls the garrison marches off (%v), want it to stay", o)
	}
}

// A unit that no withdrawal takes keeps siege lines whose other units are
// all leaving, however many they are; beside a unit that stays it is
// one of the lines like any other.
func TestStayerKeepsTheLinesOfALeavingArmy(t *testing.T) {
	s := loadTest(t, "handover.toml").NewGame(1)
	c := &Commander{leaving: leaving(s, "song")}
	if !c.leaving["song_army"] || c.leaving["song_fort"] {
		t.Fatalf("leaving = %v, want the field army only", c.leaving)
	}
	army, fort := s.Unit("song_army"), s.Unit("song_fort")
	if !c.outlasts(fort, []*game.Unit{army, fort}) {
		t.Error("the garrison beside the leaving army should keep the lines")
	}
	if c.outlasts(army, []*game.Unit{army}) {
		t.Error("the leaving army itself outlasts nothing")
	}
	other := *fort
	other.ID = "song_other"
	if c.outlasts(fort, []*game.Unit{army, fort, &other}) {
		t.Error("beside another unit that stays, the garrison is one of the lines like any other")
	}
	s.Fired[0] = true
	if c := leaving(s, "song"); c["song_army"] {
		t.Error("a withdrawal that has happened takes nobody else")
	}
}
