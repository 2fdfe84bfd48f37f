package sim

import "testing"

// The normal computer opponent beats the random policy on every built-in
// scenario as the side that won on the record, and as the other side does
// at least as well against random as the simple policy does (some sides can
// hardly win outright: the Jin chasing the emperor's ships at sea). The full
// measurement is in docs/ai.md.
func TestNormalAIBeatsRandom(t *testing.T) {
	runs := 4
	if testing.Short() {
		runs = 2
	}
	for _, l := range builtins(t) {
		var sides []string
		for _, s := range l.Scn.Sides {
			sides = append(sides, s.ID)
		}
		for _, side := range sides {
			m, err := Arena(l.NewGame, sides, side, "ai:normal", "random", runs, 500)
			if err != nil {
				t.Fatal(err)
			}
			if side == l.File.History.Winner {
				if m.Wins < runs-1 {
					t.Errorf("%s: ai:normal as %s (the record's winner) beat random in %d of %d games", l.Scn.ID, side, m.Wins, runs)
				}
				continue
			}
			base, err := Arena(l.NewGame, sides, side, "simple", "random", runs, 500)
			if err != nil {
				t.Fatal(err)
			}
			if m.Wins < base.Wins-1 {
				t.Errorf("%s: as %s ai:normal beat random in %d of %d games, the simple policy in %d", l.Scn.ID, side, m.Wins, runs, base.Wins)
			}
		}
	}
}
