package ai

import (
	"math"
	"slices"

	"jinsong/game"
)

// surrenderTurn is the turn, counted from 1 for the owner's next one, at
// whose start the garrison of p, a city of its owner under blockade, opens
// its gates if nobody lifts the blockade, or 0 if it holds for turns
// turns. Each turn the garrison is fed or goes hungry in the supply phase,
// then the siege phase eats the food, starves it once the food is gone,
// and it gives up when every unit's morale is below the surrender line
// (game.State.siegePhase). sup is the owner's supply map; game.State.Fed
// decides, as in the supply phase, whether the garrison is fed.
func surrenderTurn(s *game.State, p *game.Place, sup game.SupplyLines, turns int) int {
	g := s.Garrison(p)
	if p.BlockadedBy == "" || len(g) == 0 {
		return 0
	}
	r := s.Rules()
	morale := make([]float64, len(g))
	for i, u := range g {
		morale[i] = u.Morale
	}
	food := p.Food
	for turn := 1; turn <= turns; turn++ {
		fed := sup.Has(p.At) || food > 0 // game.State.Fed, with the food as it will be
		food = max(0, food-s.Scn.DaysPerTurn)
		holds := false
		for i, m := range morale {
			if fed {
				m = math.Min(100, m+r.Supply.MoraleGain)
			} else {
				m = math.Max(0, m-r.Supply.MoraleLoss)
			}
			if food == 0 {
				m -= r.Siege.StarveMorale
			}
			morale[i] = m
			holds = holds || m >= r.Siege.SurrenderMorale
		}
		if food == 0 && !holds {
			return turn
		}
	}
	return 0
}

// fallsForGood reports whether p's loss could cost its owner the game: an
// enemy wins by taking or holding it, and the condition names at most one
// other place, so that each of its places decides it. A city that alone
// wins the game, or one of two passes the enemy must hold at the end, is
// held to the last man; one of the eleven cities the Jin of the grand
// campaign must hold at the treaty is one step of a long road, and can be
// given up and won back.
func fallsForGood(s *game.State, p *game.Place) bool {
	for _, c := range s.Scn.Victory.Conditions {
		if (c.Kind == game.CondTake || c.Kind == game.CondHold) && len(c.Places) <= 2 &&
			s.Enemies(c.Side, p.Owner) && slices.Contains(c.Places, p.ID) {
			return true
		}
	}
	return false
}

// breakOut takes u out of its side's blockaded city towards the nearest
// supply city of its side when the men would only starve and be taken
// there (mustLeave).
func (c *Commander) breakOut(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	if !c.mustLeave(s, u) {
		return game.Order{}, false
	}
	return c.fallBack(s, u, cands)
}

// mustLeave reports whether u, in its side's blockaded city, should march
// out:
//   - the garrison will surrender before its next turn: the city is lost
//     either way, the men need not be;
//   - or its food runs out in the next siege phase, the garrison will
//     surrender before the game ends if nobody lifts the blockade, and
//     the city's loss does not put the game in danger (fallsForGood): it
//     can be won back, and every turn of hunger costs men and heart for
//     nothing.
//
// On the last turn the garrison stays: the game ends before the gates
// open.
func (c *Commander) mustLeave(s *game.State, u *game.Unit) bool {
	p := s.PlaceAt(u.At)
	if p == nil || p.Owner != u.Side || p.BlockadedBy == "" || u.Carrier != "" || s.Turn >= s.Scn.MaxTurns {
		return false
	}
	switch n := surrenderTurn(s, p, c.sup, s.Scn.MaxTurns-s.Turn); {
	case n == 1:
		return true
	case n > 1:
		return p.Food <= s.Scn.DaysPerTurn && !fallsForGood(s, p)
	}
	return false
}

// firstBreakOut is the break-out of the first unit that should leave its
// city this turn (breakOut), for the simple posture, whose own play keeps
// garrisons in their cities to the end.
func (c *Commander) firstBreakOut(s *game.State) (game.Order, bool) {
	if c.level == Easy {
		return game.Order{}, false
	}
	for _, u := range ownUnits(s) {
		if u.Moved || u.Acted || !c.mustLeave(s, u) {
			continue
		}
		if o, ok := c.fallBack(s, u, Candidates(s, u)); ok {
			return o, true
		}
	}
	return game.Order{}, false
}
