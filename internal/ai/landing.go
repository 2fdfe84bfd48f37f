package ai

import (
	"maps"
	"slices"

	"jinsong/game"
)

// Landing in force. A side that wins by standing a number of units in a
// zone at once (an occupy condition: seven Jin units on the beaches of
// Caishi) must put its troops ashore inside the zone, all in the same
// turn, before the enemy's ships sink the rest of the flotilla. The simple
// march sails every boat to the water next to the nearest beach, and the
// troops that find the hexes there full (three units a hex) land outside
// the zone.

// beachhead sails a ship with troops on board, when it can reach the zone
// this turn, to the water next to the zone's hexes with the most room
// left for them: room is the stacking limit, less the side's units
// already ashore there and the troops of its other ships already lying
// next to them. It reports handled when the ship is where it should be
// (then the order is empty: the ship stays and its troops land).
func beachhead(s *game.State, u *game.Unit, cands []game.Order) (o game.Order, handled bool) {
	cargo := s.Cargo(u)
	if len(cargo) == 0 {
		return game.Order{}, false
	}
	zone := occupyZone(s, u.Side)
	if len(zone) == 0 {
		return game.Order{}, false
	}
	troops := s.ClassOf(cargo[0])
	limit := s.Rules().Combat.StackLimit
	room := func(h game.Hex) int {
		n := limit
		for _, v := range s.Units {
			if !v.Alive() || v.Side != u.Side {
				continue
			}
			switch {
			case v.At == h && v.Carrier == "" && !s.ClassOf(v).Naval():
				n--
			case v.ID != u.ID && v.Carrier == "" && s.ClassOf(v).Naval() && game.Adjacent(v.At, h):
				n -= len(s.Cargo(v))
			}
		}
		return max(n, 0)
	}
	landing := func(w game.Hex) int {
		sum := 0
		for _, n := range w.Neighbours() {
			if zone[n] && s.CanStand(troops, n) && !s.HasEnemy(u.Side, n) {
				sum += room(n)
			}
		}
		return min(sum, len(cargo))
	}
	here := landing(u.At)
	best, bestRoom := game.Order{}, here
	for _, c := range cands {
		if c.Kind == game.Move {
			if r := landing(c.To); r > bestRoom {
				best, bestRoom = c, r
			}
		}
	}
	switch {
	case best.Kind != "":
		return best, true
	case here > 0:
		return game.Order{}, true
	}
	return game.Order{}, false
}

// occupyZone is the set of hexes side must stand in to win by an occupy
// condition (empty if it has none).
func occupyZone(s *game.State, side string) map[game.Hex]bool {
	zone := map[game.Hex]bool{}
	for _, c := range s.Scn.Victory.Conditions {
		if c.Side == side && c.Kind == game.CondOccupy {
			for _, h := range c.Zone {
				zone[h] = true
			}
		}
	}
	return zone
}

// convoy is the march of a ship with troops on board towards the zone it
// must land them in, made to join the side's other loaded ships: of the
// moves that end as near the zone as the march's own (legal moves, so
// below the stacking limit), the one to the hex with most of them. A
// bombardment or an attack strikes the strongest unit of a hex, so boats
// together share the enemy's fire: at Caishi the boats that sailed alone
// went down on the first day.
func convoy(s *game.State, u *game.Unit, march game.Order, cands []game.Order) game.Order {
	zone := occupyZone(s, u.Side)
	if len(zone) == 0 || len(s.Cargo(u)) == 0 || march.Kind != game.Move {
		return march
	}
	hexes := slices.Collect(maps.Keys(zone))
	near := func(h game.Hex) int { return zoneDistance(hexes, h) }
	company := func(h game.Hex) int {
		n := 0
		for _, v := range s.Units {
			if v.Alive() && v.ID != u.ID && v.Side == u.Side && v.At == h && v.Carrier == "" && s.ClassOf(v).Naval() && len(s.Cargo(v)) > 0 {
				n++
			}
		}
		return n
	}
	best, bestN, want := march, company(march.To), near(march.To)
	for _, o := range cands {
		if o.Kind == game.Move && near(o.To) <= want {
			if n := company(o.To); n > bestN {
				best, bestN = o, n
			}
		}
	}
	return best
}
