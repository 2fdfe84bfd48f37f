package ai

import "jinsong/game"

// leaving lists side's units that a scripted event still to come takes
// off the map whatever the side does: a withdrawal on a date or by the
// dice (the Kaixi war's Jin armies go home from early 1207, 40% a turn).
// Recalls set off by losses or by a city lost are left out: play can put
// them off (recallPrice).
func leaving(s *game.State, side string) map[string]bool {
	var out map[string]bool
	for _, w := range withdrawals(s, side) {
		t := w.trigger
		if t.LossesSide != "" || t.PlaceTaken != "" || t.UnitDestroyed != "" || t.UnitEscaped != "" ||
			t.ActionTaken != "" || t.ActionNotTaken != "" {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, u := range w.units {
			out[u.ID] = true
		}
	}
	return out
}

// stayerReach is how many turns' march a unit that stays goes to take
// over a siege from units that are leaving.
const stayerReach = 3

// takeOverSiege sends u, a unit no scripted withdrawal takes, to the
// siege lines of a target city that only leaving units blockade, so that
// the blockade outlasts them: the city's food is eaten only while its
// roads are closed. u leaves a city it guards only while no enemy could
// strike it there next turn. In the Kaixi war the Tangzhou garrison kept
// its walls while Wanyan Kuang's army starved Xiangyang, and against
// `random` the city held whenever that army went home first (the
// starving militia needs three or four turns of hunger to open its
// gates); with the garrison in the lines it falls all the same.
func (c *Commander) takeOverSiege(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	cl := s.ClassOf(u)
	if c.leaving == nil || c.leaving[u.ID] || u.Blockading || u.Carrier != "" || cl.Naval() ||
		cl.HasTag("engine") || cl.Moves <= 0 || cl.Attack <= 0 {
		return game.Order{}, false
	}
	if c.base.plan.guard[u.At] && c.power[u.At] > 0 {
		return game.Order{}, false
	}
	best, bestD := (*game.Place)(nil), stayerReach*cl.Moves+1
	for _, p := range s.Places {
		if p.BlockadedBy != u.Side || !c.base.isTarget(p.At) || !c.heldOnlyByLeaving(s, u.Side, p.At) {
			continue
		}
		if d := game.Distance(u.At, p.At); d < bestD {
			best, bestD = p, d
		}
	}
	if best == nil {
		return game.Order{}, false
	}
	if game.Adjacent(u.At, best.At) {
		for _, o := range cands {
			if o.Kind == game.Blockade && o.To == best.At {
				return o, true
			}
		}
		return game.Order{}, false
	}
	f := c.base.field(s, cl, []game.Hex{best.At})
	return orNothing(c.base.moveTowards(s, u, cands, f))
}

// heldOnlyByLeaving reports whether every unit of side blockading the
// city on h is one a scripted withdrawal takes.
func (c *Commander) heldOnlyByLeaving(s *game.State, side string, h game.Hex) bool {
	lines := blockaders(s, side, h)
	return len(lines) > 0 && c.allLeaving(lines, "")
}

// outlasts reports whether u, which no scripted withdrawal takes, stands
// in siege lines whose every other unit is leaving: it keeps them.
func (c *Commander) outlasts(u *game.Unit, lines []*game.Unit) bool {
	return c.leaving != nil && !c.leaving[u.ID] && c.allLeaving(lines, u.ID)
}

// allLeaving reports whether every unit of lines but the one with id
// except is leaving.
func (c *Commander) allLeaving(lines []*game.Unit, except string) bool {
	for _, b := range lines {
		if b.ID != except && !c.leaving[b.ID] {
			return false
		}
	}
	return true
}
