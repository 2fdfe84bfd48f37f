package save

import (
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// ford loads the small test scenario in testdata, as a mod.
func ford(t testing.TB) (*scenario.Loaded, ScenarioRef) {
	t.Helper()
	return open(t, "testdata/ford.toml", scenario.LoadFile)
}

// open loads a scenario with load and returns it with its reference.
func open(t testing.TB, name string, load func(string) (*scenario.Loaded, error)) (*scenario.Loaded, ScenarioRef) {
	t.Helper()
	l, err := load(name)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := RefFor(name, l)
	if err != nil {
		t.Fatal(err)
	}
	return l, ref
}

// played is one whole game and the hash after each of its orders.
type played struct {
	orders []game.Order
	hashes []string // hashes[i] follows orders[i]
	final  *game.State
}

// play plays a whole game of l with the policy for both sides, recording it.
func play(t testing.TB, l *scenario.Loaded, seed int64, policy string) played {
	t.Helper()
	var p played
	players := map[string]string{}
	for _, sd := range l.Scn.Sides {
		players[sd.ID] = policy
	}
	r, err := sim.Play(l.NewGame, seed, sim.Options{Players: players, OnOrder: func(s *game.State, o game.Order) error {
		p.orders = append(p.orders, o)
		p.hashes = append(p.hashes, HashString(s))
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	p.final = r.Final
	return p
}

// stateAfter replays the first n orders of p on a fresh game.
func stateAfter(t testing.TB, l *scenario.Loaded, seed int64, orders []game.Order) *game.State {
	t.Helper()
	s := l.NewGame(seed)
	for _, o := range orders {
		if _, err := s.Apply(o); err != nil {
			t.Fatal(err)
		}
	}
	return s
}
