package sim

import (
	"reflect"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

func builtins(t testing.TB) []*scenario.Loaded {
	t.Helper()
	var out []*scenario.Loaded
	for _, sm := range scenario.ListBuiltin() {
		l, err := scenario.Builtin(sm.ID)
		if err != nil {
			t.Fatalf("%s: %v", sm.ID, err)
		}
		out = append(out, l)
	}
	if len(out) < 3 {
		t.Fatalf("only %d built-in scenarios", len(out))
	}
	return out
}

// Every built-in scenario plays to an end under the simple policy and under
// the random policy, with the engine's invariants checked after every order.
func TestInvariantsHoldInRandomAndSimpleGames(t *testing.T) {
	seeds := 12
	if testing.Short() {
		seeds = 3
	}
	for _, l := range builtins(t) {
		for _, players := range []map[string]string{nil, allPlay(l, "random")} {
			for seed := int64(1); seed <= int64(seeds); seed++ {
				r, err := Play(l.NewGame, seed, Options{Players: players, CheckInvariants: true})
				if err != nil {
					t.Fatalf("%s %v: %v", l.Scn.ID, players, err)
				}
				if r.Turns < 1 || r.Orders < 1 || r.Final == nil || !r.Final.Over {
					t.Fatalf("%s seed %d: game did not finish properly: %+v", l.Scn.ID, seed, r)
				}
			}
		}
	}
}

func allPlay(l *scenario.Loaded, policy string) map[string]string {
	m := map[string]string{}
	for _, s := range l.Scn.Sides {
		m[s.ID] = policy
	}
	return m
}

// The same seed gives the identical event log; different seeds differ.
func TestSameSeedSameGameDifferentSeedsDiffer(t *testing.T) {
	for _, l := range builtins(t) {
		a, err := Play(l.NewGame, 42, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Play(l.NewGame, 42, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a.Final.Log, b.Final.Log) || a.Hash != b.Hash {
			t.Fatalf("%s: two games with seed 42 differ", l.Scn.ID)
		}
		differs := false
		for seed := int64(1); seed <= 10 && !differs; seed++ {
			c, err := Play(l.NewGame, seed, Options{})
			if err != nil {
				t.Fatal(err)
			}
			differs = c.Hash != a.Hash
		}
		if !differs {
			t.Errorf("%s: ten different seeds all gave the same game", l.Scn.ID)
		}
	}
}

// Replaying the recorded orders of a game reproduces its final state.
func TestReplayingOrdersReproducesTheGame(t *testing.T) {
	for _, l := range builtins(t) {
		s := l.NewGame(7)
		var orders []game.Order
		p := map[string]interface{ Next(*game.State) game.Order }{}
		for _, sd := range s.Scn.Sides {
			pol, _ := newPolicy("simple", 7)
			p[sd.ID] = pol
		}
		for !s.Over {
			o := p[s.ActiveSide()].Next(s)
			if _, err := s.Apply(o); err != nil {
				t.Fatal(err)
			}
			orders = append(orders, o)
		}
		r := l.NewGame(7)
		for _, o := range orders {
			if _, err := r.Apply(o); err != nil {
				t.Fatalf("%s: replayed order %s refused: %v", l.Scn.ID, o, err)
			}
		}
		if game.Hash(r) != game.Hash(s) {
			t.Errorf("%s: replay hash differs", l.Scn.ID)
		}
	}
}

// BenchmarkGame plays one whole headless game of each scenario.
func BenchmarkGame(b *testing.B) {
	for _, l := range builtins(b) {
		b.Run(l.Scn.ID, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := Play(l.NewGame, int64(i), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSideTurn measures one side's whole turn of the simple policy and
// of the normal computer opponent, on every built-in scenario.
func BenchmarkSideTurn(b *testing.B) {
	for _, l := range builtins(b) {
		for _, player := range []string{"simple", "ai:normal"} {
			b.Run(l.Scn.ID+"/"+player, func(b *testing.B) {
				base := l.NewGame(1)
				for i := 0; i < b.N; i++ {
					s := base.Clone()
					pol, _ := newPolicy(player, 1)
					side := s.Active
					for !s.Over && s.Active == side {
						if _, err := s.Apply(pol.Next(s)); err != nil {
							b.Fatal(err)
						}
					}
				}
			})
		}
	}
}
