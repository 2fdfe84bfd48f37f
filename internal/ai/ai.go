// Package ai holds the computer players. Every player is a Policy: given a
// state, it returns the next order for the side to move, and it ends the
// turn with game.EndTurn. Policies drive the engine exactly as a person does,
// through game.Legal, game.Predict and State.Apply.
package ai

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"jinsong/game"
)

// Policy chooses orders for whichever side is to move.
type Policy interface {
	// Name identifies the policy on the command line ("simple", "random").
	Name() string
	// Next returns the next order for s.ActiveSide(). It must eventually
	// return game.EndTurn, and every order it returns must be legal.
	Next(s *game.State) game.Order
}

// New returns the policy named by spec: "simple", "random", or a computer
// opponent "ai:easy", "ai:normal" or "ai:hard" ("ai" alone is normal).
func New(spec string, seed int64) (Policy, error) {
	switch strings.ToLower(spec) {
	case "simple", "":
		return NewSimple(), nil
	case "random":
		return NewRandom(seed), nil
	case "ai:easy", "easy":
		return NewCommander(Easy, seed), nil
	case "ai", "ai:normal", "normal":
		return NewCommander(Normal, seed), nil
	case "ai:hard", "hard":
		return NewCommander(Hard, seed), nil
	}
	return nil, fmt.Errorf("unknown player %q (expected one of %s)", spec, strings.Join(Names(), ", "))
}

// Names lists the policy names New accepts.
func Names() []string { return []string{"simple", "random", "ai:easy", "ai:normal", "ai:hard"} }

// phaseKey identifies one side's turn, so policies can forget per-turn notes.
type phaseKey struct {
	turn, active int
}

// ownUnits returns the active side's units on the map, in id order.
func ownUnits(s *game.State) []*game.Unit {
	var out []*game.Unit
	side := s.ActiveSide()
	for _, u := range s.Units {
		if u.Alive() && u.Side == side {
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Candidates lists legal orders for unit u: every reachable move, every
// attack, assault, sally, blockade and bombardment it can make, embarking and
// disembarking, fortify and rest. The order of the list is deterministic.
func Candidates(s *game.State, u *game.Unit) []game.Order {
	return withMoves(s, u, orders(s, u))
}

// withMoves is Candidates(s, u) for a unit whose orders where it stands,
// here (orders(s, u)), are already known: the moves, then here.
func withMoves(s *game.State, u *game.Unit, here []game.Order) []game.Order {
	dests := game.Destinations(s, u)
	out := make([]game.Order, 0, len(dests)+len(here))
	for _, h := range dests {
		out = append(out, game.Order{Kind: game.Move, Unit: u.ID, To: h})
	}
	return append(out, here...)
}

// orders is Candidates without the moves, in the same order: what a unit
// can do where it stands. Finding the moves is the dear part, and a unit
// that has a strike to make does not need them.
func orders(s *game.State, u *game.Unit) []game.Order {
	out := make([]game.Order, 0, 8)
	add := func(o game.Order) {
		if game.Legal(s, o) == nil {
			out = append(out, o)
		}
	}
	c := s.ClassOf(u)
	// Fighting needs a free hand and an enemy standing (not carried) on the
	// hex; orders that cannot pass are not put to game.Legal at all, which
	// leaves the list as it was and saves building their error messages.
	fights := !u.Acted && u.Carrier == ""
	var enemies []game.Hex // where enemies stand (a list: a map per call cost more)
	if fights {
		for _, e := range s.Units {
			if e.Alive() && e.Carrier == "" && s.Enemies(u.Side, e.Side) && !slices.Contains(enemies, e.At) {
				enemies = append(enemies, e.At)
			}
		}
	}
	enemyAt := func(h game.Hex) bool { return slices.Contains(enemies, h) }
	for _, n := range u.At.Neighbours() {
		if fights && enemyAt(n) {
			for _, k := range []game.OrderKind{game.Attack, game.Assault, game.Sally} {
				add(game.Order{Kind: k, Unit: u.ID, To: n})
			}
		}
		if fights && s.PlaceAt(n) != nil {
			add(game.Order{Kind: game.Blockade, Unit: u.ID, To: n})
		}
		if u.Carrier != "" {
			add(game.Order{Kind: game.Disembark, Unit: u.ID, To: n})
		}
	}
	var inRange []game.Hex // the enemies within a weapon's range
	for _, w := range c.Weapons {
		if !fights {
			break
		}
		rng := s.Rules().Weapons[w].Range
		inRange = inRange[:0]
		for _, h := range enemies {
			if h != u.At && game.Distance(u.At, h) <= rng {
				inRange = append(inRange, h)
			}
		}
		sortHexes(inRange) // row by row, as hexesWithin lists them
		for _, h := range inRange {
			add(game.Order{Kind: game.Bombard, Unit: u.ID, To: h, Weapon: w})
		}
	}
	if u.Carrier == "" && !c.Naval() {
		for _, o := range s.Units {
			if o.Alive() && o.Side == u.Side && s.ClassOf(o).Capacity > 0 && (o.At == u.At || game.Adjacent(o.At, u.At)) {
				add(game.Order{Kind: game.Embark, Unit: u.ID, Target: o.ID})
			}
		}
	}
	add(game.Order{Kind: game.Fortify, Unit: u.ID})
	add(game.Order{Kind: game.Rest, Unit: u.ID})
	return out
}

// hexesWithin lists the hexes within r steps of h (h excluded), row-major.
func hexesWithin(h game.Hex, r int) []game.Hex {
	out := make([]game.Hex, 0, 3*max(r, 0)*(max(r, 0)+1)) // the hexes of r rings
	for dr := -r; dr <= r; dr++ {
		for dc := -r - 1; dc <= r+1; dc++ {
			x := game.Hex{Col: h.Col + dc, Row: h.Row + dr}
			if x != h && game.Distance(h, x) <= r {
				out = append(out, x)
			}
		}
	}
	return out
}

func sortHexes(hs []game.Hex) {
	slices.SortFunc(hs, func(a, b game.Hex) int {
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.Col - b.Col
	})
}
