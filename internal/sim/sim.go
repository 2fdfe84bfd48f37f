// Package sim plays whole games headless: the same engine and policies as
// the window, with no display. The sim, soak and history commands and the
// balance tests are built on it.
package sim

import (
	"fmt"
	"sort"

	"jinsong/game"
	"jinsong/internal/ai"
)

// NewGame starts a fresh game of one scenario for a seed.
type NewGame func(seed int64) *game.State

// Options control one headless game.
type Options struct {
	// Players gives the policy for each side id; sides not listed play the
	// simple policy.
	Players map[string]string
	// CheckInvariants checks game.CheckInvariants after every order and
	// stops at the first violation.
	CheckInvariants bool
	// MaxOrders stops a game whose policies never end it (default 200000).
	MaxOrders int
	// OnOrder, if set, is called after every order with the state it left;
	// recorders and soak tests watch games through it. An error stops the
	// game, and Play returns it.
	OnOrder func(s *game.State, o game.Order) error
}

// Result is the outcome of one game.
type Result struct {
	Seed   int64                  `json:"seed"`
	Winner string                 `json:"winner"` // "" = draw
	Reason string                 `json:"reason"`
	Turns  int                    `json:"turns"`
	Days   int                    `json:"days"` // from the first day to the end of the last turn played
	Orders int                    `json:"orders"`
	Losses map[string]game.Losses `json:"losses"`
	Hash   uint64                 `json:"hash"`
	Final  *game.State            `json:"-"`
}

// Play runs one game to its end.
func Play(newGame NewGame, seed int64, opt Options) (Result, error) {
	s := newGame(seed)
	policies := map[string]ai.Policy{}
	for i, sd := range s.Scn.Sides {
		p, err := ai.New(opt.Players[sd.ID], seed*31+int64(i))
		if err != nil {
			return Result{}, err
		}
		policies[sd.ID] = p
	}
	for side := range opt.Players {
		if _, ok := policies[side]; !ok {
			return Result{}, fmt.Errorf("no side %q in this scenario", side)
		}
	}
	limit := opt.MaxOrders
	if limit == 0 {
		limit = 200000
	}
	orders := 0
	for !s.Over {
		if orders >= limit {
			return Result{}, fmt.Errorf("seed %d: no end after %d orders", seed, limit)
		}
		o := policies[s.ActiveSide()].Next(s)
		if _, err := s.Apply(o); err != nil {
			return Result{}, fmt.Errorf("seed %d, turn %d: policy %s gave an illegal order: %w", seed, s.Turn, policies[s.ActiveSide()].Name(), err)
		}
		orders++
		if opt.OnOrder != nil {
			if err := opt.OnOrder(s, o); err != nil {
				return Result{}, fmt.Errorf("seed %d, turn %d, after %s: %w", seed, s.Turn, o, err)
			}
		}
		if opt.CheckInvariants {
			if errs := game.CheckInvariants(s); len(errs) > 0 {
				return Result{}, fmt.Errorf("seed %d, turn %d, after %s: invariant broken: %v", seed, s.Turn, o, errs[0])
			}
		}
	}
	r := Result{Seed: seed, Winner: s.Winner, Reason: s.Reason, Turns: s.Turn, Orders: orders,
		Days: s.Turn * s.Scn.DaysPerTurn, Losses: map[string]game.Losses{}, Hash: game.Hash(s), Final: s}
	for id, l := range s.Ledger {
		r.Losses[id] = l.Lost
	}
	return r, nil
}

// Summary is the distribution of many games.
type Summary struct {
	Runs        int                `json:"runs"`
	Wins        map[string]int     `json:"wins"` // by side id; "" counts draws
	MedianTurns int                `json:"median_turns"`
	MedianDays  int                `json:"median_days"`
	MeanLosses  map[string]float64 `json:"mean_losses"` // soldiers, by side
	MeanShips   map[string]float64 `json:"mean_ships"`
}

// Summarise builds the distribution of results.
func Summarise(rs []Result) Summary {
	sm := Summary{Runs: len(rs), Wins: map[string]int{}, MeanLosses: map[string]float64{}, MeanShips: map[string]float64{}}
	if len(rs) == 0 {
		return sm
	}
	turns := make([]int, len(rs))
	for i, r := range rs {
		sm.Wins[r.Winner]++
		turns[i] = r.Turns
		for side, l := range r.Losses {
			sm.MeanLosses[side] += float64(l.Soldiers) / float64(len(rs))
			sm.MeanShips[side] += float64(l.Ships) / float64(len(rs))
		}
	}
	sort.Ints(turns)
	sm.MedianTurns = turns[len(turns)/2]
	sm.MedianDays = sm.MedianTurns * (rs[0].Days / max(rs[0].Turns, 1))
	return sm
}

// Share is the fraction of games side won.
func (s Summary) Share(side string) float64 {
	if s.Runs == 0 {
		return 0
	}
	return float64(s.Wins[side]) / float64(s.Runs)
}

// newPolicy is ai.New, kept behind a name the tests can share.
var newPolicy = ai.New
