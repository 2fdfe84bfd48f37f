package ai

import (
	"testing"

	"jinsong/game"
)

// firstOrder is the Commander's first order, without looking ahead, on
// the test board after change has set it up.
func firstOrder(t *testing.T, board string, change func(s *game.State)) (*game.State, game.Order) {
	t.Helper()
	s := loadTest(t, board).NewGame(1)
	change(s)
	c := NewCommander(Normal, 1)
	c.look = false
	return s, c.Next(s)
}

// seizeFirst is the Commander's first order on the seize board after
// change has set it up.
func seizeFirst(t *testing.T, change func(s *game.State)) (*game.State, game.Order) {
	t.Helper()
	return firstOrder(t, "seize.toml", change)
}

// An empty enemy town whose capture hands the side its junks is taken,
// by the weaker of the two units that can get in; an empty town that
// gives nothing is left alone.
func TestCommanderSeizesTheOpenTownThatPays(t *testing.T) {
	town := game.Hex{Col: 4, Row: 2}
	s, o := seizeFirst(t, func(s *game.State) {})
	if o.Kind != game.Move || o.To != town || o.Unit != "jin_foot" {
		t.Errorf("the first order is %s, want the foot (the weaker unit) into the empty town at %s", o, town)
	}
	if !rewardsTaking(s, "jin", s.Place("town")) || rewardsTaking(s, "song", s.Place("town")) {
		t.Error("the junks event should reward the Jin, and only them, for taking the town")
	}
	_, o = seizeFirst(t, func(s *game.State) { s.Scn.Events = nil })
	if o.Kind == game.Move && o.To == town {
		t.Errorf("with nothing to gain there, the Commander still sends %s into the town", o.Unit)
	}
}

// Ships close on a prize at sea in every posture, the simple and the hold
// ones included, so that the strike at it can follow: on the seize board
// the Jin junks, already seized, sail next to the Song flotilla.
func TestShipsCloseOnThePrizeInEveryPosture(t *testing.T) {
	flotilla := game.Hex{Col: 9, Row: 4}
	for _, post := range postures {
		s := loadTest(t, "seize.toml").NewGame(1)
		s.Scn.Events = nil // no town to seize: the ships alone
		junks := s.Unit("jin_junks")
		junks.Status, junks.At = game.Active, game.Hex{Col: 8, Row: 0}
		junks.MovesLeft = s.ClassOf(junks).Moves
		c := NewCommander(Normal, 1)
		c.look, c.post = false, post
		o := c.Next(s)
		if o.Kind != game.Move || o.Unit != junks.ID || !game.Adjacent(o.To, flotilla) {
			t.Errorf("posture %s: the first order is %s, want the junks next to the flotilla at %s", post.name, o, flotilla)
		}
	}
}
