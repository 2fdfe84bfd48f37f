package playback

import (
	"context"
	"fmt"
	"slices"

	"jinsong/game"
)

// Mark is a point of the timeline: the start of a side's turn.
type Mark struct {
	At   int    // orders carried out before it
	Turn int    // the game's turn number
	Side string // the side whose turn begins
	Date string // the turn's date, as the game shows it
}

// Player walks a prepared tape. It is not safe for concurrent use.
type Player struct {
	tape   *Tape
	orders []game.Order // the orders that were legal (all of them, unless Err)
	cards  []Card       // the tape's cards and the event cards, sorted by At
	marks  []Mark
	checks []checkpoint // the state at each turn's start, by At
	final  *game.State

	pos   int
	state *game.State
	last  []game.Event // events of the order that led to pos
	err   error        // the first order the rules refused, if any
}

type checkpoint struct {
	at    int
	state *game.State
}

// Prepare plays the whole tape once, checking every order, and returns a
// Player at its start. progress, if not nil, is told how far it has got.
// If an order is refused the tape ends before it and Err says why; a
// cancelled ctx returns ctx's error.
func Prepare(ctx context.Context, t *Tape, progress func(done, total int)) (*Player, error) {
	p := &Player{tape: t}
	s := t.Start()
	p.checks = append(p.checks, checkpoint{0, s.Clone()})
	p.marks = append(p.marks, Mark{At: 0, Turn: s.Turn, Side: s.ActiveSide(), Date: s.DateString()})
	p.cards = slices.Clone(t.Cards)
	for _, ev := range s.Log {
		// Events of the opening, before the first order (the first
		// turn's scripted messages).
		if cardEvents[ev.Kind] && ev.Text != "" {
			p.cards = append(p.cards, Card{At: 0, Kind: CardEvent, Text: ev.Text})
		}
	}
	for i, o := range t.Orders {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if progress != nil {
				progress(i, len(t.Orders))
			}
		}
		turn, side := s.Turn, s.Active
		evs, err := s.Apply(o)
		if err != nil {
			p.err = fmt.Errorf("order %d of %d (%s) was refused: %w", i+1, len(t.Orders), o, err)
			break
		}
		p.orders = append(p.orders, o)
		for _, ev := range evs {
			if cardEvents[ev.Kind] && ev.Text != "" {
				p.cards = append(p.cards, Card{At: i + 1, Kind: CardEvent, Text: ev.Text})
			}
		}
		if s.Over {
			break
		}
		if s.Active != side || s.Turn != turn {
			p.marks = append(p.marks, Mark{At: i + 1, Turn: s.Turn, Side: s.ActiveSide(), Date: s.DateString()})
			if s.Turn != turn {
				p.checks = append(p.checks, checkpoint{i + 1, s.Clone()})
			}
		}
	}
	if progress != nil {
		progress(len(t.Orders), len(t.Orders))
	}
	p.final = s
	slices.SortStableFunc(p.cards, func(a, b Card) int { return a.At - b.At })
	p.state = p.checks[0].state.Clone()
	return p, nil
}

// Err is why the tape stops early (an order the rules refused), or nil.
func (p *Player) Err() error { return p.err }

// Len is the number of orders on the tape that can be played.
func (p *Player) Len() int { return len(p.orders) }

// Pos is the number of orders carried out so far.
func (p *Player) Pos() int { return p.pos }

// State is the game after Pos orders. It stays valid until the next call
// that moves the player; callers must not change it.
func (p *Player) State() *game.State { return p.state }

// Final is the state at the end of the tape.
func (p *Player) Final() *game.State { return p.final }

// Order returns the i-th order of the tape (0-based).
func (p *Player) Order(i int) game.Order { return p.orders[i] }

// Last returns the events of the order that led to the current position
// (none after a jump backwards or at the start).
func (p *Player) Last() []game.Event { return p.last }

// Marks are the starts of turns, in order.
func (p *Player) Marks() []Mark { return p.marks }

// Cards are every narration card of the tape, sorted by At.
func (p *Player) Cards() []Card { return p.cards }

// CardsAt returns the cards shown once exactly at orders are carried out.
func (p *Player) CardsAt(at int) []Card {
	i, _ := slices.BinarySearchFunc(p.cards, at, func(c Card, at int) int { return c.At - at })
	j := i
	for j < len(p.cards) && p.cards[j].At == at {
		j++
	}
	return p.cards[i:j]
}

// MarkAt returns the index in Marks of the turn the position at lies in.
func (p *Player) MarkAt(at int) int {
	i, found := slices.BinarySearchFunc(p.marks, at, func(m Mark, at int) int { return m.At - at })
	if found {
		return i
	}
	return max(i-1, 0)
}

// Step carries out the next order; it returns false at the end.
func (p *Player) Step() bool {
	if p.pos >= len(p.orders) {
		return false
	}
	evs, err := p.state.Apply(p.orders[p.pos])
	if err != nil {
		// Prepare played the same orders from the same states, so only
		// an engine that is not deterministic gets here: the tape ends.
		p.err = fmt.Errorf("order %d (%s) was refused on the second play: %w", p.pos+1, p.orders[p.pos], err)
		p.orders = p.orders[:p.pos]
		return false
	}
	p.pos++
	p.last = evs
	return true
}

// Back goes one order back.
func (p *Player) Back() { p.Seek(p.pos - 1) }

// Seek moves to the position after at orders (clamped to the tape),
// starting from the nearest turn's copy when it has to go back.
func (p *Player) Seek(at int) {
	at = min(max(at, 0), len(p.orders))
	if at == p.pos {
		return
	}
	if at < p.pos || p.nearestCheck(at).at > p.pos {
		c := p.nearestCheck(at)
		p.state = c.state.Clone()
		p.pos = c.at
		p.last = nil
	}
	for p.pos < at {
		p.Step()
	}
	if at == 0 {
		p.last = nil
	}
}

// NextTurn jumps to the start of the next side's turn (or the end).
func (p *Player) NextTurn() {
	i := p.MarkAt(p.pos) + 1
	if i < len(p.marks) {
		p.Seek(p.marks[i].At)
		return
	}
	p.Seek(len(p.orders))
}

// PrevTurn jumps to the start of the current side's turn, or to the one
// before when already there.
func (p *Player) PrevTurn() {
	i := p.MarkAt(p.pos)
	if p.marks[i].At == p.pos && i > 0 {
		i--
	}
	p.Seek(p.marks[i].At)
}

// nearestCheck is the last turn copy at or before at.
func (p *Player) nearestCheck(at int) checkpoint {
	i, found := slices.BinarySearchFunc(p.checks, at, func(c checkpoint, at int) int { return c.at - at })
	if !found {
		i--
	}
	return p.checks[max(i, 0)]
}
