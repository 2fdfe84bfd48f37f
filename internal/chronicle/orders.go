package chronicle

import (
	"slices"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/scenario"
)

// strikes are the recorded orders aimed at a hex, and how close the unit
// must be to give them (-1: the weapon's range).
var strikes = map[string]struct {
	kind   game.OrderKind
	within int
}{
	"attack":   {game.Attack, 1},
	"assault":  {game.Assault, 1},
	"blockade": {game.Blockade, 1},
	"sally":    {game.Sally, 1},
	"bombard":  {game.Bombard, -1},
}

// carryOut gives the orders that carry out entry i this turn.
func (c *compiler) carryOut(i int) {
	e := c.h.Orders[i]
	s := c.s
	u := s.Unit(e.Unit)
	kind := e.Order
	if kind == "" {
		kind = "move"
	}
	switch kind {
	case "move":
		c.march(i, u)
	case "fortify", "rest":
		if err := c.apply(game.Order{Kind: game.OrderKind(kind), Unit: u.ID}); err != nil {
			c.problem(i, "%v", err)
		}
	case "embark":
		o := game.Order{Kind: game.Embark, Unit: u.ID, Target: e.Target}
		if ship := s.Unit(e.Target); ship != nil && c.apply(o) != nil {
			c.approach(u, ship.At, 1)
			if err := c.apply(o); err != nil {
				c.problem(i, "%v", err)
			}
		}
	case "disembark":
		if err := c.apply(game.Order{Kind: game.Disembark, Unit: u.ID, To: c.where(e)}); err != nil {
			c.problem(i, "%v", err)
		}
	case "action":
		o := game.Order{Kind: game.ActionOrder, Unit: u.ID, Target: e.Target}
		if c.apply(o) == nil {
			return
		}
		if a := s.Action(e.Target); a != nil {
			if p := s.Place(a.Place); p != nil {
				c.approach(u, p.At, 1)
			}
		}
		if err := c.apply(o); err != nil {
			c.problem(i, "%v", err)
		}
	default:
		c.strike(i, u, e, kind)
	}
}

// where is the hex an entry names: its target unit's, its place's or its
// at.
func (c *compiler) where(e scenario.HistoryOrder) game.Hex {
	if t := c.s.Unit(e.Target); t != nil && t.Alive() {
		return t.At
	}
	if e.Place != "" {
		if p := c.s.Place(e.Place); p != nil {
			return p.At
		}
	}
	if len(e.At) == 2 {
		return game.Hex{Col: e.At[0], Row: e.At[1]}
	}
	return game.Hex{Col: -1, Row: -1}
}

// strike gives an attack, assault, blockade, sally or bombard, first
// bringing the unit within reach of its target if it is not.
func (c *compiler) strike(i int, u *game.Unit, e scenario.HistoryOrder, kind string) {
	sk := strikes[kind]
	if e.Target != "" {
		if t := c.s.Unit(e.Target); t == nil || !t.Alive() {
			c.problem(i, "the target `%s` is no longer on the map", e.Target)
			return
		}
	}
	to := c.where(e)
	o := game.Order{Kind: sk.kind, Unit: u.ID, To: to, Weapon: e.Weapon}
	if c.apply(o) == nil {
		return
	}
	within := sk.within
	if within < 0 {
		within = 1
		if w := c.s.Rules().Weapons[e.Weapon]; w != nil && w.Range > 0 {
			within = w.Range
		}
	}
	if kind != "sally" {
		c.approach(u, to, within)
	}
	if err := c.apply(o); err != nil {
		c.problem(i, "%v", err)
	}
}

// march moves the unit towards the entry's goal as far as it can this
// turn; it keeps marching on later turns until it arrives.
func (c *compiler) march(i int, u *game.Unit) {
	goal := c.where(c.h.Orders[i])
	within := 0
	if c.s.HasEnemy(u.Side, goal) {
		within = 1 // an enemy holds the goal: the march ends next to it
	}
	c.approach(u, goal, within)
	if game.Distance(u.At, goal) > within {
		if !slices.Contains(c.marching, i) {
			c.marching = append(c.marching, i)
		}
		return
	}
	c.marching = slices.DeleteFunc(c.marching, func(j int) bool { return j == i })
}

// approach moves u as close to goal as it can this turn, stopping once it
// is within hexes of it. It gives at most one move order.
func (c *compiler) approach(u *game.Unit, goal game.Hex, within int) {
	s := c.s
	if game.Distance(u.At, goal) <= within {
		return
	}
	dests := game.Destinations(s, u)
	if len(dests) == 0 {
		return
	}
	reach := game.Reachable(s, u)
	f := c.field(u, goal)
	here, ok := f.At(u.At)
	if !ok {
		here = 1 << 30
	}
	best, bestD, bestCost := game.Hex{}, here, 0
	found := false
	for _, h := range dests {
		var d int
		if game.Distance(h, goal) <= within {
			d = -1 // within reach: better than any hex still on its way
		} else if v, ok := f.At(h); ok {
			d = v
		} else {
			continue
		}
		cost := reach[h].Cost
		if d < bestD || d == bestD && found && cost < bestCost {
			best, bestD, bestCost, found = h, d, cost, true
		}
	}
	if found {
		c.apply(game.Order{Kind: game.Move, Unit: u.ID, To: best})
	}
}

// field is the movement cost for u's class from every hex to goal.
func (c *compiler) field(u *game.Unit, goal game.Hex) *ai.Field {
	k := fieldKey{u.Class, goal}
	f := c.fields[k]
	if f == nil {
		f = ai.DistanceField(c.s, c.s.ClassOf(u), []game.Hex{goal})
		c.fields[k] = f
	}
	return f
}
