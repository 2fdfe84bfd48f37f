package ai

import (
	"testing"

	"jinsong/game"
)

// archersStrike is the Commander's choice of strike for the Jin fire
// archers on the arrows board, after change has set the board up.
func archersStrike(t *testing.T, change func(s *game.State)) (game.Order, bool) {
	t.Helper()
	s := loadTest(t, "arrows.toml").NewGame(1)
	change(s)
	c := NewCommander(Normal, 1)
	c.look = false
	c.Next(s) // sets the turn's plan up
	return c.bestStrike(s, orders(s, s.Unit("jin_archers")))
}

// The fire arrows are kept for the flotilla whose loss wins the game, even
// before it has put out, and not spent on the band; they are loosed at the
// band when the Jin have another aim, and at the flotilla once it is in
// range.
func TestCommanderKeepsItsArrowsForThePrize(t *testing.T) {
	band := game.Hex{Col: 4, Row: 2}
	sea := game.Hex{Col: 8, Row: 2}
	if o, ok := archersStrike(t, func(s *game.State) {}); ok && o.Kind == game.Bombard {
		t.Errorf("flotilla still in port: the archers strike %s, want the arrows kept", o)
	}
	o, ok := archersStrike(t, func(s *game.State) {
		s.Scn.Victory.Conditions[0] = game.Condition{Side: "jin", Kind: game.CondTake, Places: []string{"port"}}
	})
	if !ok || o.Kind != game.Bombard || o.To != band {
		t.Errorf("no flotilla to win by: the archers strike %s (%v), want a bombardment of the band at %s", o, ok, band)
	}
	o, ok = archersStrike(t, func(s *game.State) {
		f := s.Unit("song_flotilla")
		f.Status, f.At = game.Active, sea
	})
	if !ok || o.Kind != game.Bombard || o.To != sea {
		t.Errorf("flotilla at sea in range: the archers strike %s (%v), want a bombardment of the flotilla at %s", o, ok, sea)
	}
}
