package main

import (
	"testing"

	"jinsong/internal/sim"
)

// The arena's bar column reads each measurement of the normal computer
// player against issue 5's bar for its opponent, and says when the games
// are too few to be sure.
func TestArenaBarVerdict(t *testing.T) {
	for _, c := range []struct {
		player, opponent string
		wins, runs       int
		want             string
	}{
		{"ai:normal", "random", 200, 200, "met"},
		{"ai:normal", "random", 191, 200, "met (unsure)"},
		{"ai:normal", "simple", 120, 200, "below"},
		{"ai:normal", "simple", 137, 200, "below (unsure)"},
		{"ai", "Simple", 170, 200, "met"}, // the same players by other names
		{"normal", "random", 189, 200, "below (unsure)"},
		{"ai:normal", "ai:hard", 100, 200, "-"},
		{"simple", "random", 200, 200, "-"},
	} {
		m := sim.Match{Player: c.player, Opponent: c.opponent, Wins: c.wins, Runs: c.runs}
		if got := barVerdict(m); got != c.want {
			t.Errorf("%s against %s, %d of %d: %q, want %q", c.player, c.opponent, c.wins, c.runs, got, c.want)
		}
	}
}
