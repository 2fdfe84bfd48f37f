package ai

import (
	"slices"

	"jinsong/game"
)

// seizeOpenCity walks into an enemy city that no enemy holds, whatever
// the posture: a city the side must take, or one whose capture the
// scenario rewards (a reinforcement or points for the side, from an event
// still to come), or an enemy supply city whose stores would feed one of
// the side's cities under blockade (feedsSiege) or that feeds a unit whose
// destruction wins the side the game (feedsPrize); only a unit out in the
// field goes to a supply city. The unit sent is the weakest land unit that can get in
// this turn, so the strong keep their work; the garrison of a city the
// side must hold, the lines of another siege and a unit whose loss loses
// the game stay where they are (at Yancheng, Yue Fei's own horse rode
// alone into an empty town, and Wuzhu caught it there). At Huangtiandang
// the Jin horse blockaded Mingzhou for five turns after the court had
// sailed and left it empty, while the junks the Jin seize in its harbour,
// their only way to chase the emperor at sea, waited for the town to fall.
func (c *Commander) seizeOpenCity(s *game.State) (game.Order, bool) {
	side := s.ActiveSide()
	for _, p := range s.Places {
		if !s.Enemies(side, p.Owner) || s.HasEnemy(side, p.At) {
			continue
		}
		// A supply city taken only to feed a siege or to starve a prize
		// is taken by the field army: the garrisons stay behind their
		// walls. Whether it does (copies of the game and supply maps) is
		// asked last, once a unit can get in.
		wanted := c.base.isTarget(p.At) || rewardsTaking(s, side, p)
		if !wanted && !p.Supply {
			continue
		}
		best := c.seizer(s, p, !wanted)
		if best == nil || !wanted && !feedsSiege(s, side, p) && !feedsPrize(s, p, prizes(s, side, false)) {
			continue
		}
		return game.Order{Kind: game.Move, Unit: best.ID, To: p.At}, true
	}
	return game.Order{}, false
}

// seizer is the unit seizeOpenCity sends into p, or nil: the weakest land
// unit that can get in this turn and is free to go; with fieldOnly, none
// that stands in one of its side's cities.
func (c *Commander) seizer(s *game.State, p *game.Place, fieldOnly bool) *game.Unit {
	side := s.ActiveSide()
	var best *game.Unit
	for _, u := range s.Units {
		if !u.Alive() || u.Side != side || u.Carrier != "" || u.MovesLeft <= 0 || u.Acted {
			continue
		}
		if home := s.PlaceAt(u.At); fieldOnly && home != nil && home.Owner == side {
			continue
		}
		cl := s.ClassOf(u)
		if cl.Naval() || game.Distance(u.At, p.At) > cl.Moves || (c.base.plan.guard[u.At] && isGarrison(s, u)) ||
			(u.Blockading && !game.Adjacent(u.At, p.At)) || losesByLosing(s, u) {
			continue
		}
		if best != nil && attackPower(s, u) >= attackPower(s, best) {
			continue
		}
		if game.Legal(s, game.Order{Kind: game.Move, Unit: u.ID, To: p.At}) == nil {
			best = u
		}
	}
	return best
}

// feedsSiege reports whether side's taking p, an enemy supply city,
// would save a city of side's under blockade from starving into surrender
// before the game ends (surrenderTurn): a supply line from p feeds its
// garrison, which then loses heart to hunger alone, not to hunger and want
// of supply. At Caizhou the Jin hold out to the spring in the games where
// Wu Xian's army walks into the Mongol camp that Tachar's horse left to
// close the roads.
func feedsSiege(s *game.State, side string, p *game.Place) bool {
	if !p.Supply {
		return false
	}
	left := s.Scn.MaxTurns - s.Turn
	var sup, after game.SupplyLines
	traced, tracedAfter := false, false
	for _, q := range s.Places {
		if q.Owner != side || q.BlockadedBy == "" {
			continue
		}
		if !traced {
			sup, traced = game.SupplyMap(s, side), true
		}
		if surrenderTurn(s, q, sup, left) == 0 {
			continue // it holds to the end, or has no garrison to feed
		}
		if !tracedAfter {
			taken := s.Sandbox()
			taken.PlaceAt(p.At).Owner = side
			after, tracedAfter = game.SupplyMap(taken, side), true
		}
		if surrenderTurn(s, q, after, left) == 0 {
			return true
		}
	}
	return false
}

// rewardsTaking reports whether side's taking p would fire a scenario
// event still to come that gives side something: its own reinforcements
// or points.
func rewardsTaking(s *game.State, side string, p *game.Place) bool {
	for i, ev := range s.Scn.Events {
		t := ev.Trigger
		if t.PlaceTaken != p.ID || (t.TakenBy != "" && t.TakenBy != side) || s.Fired[i] && !ev.Repeat {
			continue
		}
		if slices.ContainsFunc(ev.Effects, func(e game.Effect) bool {
			switch e.Kind {
			case string(game.EvPoints):
				return e.Side == side && e.Points > 0
			case "reinforce":
				return slices.ContainsFunc(e.Units, func(id string) bool {
					u := s.Unit(id)
					return u != nil && u.Side == side
				})
			}
			return false
		}) {
			return true
		}
	}
	return false
}

// losesByLosing reports whether u's destruction wins the game for one of
// its enemies (Yue Fei's horse at Yancheng, the court at Huangtiandang).
func losesByLosing(s *game.State, u *game.Unit) bool {
	return destroyWins(s, u, func(side string) bool { return s.Enemies(u.Side, side) })
}

// feedsPrize reports whether p, an enemy supply city, feeds one of the
// prizes (enemy units whose destruction wins side the game): a supply line
// from p alone reaches the prize where it stands. Out of supply, a unit
// loses strength and heart every turn. At Huangtiandang the emperor's
// flotilla, cruising off Mingzhou, was fed from Suzhou and Shaoxing, both
// left empty.
func feedsPrize(s *game.State, p *game.Place, prizes []*game.Unit) bool {
	var only game.SupplyLines
	traced := false
	for _, e := range prizes {
		if e.Side != p.Owner {
			continue
		}
		if !traced {
			traced = true
			t := s.Sandbox()
			for _, q := range t.Places {
				q.Supply = q.Supply && q.ID == p.ID
			}
			only = game.SupplyMap(t, p.Owner)
		}
		if only.Has(e.At) {
			return true
		}
	}
	return false
}
