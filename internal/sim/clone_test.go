package sim

import (
	"testing"

	"jinsong/game"
	"jinsong/internal/ai"
)

// The window plays the computer's turns on a clone of its state, on another
// goroutine, and applies every order the computer gives to its own state
// too: the two must stay the same game. This plays the grand campaign (the
// longest game, with dozens of withdrawals, defections, reinforcements and
// the breach of the Yellow River) that way, computer against computer, and
// compares the two states' hashes and invariants after every order.
func TestCloneAndOriginalStayTheSameGame(t *testing.T) {
	l, _ := loadGrandCampaign(t)
	seeds := []int64{1, 2, 3}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		s := l.NewGame(seed)
		policies := map[string]ai.Policy{}
		for i, sd := range s.Scn.Sides {
			p, err := ai.New("ai:easy", seed*31+int64(i)) // the fastest of the Commander's levels
			if err != nil {
				t.Fatal(err)
			}
			policies[sd.ID] = p
		}
		orders := 0
		for !s.Over && orders < 200000 {
			// One side's turn, as the window plays it: the policy thinks on a
			// clone taken at the start of the turn.
			local := s.Clone()
			side := local.Active
			for !s.Over {
				o := policies[local.ActiveSide()].Next(local)
				if _, err := local.Apply(o); err != nil {
					t.Fatalf("seed %d, turn %d: the policy's order %s is illegal on its own copy: %v", seed, local.Turn, o, err)
				}
				if _, err := s.Apply(o); err != nil {
					t.Fatalf("seed %d, turn %d, order %d: %s was legal on the clone but the original refuses it: %v", seed, s.Turn, orders, o, err)
				}
				orders++
				if hc, ho := game.Hash(local), game.Hash(s); hc != ho {
					t.Fatalf("seed %d, turn %d, order %d: after %s the clone and the original differ (%016x vs %016x)", seed, s.Turn, orders, o, hc, ho)
				}
				if errs := game.CheckInvariants(s); len(errs) > 0 {
					t.Fatalf("seed %d, turn %d, after %s: %v", seed, s.Turn, o, errs[0])
				}
				if o.Kind == game.EndTurn || local.Over || local.Active != side {
					break
				}
			}
		}
		if !s.Over {
			t.Fatalf("seed %d: no end after %d orders", seed, orders)
		}
		t.Logf("seed %d: %d orders, turn %d, winner %q", seed, orders, s.Turn, s.Winner)
	}
}
