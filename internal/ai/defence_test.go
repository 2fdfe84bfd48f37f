package ai

import (
	"testing"

	"jinsong/game"
)

// songTurn lets the Jin pass and plays the Song's first turn with c.
func songTurn(t *testing.T, s *game.State, c *Commander) {
	t.Helper()
	if _, err := s.Apply(game.Order{Kind: game.EndTurn}); err != nil {
		t.Fatal(err)
	}
	for s.ActiveSide() == "song" && !s.Over {
		if _, err := s.Apply(c.Next(s)); err != nil {
			t.Fatal(err)
		}
	}
}

// The spare division leaves the quiet gate for the one the enemy is about
// to storm; the quiet gate keeps its own guard.
func TestCommanderReinforcesTheThreatenedGate(t *testing.T) {
	s := loadTest(t, "gates.toml").NewGame(1)
	c := NewCommander(Normal, 1)
	c.look = false
	songTurn(t, s, c)
	west, east := s.Place("west_gate").At, s.Place("east_gate").At
	div := s.Unit("song_division")
	if d0, d := game.Distance(east, west), game.Distance(div.At, west); d >= d0 {
		t.Errorf("the spare division stands at %s, %d hexes from the threatened gate (it started %d away)", div.At, d, d0)
	}
	if g := s.Unit("song_east_guard"); g.At != east {
		t.Errorf("the east gate's own guard left it for %s", g.At)
	}
}

// The last throw: only pressing on, only in the last two turns, only when
// time running out would hand the game to the enemy.
func TestLastThrowOnlyAtTheEndOfALosingGame(t *testing.T) {
	s := loadTest(t, "gates.toml").NewGame(1) // the Song win if time runs out
	c := NewCommander(Normal, 1)
	c.post = postures[2]
	if c.post.name != "press" {
		t.Fatalf("posture 2 is %s", c.post.name)
	}
	for _, tc := range []struct {
		turn int
		want bool
	}{{1, false}, {s.Scn.MaxTurns - 2, false}, {s.Scn.MaxTurns - 1, true}, {s.Scn.MaxTurns, true}} {
		s.Turn = tc.turn
		if got := c.lastThrow(s); got != tc.want {
			t.Errorf("the Jin, pressing, turn %d of %d: last throw %v, want %v", tc.turn, s.Scn.MaxTurns, got, tc.want)
		}
	}
	c.post = postures[0]
	if c.lastThrow(s) {
		t.Error("the last throw without pressing on")
	}
	s.Active = 1 // the Song win if time runs out: nothing to throw for
	c.post = postures[2]
	if c.lastThrow(s) {
		t.Error("the side time favours makes a last throw")
	}
}
