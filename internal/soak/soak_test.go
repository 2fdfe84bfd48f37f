package soak

import (
	"fmt"
	"strings"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// fordScenario is the small scenario file of the save package's tests.
const fordScenario = "../save/testdata/ford.toml"

// testScenarios are the built-in scenarios and the small test scenario.
func testScenarios(t testing.TB) []Scenario {
	t.Helper()
	l, err := scenario.LoadFile(fordScenario)
	if err != nil {
		t.Fatal(err)
	}
	out := []Scenario{Of(l)}
	for _, sm := range scenario.ListBuiltin() {
		l, err := scenario.Builtin(sm.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Of(l))
	}
	return out
}

// A short soak: games across every scenario, mixing the simple and random
// policies, with no broken invariant, panic or other failure.
func TestShortSoak(t *testing.T) {
	games := 40
	if testing.Short() {
		games = 12
	}
	calls := 0
	r, err := Run(Config{Games: games, Seed: 1, Scenarios: testScenarios(t), Progress: func(done int) {
		calls++
		if done != calls {
			t.Errorf("progress %d after %d games", done, calls)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d games, %d orders, %d violations, %d panics, %d errors", r.Games, r.Orders, r.Violations, r.Panics, r.Errors)
	if r.Failed() {
		for _, f := range r.Failures {
			t.Error(f)
		}
	}
	if r.Games != games || calls != games || r.Orders < games {
		t.Fatalf("played %d games (%d progress calls), %d orders; want %d games", r.Games, calls, r.Orders, games)
	}
}

// Panics and broken invariants are caught, counted and described, and the
// run goes on to the other games.
func TestPanicsAndViolationsAreCounted(t *testing.T) {
	good := testScenarios(t)[0]
	panicky := good
	panicky.ID = "panicky"
	panicky.NewGame = func(seed int64) *game.State {
		if seed%2 == 0 {
			panic(fmt.Sprintf("boom %d", seed))
		}
		return good.NewGame(seed)
	}
	broken := good
	broken.ID = "broken"
	broken.NewGame = func(seed int64) *game.State {
		s := good.NewGame(seed)
		s.Units[0].Strength = -1
		return s
	}
	r, err := Run(Config{Games: 9, Seed: 1, Jobs: 3, Scenarios: []Scenario{good, panicky, broken}})
	if err != nil {
		t.Fatal(err)
	}
	// games 0..8 have seeds 1..9; panicky plays seeds 2, 5, 8 and broken 3, 6, 9
	if r.Games != 9 || r.Panics != 2 || r.Violations < 3 || r.Errors != 0 || len(r.Failures) != 5 || !r.Failed() {
		t.Fatalf("report %+v", r)
	}
	for _, f := range r.Failures {
		switch f.Scenario {
		case "panicky":
			if f.Kind != "panic" || !strings.Contains(f.Message, "boom") || f.Seed%2 != 0 {
				t.Errorf("panic described as %v", f)
			}
		case "broken":
			if f.Kind != "violation" || !strings.Contains(f.Message, "negative strength") {
				t.Errorf("violation described as %v", f)
			}
		default:
			t.Errorf("unexpected failure %v", f)
		}
	}
}

// Each scenario meets every pairing of the policies in turn.
func TestPlanMixesPolicies(t *testing.T) {
	a := Scenario{ID: "a", Sides: []string{"jin", "song"}}
	b := Scenario{ID: "b", Sides: []string{"jin", "song", "xia"}}
	cfg := Config{Seed: 10, Scenarios: []Scenario{a, b}}
	pol := []string{"simple", "random"}
	seen := map[string]bool{}
	for i := range 16 {
		j := plan(cfg, pol, i)
		if j.seed != 10+int64(i) || j.scn.ID != []string{"a", "b"}[i%2] {
			t.Fatalf("game %d: %+v", i, j)
		}
		seen[fmt.Sprint(j.scn.ID, j.players)] = true
	}
	if len(seen) != 4+8 {
		t.Fatalf("pairings met: %d, want 4 for two sides and 8 for three: %v", len(seen), seen)
	}
}
