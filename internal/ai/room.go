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
// one of the side's siege engines could still come up to (engineRoom).
func (p *Simple) roomForEngines(s *game.State, u *game.Unit, cands []game.Order) []game.Order {
	if s.Rules().Combat.EngineBreach == 0 || s.ClassOf(u).HasTag("engine") {
		return cands
	}
	return slices.DeleteFunc(slices.Clone(cands), func(o game.Order) bool {
		return o.Kind == game.Move && p.fillsWalls(s, u, o.To)
	})
}

// fillsWalls reports whether u, moving to h, would take the last place an
// engine of its side could come to at the walls of a walled enemy target
// city next to h, where no engine of the side stands yet.
func (p *Simple) fillsWalls(s *game.State, u *game.Unit, h game.Hex) bool {
	for _, n := range h.Neighbours() {
		city := s.PlaceAt(n)
		if city == nil || int(city.Walls) < 1 || !s.Enemies(u.Side, city.Owner) || !p.isTarget(n) || s.EnginesNear(u.Side, n) {
			continue
		}
		for _, e := range s.Units {
			if !e.Alive() || e.Side != u.Side || e.Carrier != "" || !s.ClassOf(e).HasTag("engine") {
				continue
			}
			if room, reachable := p.engineRoom(s, e, n, u.ID, h); reachable && room == 0 {
				return true
			}
		}
	}
	return false
}

// engineRoom counts the hexes next to the city on h where engine e could
// come to stand once the unit id has moved to to: land the engine can
// enter at its usual pace (not a hex, such as paddy, that costs it a whole
// turn's march), no enemy on it, fewer of the side's units than the stacking
// limit, and no more than a turn's march farther for e than the nearest
// such hex. reachable is false when e cannot come to the walls at all.
func (p *Simple) engineRoom(s *game.State, e *game.Unit, h game.Hex, id string, to game.Hex) (room int, reachable bool) {
	ec := s.ClassOf(e)
	dist := map[game.Hex]int{}
	nearest := math.MaxInt
	for _, n := range h.Neighbours() {
		if cost, ok := s.MoveCost(ec, n); !ok || cost > ec.Moves {
			continue
		}
		if d, ok := p.field(s, ec, []game.Hex{n}).At(e.At); ok {
			dist[n] = d
			nearest = min(nearest, d)
		}
	}
	for n, d := range dist {
		if d > nearest+ec.Moves || s.HasEnemy(e.Side, n) {
			continue
		}
		count := 0
		for _, v := range s.UnitsAt(n) {
			if v.Side == e.Side && v.Carrier == "" && v.ID != id {
				count++
			}
		}
		if n == to {
			count++
		}
		if count < s.Rules().Combat.StackLimit {
			room++
		}
	}
	return room, len(dist) > 0
}
