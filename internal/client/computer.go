package client

import (
	"time"

	"jinsong/game"
	"jinsong/internal/ai"
)

// aiDelays are the pauses between the computer's orders, by speed setting,
// so a person can follow its moves.
var aiDelays = []time.Duration{700 * time.Millisecond, 300 * time.Millisecond, 80 * time.Millisecond, 0}

// aiSpeedNames name the speeds in the settings.
var aiSpeedNames = []string{"Slow", "Normal", "Fast", "Instant"}

// computerTurn plays one side's turn with a policy on its own goroutine,
// on a copy of the state, and hands over the orders one by one. The window
// applies each order to its own state, which gives the same result because
// the random source travels with the state — as long as the window's state
// is still the one copied: turn and active side are recorded so that a
// turn started on an older state is never applied to a newer one.
type computerTurn struct {
	orders chan game.Order
	stop   chan struct{}
	turn   int // the phase the turn was started at
	active int
}

// startComputer begins the turn of s's active side, played by pol. Only
// one computerTurn may use pol at a time (policies keep per-turn notes and
// are not safe for concurrent use): wait for the last one to end first.
func startComputer(pol ai.Policy, s *game.State) *computerTurn {
	c := &computerTurn{orders: make(chan game.Order, 256), stop: make(chan struct{}), turn: s.Turn, active: s.Active}
	local := s.Clone()
	go func() {
		defer close(c.orders)
		side := local.Active
		for n := 0; n < 100000; n++ {
			select {
			case <-c.stop:
				return
			default:
			}
			o := pol.Next(local)
			if _, err := local.Apply(o); err != nil {
				o = game.Order{Kind: game.EndTurn}
				local.Apply(o)
			}
			select {
			case c.orders <- o:
			case <-c.stop:
				return
			}
			if o.Kind == game.EndTurn || local.Over || local.Active != side {
				return
			}
		}
	}()
	return c
}

// current reports whether the turn was started at the phase s is in.
func (c *computerTurn) current(s *game.State) bool {
	return c.turn == s.Turn && c.active == s.Active
}

// next returns the next order if one is ready; done is true when the turn
// has no more orders.
func (c *computerTurn) next() (o game.Order, ready, done bool) {
	select {
	case o, ok := <-c.orders:
		if !ok {
			return game.Order{}, false, true
		}
		return o, true, false
	default:
		return game.Order{}, false, false
	}
}

// cancel abandons the turn (the window is closing or the game restarts).
func (c *computerTurn) cancel() {
	select {
	case <-c.stop:
	default:
		close(c.stop)
	}
}

// wait abandons the turn and returns once its goroutine has ended, so that
// its policy is free for another turn (at most one order's thinking).
func (c *computerTurn) wait() {
	c.cancel()
	for range c.orders {
	}
}

// nextWait blocks until the computer's next order is ready; done is true
// when the turn has no more orders.
func (c *computerTurn) nextWait() (o game.Order, ok, done bool) {
	o, ok = <-c.orders
	if !ok {
		return game.Order{}, false, true
	}
	return o, true, false
}
