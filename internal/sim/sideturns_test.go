package sim

import (
	"slices"
	"testing"
	"time"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/scenario"
)

// BenchmarkWholeGameSideTurns plays whole games, the normal computer
// opponent on every side, and reports how long a side's turn takes over
// the game: the median and the longest, the figures the established games
// are compared on (docs/ai.md, "Speed"). The first side's turn only
// (BenchmarkSideTurn) is the dearest, since it always looks ahead.
func BenchmarkWholeGameSideTurns(b *testing.B) {
	for _, l := range builtins(b) {
		b.Run(l.Scn.ID, func(b *testing.B) {
			players := map[string]string{}
			for _, sd := range l.Scn.Sides {
				players[sd.ID] = "ai:normal"
			}
			var turns []time.Duration
			for i := 0; i < b.N; i++ {
				start, side := time.Now(), ""
				_, err := Play(l.NewGame, int64(i+1), Options{Players: players, OnOrder: func(s *game.State, _ game.Order) error {
					if s.ActiveSide() != side || s.Over {
						if side != "" {
							turns = append(turns, time.Since(start))
						}
						start, side = time.Now(), s.ActiveSide()
					}
					return nil
				}})
				if err != nil {
					b.Fatal(err)
				}
			}
			if len(turns) == 0 {
				b.Fatal("no side's turn was played")
			}
			slices.Sort(turns)
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
			b.ReportMetric(ms(turns[len(turns)/2]), "median-ms/side-turn")
			b.ReportMetric(ms(turns[len(turns)-1]), "max-ms/side-turn")
		})
	}
}

// BenchmarkSupplyMap traces every side's supply lines at the start of each
// built-in scenario: the engine does it for each side's supply phase, and
// the computer player many times a turn in its look-ahead.
func BenchmarkSupplyMap(b *testing.B) {
	for _, l := range builtins(b) {
		b.Run(l.Scn.ID, func(b *testing.B) {
			s := l.NewGame(1)
			for i := 0; i < b.N; i++ {
				for _, sd := range s.Scn.Sides {
					game.SupplyMap(s, sd.ID)
				}
			}
		})
	}
}

// BenchmarkLaunchToFirstOrder loads each built-in scenario from the
// embedded files, starts a game and asks a new normal computer player for
// its first order: what a headless run does before its first move, less
// the process's own start (about 15 ms). The product's notes aim at 0.2 s
// or less (docs/ai.md, "Speed"). Run it with -benchtime 1x for a cold
// start.
func BenchmarkLaunchToFirstOrder(b *testing.B) {
	for _, sm := range scenario.ListBuiltin() {
		b.Run(sm.ID, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				l, err := scenario.Builtin(sm.ID)
				if err != nil {
					b.Fatal(err)
				}
				p, err := ai.New("ai:normal", 1)
				if err != nil {
					b.Fatal(err)
				}
				if o := p.Next(l.NewGame(1)); o.Kind == "" {
					b.Fatal("no first order")
				}
			}
		})
	}
}
