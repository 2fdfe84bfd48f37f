package save

import (
	"fmt"
	"path/filepath"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// playable is a scenario with the reference its saves record.
type playable struct {
	l   *scenario.Loaded
	ref ScenarioRef
}

// shortScenarios are the test scenario and the built-in scenarios small
// enough to play hundreds of times in a test (not the grand campaign).
func shortScenarios(t testing.TB) []playable {
	t.Helper()
	l, ref := ford(t)
	out := []playable{{l, ref}}
	for _, sm := range scenario.ListBuiltin() {
		l, ref := open(t, sm.ID, scenario.Builtin)
		if m := l.NewGame(1).Map; m.Cols*m.Rows <= 2000 && l.Scn.MaxTurns <= 40 {
			out = append(out, playable{l, ref})
		}
	}
	return out
}

// pairings cycles through the policy pairings of the recorded games.
var pairings = [][2]string{{"simple", "simple"}, {"random", "simple"}, {"simple", "random"}, {"random", "random"}}

// Hundreds of seeded computer-vs-computer games, recorded, written, read
// back and replayed, end with the very hash each game ended with.
func TestRecordedGamesReplayToTheSameHash(t *testing.T) {
	games := 300
	if testing.Short() {
		games = 40
	}
	scns := shortScenarios(t)
	dir := t.TempDir()
	for i := range games {
		l, ref := scns[i%len(scns)].l, scns[i%len(scns)].ref
		seed := int64(1000 + i)
		players := map[string]string{}
		for j, sd := range l.Scn.Sides {
			players[sd.ID] = pairings[i/len(scns)%len(pairings)][j%2]
		}
		var orders []game.Order
		r, err := sim.Play(l.NewGame, seed, sim.Options{Players: players, OnOrder: func(_ *game.State, o game.Order) error {
			orders = append(orders, o)
			return nil
		}})
		if err != nil {
			t.Fatal(err)
		}
		f, err := writeRead(dir, i, New(ref, seed, players, orders, r.Final, ""))
		if err != nil {
			t.Fatal(err)
		}
		s, err := Restore(f, l.NewGame)
		if err != nil {
			t.Fatalf("%s seed %d %v: %v", l.Scn.ID, seed, players, err)
		}
		if got, want := HashString(s), fmt.Sprintf("%016x", r.Hash); got != want || !s.Over {
			t.Fatalf("%s seed %d %v: replay ends with hash %s (over %v), the game with %s", l.Scn.ID, seed, players, got, s.Over, want)
		}
	}
}

// writeRead passes f through the file format: every 20th game through a
// file on disk (each Write syncs, which is slow on some disks), the others
// through Marshal and Parse, which are what Write and Read use.
func writeRead(dir string, i int, f *File) (*File, error) {
	if i%20 == 0 {
		path := filepath.Join(dir, fmt.Sprintf("game-%d.json", i))
		if err := Write(path, f); err != nil {
			return nil, err
		}
		return Read(path)
	}
	data, err := Marshal(f)
	if err != nil {
		return nil, err
	}
	return Parse(data)
}
