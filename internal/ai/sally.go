package ai

import (
	"math"

	"jinsong/game"
)

// lossesScore reports whether an enemy of side plays for points
// (game.CondPoints): every soldier side loses then counts towards the
// enemy's win (game.State.Score), as the Song's losses do towards the
// Jin's record in the grand campaign.
func lossesScore(s *game.State, side string) bool {
	for _, c := range s.Scn.Victory.Conditions {
		if c.Kind == game.CondPoints && s.Enemies(side, c.Side) {
			return true
		}
	}
	return false
}

// underSword reports whether u, standing on h, would be next to an enemy
// city whose garrison's striking power (strikingPower, as in enemyReach)
// is greater than u's defence (strength times
// defence): a sally would cut it down. In the grand campaign the Song
// armies that left a starving Kaifeng in 1128 marched back to blockade it
// once the Jin held it, and Wuzhu's horse sallied against them every
// month: 43,000 to 60,000 men, as many points for the Jin record.
func underSword(s *game.State, u *game.Unit, h game.Hex) bool {
	guard := float64(u.Strength) * s.ClassOf(u).Defence
	for _, n := range h.Neighbours() {
		pl := s.PlaceAt(n)
		if pl == nil || !s.Enemies(u.Side, pl.Owner) {
			continue
		}
		sally := 0.0
		for _, e := range s.UnitsAt(n) {
			if s.Enemies(u.Side, e.Side) && e.Carrier == "" && !s.ClassOf(e).Naval() {
				sally += strikingPower(s, e)
			}
		}
		if sally > guard {
			return true
		}
	}
	return false
}

// outOfReach is u's move to a hex out of every such sally's reach
// (underSword), the one nearest its side's open supply cities.
func (p *Simple) outOfReach(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	homes := supplyHomes(s, u.Side)
	if len(homes) == 0 {
		return game.Order{}, false
	}
	f := p.field(s, s.ClassOf(u), homes)
	best, near := game.Order{}, math.MaxInt
	for _, o := range cands {
		if o.Kind != game.Move || underSword(s, u, o.To) {
			continue
		}
		if d, ok := f.At(o.To); ok && d < near {
			best, near = o, d
		}
	}
	return best, best.Kind != ""
}
