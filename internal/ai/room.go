package ai

import (
	"math"
	"slices"

	"jinsong/game"
)

// Room at the walls for the engines. An engine breaches walls only from a
// hex next to them (the ruleset's engine_breach), and a hex holds at most
// stack_limit units of a side. At Xiangyang Yangzhou has three hexes of
// land around it: one is paddy, a whole turn's march for an engine, one lies
// beyond a ford on the far side, and the Jin horse and foot filled the
// third, so the trebuchets never came up to the walls.

// roomForEngines drops from cands the moves of u, not itself an engine,
// that would take the last place at the walls of an enemy target city that
// one of the side's siege engines could still come up to (engineRoom). It
// drops them in place: cands is the caller's own list (Candidates').
func (p *Simple) roomForEngines(s *game.State, u *game.Unit, cands []game.Order) []game.Order {
	if s.Rules().Combat.EngineBreach == 0 || s.ClassOf(u).HasTag("engine") {
		return cands
	}
	walls := p.wallsAwaitingEngines(s, u.Side)
	if len(walls) == 0 {
		return cands
	}
	marches := map[engineMarch]map[game.Hex]int{}
	return slices.DeleteFunc(cands, func(o game.Order) bool {
		return o.Kind == game.Move && p.fillsWalls(s, u, o.To, walls[o.To], marches)
	})
}

// engineMarch is an engine's march to a city's walls, whose costs
// (marchCosts) roomForEngines works out once for all of a unit's moves.
type engineMarch struct {
	engine string
	city   game.Hex
}

// wallsAwaitingEngines maps each hex next to a walled enemy target city
// where none of side's engines stands yet to the cities it touches.
func (p *Simple) wallsAwaitingEngines(s *game.State, side string) map[game.Hex][]game.Hex {
	var out map[game.Hex][]game.Hex
	for _, city := range s.Places {
		if int(city.Walls) < 1 || !s.Enemies(side, city.Owner) || !p.isTarget(city.At) || s.EnginesNear(side, city.At) {
			continue
		}
		if out == nil {
			out = map[game.Hex][]game.Hex{}
		}
		for _, n := range city.At.Neighbours() {
			out[n] = append(out[n], city.At)
		}
	}
	return out
}

// comingWithin bounds, in hexes per movement point, how far from a city
// an engine may stand and still count as coming to its walls: twice its
// points, four turns' march on open ground for the siege train. At
// Xiangyang the Jin trebuchets come on 8 hexes from Yangzhou.
const comingWithin = 2

// fillsWalls reports whether u, moving to h, next to the cities on
// cities, would take the last place an engine of its side could come to
// at the walls of one of them. Only a move that fills h to the stacking
// limit can, and only if an engine could stand on h; the march costs
// (engineRoom) are worked out for those moves alone, and for engines
// within comingWithin of the city, and kept in marches.
func (p *Simple) fillsWalls(s *game.State, u *game.Unit, h game.Hex, cities []game.Hex, marches map[engineMarch]map[game.Hex]int) bool {
	if len(cities) == 0 || s.FriendlyCount(u.Side, h, u.ID)+1 < s.Rules().Combat.StackLimit {
		return false
	}
	for _, city := range cities {
		for _, e := range s.Units {
			ec := s.ClassOf(e)
			if !e.Alive() || e.Side != u.Side || e.Carrier != "" || !ec.HasTag("engine") || game.Distance(e.At, city) > comingWithin*ec.Moves || !atPace(s, ec, h) {
				continue
			}
			costs, ok := marches[engineMarch{e.ID, city}]
			if !ok {
				costs = marchCosts(s, ec, e.At, city, comingWithin*ec.Moves+2)
				marches[engineMarch{e.ID, city}] = costs
			}
			if room, reachable := engineRoom(s, e, city, costs, u.ID, h); reachable && room == 0 {
				return true
			}
		}
	}
	return false
}

// atPace reports whether a unit of class c can enter h as part of a march:
// it can stand there, and the hex costs no more than a turn's movement.
func atPace(s *game.State, c *game.Class, h game.Hex) bool {
	cost, ok := s.MoveCost(c, h)
	return ok && cost <= c.Moves
}

// engineRoom counts the hexes next to the city on h where engine e could
// come to stand once the unit id has moved to to: land the engine can
// enter at its usual pace (not a hex, such as paddy, that costs it a whole
// turn's march), no enemy on it, fewer of the side's units than the stacking
// limit, and no more than a turn's march farther for e than the nearest
// such hex (costs: e's marchCosts towards h). reachable is false when e
// cannot come to the walls at all.
func engineRoom(s *game.State, e *game.Unit, h game.Hex, costs map[game.Hex]int, id string, to game.Hex) (room int, reachable bool) {
	ec := s.ClassOf(e)
	dist := map[game.Hex]int{}
	nearest := math.MaxInt
	for _, n := range h.Neighbours() {
		if !atPace(s, ec, n) {
			continue
		}
		if d, ok := costs[n]; ok {
			dist[n] = d
			nearest = min(nearest, d)
		}
	}
	for n, d := range dist {
		if d > nearest+ec.Moves || s.HasEnemy(e.Side, n) {
			continue
		}
		count := s.FriendlyCount(e.Side, n, id)
		if n == to {
			count++
		}
		if count < s.Rules().Combat.StackLimit {
			room++
		}
	}
	return room, len(dist) > 0
}

// marchCosts is what it costs a unit of class c on from to march to each
// hex within r of centre (the cost of every hex entered on the way, as in
// a distance field), keeping to those hexes. Cheaper than a field over the
// whole map, for a question about the few hexes round one city.
func marchCosts(s *game.State, c *game.Class, from, centre game.Hex, r int) map[game.Hex]int {
	costs := map[game.Hex]int{from: 0}
	frontier := []game.Hex{from}
	for len(frontier) > 0 {
		// The cheapest hex of the frontier goes next (the window is small).
		i := 0
		for j, h := range frontier {
			if costs[h] < costs[frontier[i]] {
				i = j
			}
		}
		cur := frontier[i]
		frontier = slices.Delete(frontier, i, i+1)
		for _, n := range cur.Neighbours() {
			if !s.Map.In(n) || game.Distance(n, centre) > r {
				continue
			}
			step, ok := s.MoveCost(c, n)
			if !ok {
				continue
			}
			if old, seen := costs[n]; !seen || costs[cur]+step < old {
				if !seen {
					frontier = append(frontier, n)
				}
				costs[n] = costs[cur] + step
			}
		}
	}
	return costs
}
