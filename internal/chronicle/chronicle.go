// Package chronicle turns a scenario's recorded history ([[history.orders]]
// and [[history.narration]] in its file) into a playback tape: it plays the
// recorded orders through the engine, turn by turn, and finds for each the
// legal orders that carry it out (a march of several turns becomes one move
// a turn; a strike at a distant enemy first brings the unit within reach).
// Units with no recorded order stay where they are. History mode in the
// window and `jinsong chronicle` both show the tape it makes.
package chronicle

import (
	"fmt"
	"slices"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/playback"
	"jinsong/internal/scenario"
)

// maxOrders stops a chronicle whose game never ends.
const maxOrders = 200000

// Problem is a recorded order the game could not carry out.
type Problem struct {
	Entry int    // index in [[history.orders]]
	Turn  int    // the turn it was due
	Text  string // what went wrong
}

func (p Problem) String() string {
	return fmt.Sprintf("[[history.orders]] #%d (turn %d): %s", p.Entry+1, p.Turn, p.Text)
}

// Has reports whether the scenario records any history to play.
func Has(l *scenario.Loaded) bool {
	return len(l.File.History.Orders) > 0 || len(l.File.History.Narration) > 0
}

// Compile plays the scenario's recorded history and returns it as a tape,
// with the recorded orders that could not be carried out (none, for a
// well-written scenario). The game goes on to its end after the last
// recorded order.
func Compile(l *scenario.Loaded) (*playback.Tape, []Problem) {
	h := l.File.History
	seed := h.Seed
	if seed == 0 {
		seed = 1
	}
	c := &compiler{
		s:      l.NewGame(seed),
		h:      h,
		fields: map[fieldKey]*ai.Field{},
		tape: &playback.Tape{
			Title: l.File.Scenario.Title,
			Start: func() *game.State { return l.NewGame(seed) },
		},
	}
	c.run()
	return c.tape, c.problems
}

type fieldKey struct {
	class string
	goal  game.Hex
}

// compiler is one compilation in progress.
type compiler struct {
	s        *game.State
	h        scenario.HistoryDef
	tape     *playback.Tape
	problems []Problem
	fields   map[fieldKey]*ai.Field
	marching []int // entries whose move is still under way, in file order
	narrated int   // the last turn whose narration was added
}

func (c *compiler) run() {
	s := c.s
	for !s.Over && len(c.tape.Orders) < maxOrders {
		c.narrate()
		turn, side := s.Turn, s.ActiveSide()
		c.continueMarches(side)
		for i, e := range c.h.Orders {
			if s.Over {
				break
			}
			if e.Turn != turn {
				continue
			}
			u := s.Unit(e.Unit)
			if u == nil || u.Side != side {
				continue
			}
			if !u.Alive() {
				c.problem(i, "unit `%s` is not on the map (%s)", e.Unit, u.Status)
				continue
			}
			c.marching = slices.DeleteFunc(c.marching, func(j int) bool { return c.h.Orders[j].Unit == e.Unit })
			c.carryOut(i)
			if e.Say != "" {
				c.tape.Cards = append(c.tape.Cards, playback.Card{At: len(c.tape.Orders), Kind: playback.CardOrder, Text: e.Say})
			}
		}
		if !s.Over {
			c.apply(game.Order{Kind: game.EndTurn})
		}
	}
	for _, i := range c.marching {
		c.problem(i, "unit `%s` never reached its goal", c.h.Orders[i].Unit)
	}
}

// narrate adds the narration cards of a turn when it begins.
func (c *compiler) narrate() {
	if c.s.Turn <= c.narrated {
		return
	}
	c.narrated = c.s.Turn
	for _, n := range c.h.Narration {
		if n.Turn == c.s.Turn {
			c.tape.Cards = append(c.tape.Cards, playback.Card{At: len(c.tape.Orders), Kind: playback.CardNarration, Text: n.Text})
		}
	}
}

// continueMarches moves the side's units that are still on their way.
func (c *compiler) continueMarches(side string) {
	for _, i := range slices.Clone(c.marching) {
		e := c.h.Orders[i]
		u := c.s.Unit(e.Unit)
		if u == nil || !u.Alive() {
			c.marching = slices.DeleteFunc(c.marching, func(j int) bool { return j == i })
			continue
		}
		if u.Side == side && !c.ordered(e.Unit) {
			c.carryOut(i)
		}
	}
}

// ordered reports whether the unit has a recorded order this turn, which
// takes over from a march still under way.
func (c *compiler) ordered(unit string) bool {
	for _, e := range c.h.Orders {
		if e.Turn == c.s.Turn && e.Unit == unit {
			return true
		}
	}
	return false
}

// apply carries out o on the game and records it; it reports whether the
// rules allowed it.
func (c *compiler) apply(o game.Order) error {
	if _, err := c.s.Apply(o); err != nil {
		return err
	}
	c.tape.Orders = append(c.tape.Orders, o)
	return nil
}

func (c *compiler) problem(i int, format string, args ...any) {
	c.problems = append(c.problems, Problem{Entry: i, Turn: c.s.Turn, Text: fmt.Sprintf(format, args...)})
}
