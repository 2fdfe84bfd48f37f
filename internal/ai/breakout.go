package ai

import (
	"math"

	"jinsong/game"
)

// surrendersNext reports whether the garrison of p, a city of its owner
// under blockade, will open its gates at the start of the owner's next
// turn: it is fed or goes hungry in the supply phase, then the siege phase
// eats the food, starves it, and it gives up when every unit's morale is
// below the surrender line (game.State.siegePhase). sup is the owner's
// supply map; game.State.Fed decides, as in the supply phase, whether the
// garrison is fed.
func surrendersNext(s *game.State, p *game.Place, sup map[game.Hex]bool) bool {
	if p.BlockadedBy == "" {
		return false
	}
	food := max(0, p.Food-s.Scn.DaysPerTurn)
	if food > 0 {
		return false
	}
	r := s.Rules()
	g := s.Garrison(p)
	fed := s.Fed(p.Owner, p.At, sup)
	for _, u := range g {
		m := u.Morale
		if fed {
			m = math.Min(100, m+r.Supply.MoraleGain)
		} else {
			m = math.Max(0, m-r.Supply.MoraleLoss)
		}
		m -= r.Siege.StarveMorale
		if m >= r.Siege.SurrenderMorale {
			return false
		}
	}
	return len(g) > 0
}

// breakOut takes u out of a city that will surrender before its next turn,
// towards the nearest supply city of its side: the city is lost either
// way, the men need not be. On the last turn the garrison stays: the game
// ends before the gates open.
func (c *Commander) breakOut(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	p := s.PlaceAt(u.At)
	if p == nil || p.Owner != u.Side || u.Carrier != "" || s.Turn >= s.Scn.MaxTurns || !surrendersNext(s, p, c.sup) {
		return game.Order{}, false
	}
	return c.fallBack(s, u, cands)
}
