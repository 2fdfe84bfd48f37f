package sim

import "testing"

// The normal computer opponent beats the random policy on every built-in
// scenario, as each side (the full measurement is in docs/ai.md).
func TestNormalAIBeatsRandomAsEverySide(t *testing.T) {
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
			if m.Wins < runs-1 {
				t.Errorf("%s: ai:normal as %s beat random in %d of %d games", l.Scn.ID, side, m.Wins, runs)
			}
		}
	}
}
