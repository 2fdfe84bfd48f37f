package main

import (
	"slices"
	"strings"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
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

// --side keeps only the sides named, in every scenario that has them,
// against every opponent; a side no scenario has is refused.
func TestArenaPlanMeasuresTheSidesAsked(t *testing.T) {
	c := arenaCmd{Against: []string{"random", "simple"}, Side: []string{"song"}}
	rows, err := c.plan([]string{"dean-1132", "caizhou-1234"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.l.Scn.ID+" "+r.side+" "+r.opp)
	}
	want := []string{"dean-1132 song random", "dean-1132 song simple", "caizhou-1234 song random", "caizhou-1234 song simple"}
	if !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
	if len(rows[2].sides) != 3 {
		t.Errorf("Caizhou's sides %q, want all three (the opponent plays the others)", rows[2].sides)
	}
	c.Side = nil
	if rows, _ := c.plan([]string{"caizhou-1234"}); len(rows) != 6 {
		t.Errorf("no --side: %d rows for Caizhou, want 3 sides × 2 opponents", len(rows))
	}
	c.Side = []string{"qi"}
	if _, err := c.plan([]string{"dean-1132"}); err == nil || !strings.Contains(err.Error(), `"qi"`) {
		t.Errorf("a side no scenario has: %v", err)
	}
}

// The list of games says who won each and how, and marks the games won
// on points and those drawn.
func TestArenaGamesList(t *testing.T) {
	rows := []arenaRow{{side: "jin", opp: "random", l: &scenario.Loaded{Scn: &game.Scenario{ID: "test-1"}}}}
	m := sim.Match{Side: "jin", Opponent: "random", Games: []sim.Game{
		{Seed: 7, Winner: "jin", Outright: true, Turns: 12, Hash: 0xbeef, Reason: "The Jin take the town."},
		{Seed: 8, Winner: "song", Turns: 20, Reason: "Time has run out."},
		{Seed: 9, Turns: 20, Reason: "Time has run out."},
	}}
	var out strings.Builder
	if err := printArenaGames(&out, rows, []sim.Match{m}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	want := []string{
		"test-1 jin random 7 jin 12 000000000000beef The Jin take the town.",
		"test-1 jin random 8 song on points 20 0000000000000000 Time has run out.",
		"test-1 jin random 9 none (drawn) 20 0000000000000000 Time has run out.",
	}
	if len(lines) != 4 {
		t.Fatalf("%d lines, want a heading and three games:\n%s", len(lines), out.String())
	}
	for i, w := range want {
		if got := strings.Join(strings.Fields(lines[i+1]), " "); got != w {
			t.Errorf("game %d: %q, want %q", i, got, w)
		}
	}
}
