package ai

import (
	"fmt"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// The Commander's rollouts play on copies with dice of their own: the real
// game, its dice included, is left as it was, and the same game and seed
// give the same choice.
func TestLookaheadLeavesTheGameAlone(t *testing.T) {
	s := loadTest(t, "crossing.toml").NewGame(3)
	before, rng := game.Hash(s), s.RNG
	a, b := NewCommander(Normal, 7), NewCommander(Normal, 7)
	oa, ob := a.Next(s), b.Next(s)
	if game.Hash(s) != before || s.RNG != rng {
		t.Fatal("looking ahead changed the game")
	}
	if oa != ob || a.post.name != b.post.name {
		t.Errorf("same game, same seed: %s (%s) and %s (%s)", oa, a.post.name, ob, b.post.name)
	}
	if len(a.looks) != len(postures) {
		t.Errorf("%d postures weighed, want %d", len(a.looks), len(postures))
	}
}

// A whole game of the Commander with its look-ahead against the simple
// policy gives only legal orders, and the Jin still take the crossing.
func TestCommanderWithLookaheadPlaysOut(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		s := loadTest(t, "crossing.toml").NewGame(seed)
		s = playOut(t, s, map[string]Policy{"jin": NewCommander(Normal, seed), "song": NewSimple()})
		if s.Winner != "jin" {
			t.Errorf("seed %d: the Commander's Jin lost the crossing (%s)", seed, s.Reason)
		}
	}
}

// BenchmarkGrandCampaignTurn times one whole side turn of the normal
// computer opponent, look-ahead included, on the largest map: at the start
// of the grand campaign and two years in (the simple policy plays the
// turns between).
func BenchmarkGrandCampaignTurn(b *testing.B) { benchmarkTurn(b, "grand-campaign-1125", 1, 25) }

// BenchmarkBattleMapTurn is a side's turn of ai:normal on battle maps,
// look-ahead included (its first turn is the dearest).
func BenchmarkBattleMapTurn(b *testing.B) {
	for _, id := range []string{"caishi-1161", "kaifeng-1126"} {
		b.Run(id, func(b *testing.B) { benchmarkTurn(b, id, 1) })
	}
}

// benchmarkTurn times ai:normal's turn in scenario id at each of the turns
// given (reached by the simple policy on both sides).
func benchmarkTurn(b *testing.B, id string, turns ...int) {
	l, err := scenario.Builtin(id)
	if err != nil {
		b.Skip(err)
	}
	for _, at := range turns {
		s := l.NewGame(1)
		pol := map[string]Policy{}
		for s.Turn < at && !s.Over {
			side := s.ActiveSide()
			if pol[side] == nil {
				pol[side] = NewSimple()
			}
			if _, err := s.Apply(pol[side].Next(s)); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprintf("turn%d", at), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				t := s.Clone()
				c := NewCommander(Normal, int64(i))
				for active := t.Active; !t.Over && t.Active == active; {
					if _, err := t.Apply(c.Next(t)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// The Commander keeps last turn's posture unless another scores more than
// switchMargin better: rollouts are few, and a plan changed each turn on
// their noise is never played out. A side that must hunt never holds.
func TestChooseKeepsThePostureOnNoise(t *testing.T) {
	small, large := switchMargin/2, switchMargin*2
	for _, tc := range []struct {
		name      string
		values    []float64
		incumbent int
		want      int
		hunt      bool // only kills can still win the side the game
	}{
		{"a little better elsewhere: stay", []float64{0.5, 0.5 + small, 0.5, 0.5}, 2, 2, false},
		{"a little better is own play: stay", []float64{0.5 + small, 0.5, 0.5, 0.5}, 3, 3, false},
		{"clearly better elsewhere: switch", []float64{0.5, 0.5 + large, 0.5, 0.5}, 2, 1, false},
		{"clearly better, two of them: the best", []float64{0.5 + large, 0.5, 0.5 + 2*large, 0.5}, 1, 2, false},
		{"first look keeps the Commander's own play", []float64{0.5, 0.5 + small, 0.5, 0.5}, 0, 0, false},
		{"holding clearly better: switch", []float64{0.5, 0.5, 0.5, 0.5 + large}, 0, 3, false},
		{"hunting, holding clearly better: not held", []float64{0.5, 0.5, 0.5 + small, 0.5 + large}, 0, 0, true},
		{"hunting, holding last turn: the Commander's own play", []float64{0.5, 0.5, 0.5, 0.5}, 3, 0, true},
		{"hunting, another clearly better: switch", []float64{0.5, 0.5, 0.5 + large, 0.5 + 2*large}, 3, 2, true},
	} {
		if got := choose(tc.values, tc.incumbent, tc.hunt); got != tc.want {
			t.Errorf("%s: choose(%v, %d, %v) = %d, want %d", tc.name, tc.values, tc.incumbent, tc.hunt, got, tc.want)
		}
	}
	if got := postureIndex("hold"); postures[got].name != "hold" {
		t.Errorf("postureIndex(hold) = %d (%s)", got, postures[got].name)
	}
}

// Where the budget does not reach two turns ahead (the grand campaign), the
// Commander cannot weigh its rules against the other postures and plays
// the simple one: the same orders as the simple policy marching on the
// rich places too (TestBlindCommanderMarchesOnTheRichPlaces) and keeping
// out of the sallies' reach (TestWaryUnitsKeepOutOfTheSallies), until a
// starving garrison breaks out (TestStarvingGarrisonMarchesOut).
func TestBlindCommanderPlaysSimple(t *testing.T) {
	l, err := scenario.Builtin("grand-campaign-1125")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	a, b := s.Clone(), s.Clone()
	c, p := NewCommander(Normal, 1), &Simple{rich: true, wary: true}
	for n := 0; a.Turn <= 2 && !a.Over; n++ {
		oa, ob := c.Next(a), p.Next(b)
		if oa != ob {
			t.Fatalf("order %d (turn %d, %s): Commander %s, simple %s", n, a.Turn, a.ActiveSide(), oa, ob)
		}
		if _, err := a.Apply(oa); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Apply(ob); err != nil {
			t.Fatal(err)
		}
	}
	if c.post.name != postures[blindPosture].name {
		t.Errorf("posture %s, want %s", c.post.name, postures[blindPosture].name)
	}
	if !c.simple.wary {
		t.Error("the blind posture is not wary of sallies")
	}
}
