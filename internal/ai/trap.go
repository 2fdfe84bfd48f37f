package ai

import "jinsong/game"

// flightFrom counts the hexes prize could flee to if striker struck it
// from h: its neighbours farther from h where it can stand, free of its
// enemies (the striker will have left its own hex) and with room in the
// stack (the first step of game.State.retreat). With none, a rout takes
// it: a unit that breaks with nowhere to go is captured.
func flightFrom(s *game.State, prize, striker *game.Unit, h game.Hex) int {
	c := s.ClassOf(prize)
	limit := s.Rules().Combat.StackLimit
	n := 0
	for _, f := range prize.At.Neighbours() {
		if game.Distance(f, h) > game.Distance(prize.At, h) && s.CanStand(c, f) && !enemyBesides(s, prize.Side, f, striker) &&
			s.FriendlyCount(prize.Side, f, prize.ID) < limit {
			n++
		}
	}
	return n
}

// enemyBesides reports whether h holds a unit hostile to side other than
// u.
func enemyBesides(s *game.State, side string, h game.Hex, u *game.Unit) bool {
	for _, e := range s.Units {
		if e.Alive() && e.At == h && e.ID != u.ID && s.Enemies(side, e.Side) {
			return true
		}
	}
	return false
}

// trapsPrize reports whether a blow by u from h at one of prizes next to
// it leaves that prize nowhere to flee (flightFrom).
func trapsPrize(s *game.State, u *game.Unit, prizes []*game.Unit, h game.Hex) bool {
	for _, e := range prizes {
		if game.Adjacent(h, e.At) && flightFrom(s, e, u, h) == 0 {
			return true
		}
	}
	return false
}

// stepToTrap is a move of u, next to a prize already but where a blow
// would leave it a way out, to another hex next to it from which a blow
// leaves it none: the strike follows from there. At Huangtiandang the
// captured junks struck the starving flotilla turn after turn from the
// landward side, and each time it broke and fled two hexes out to sea;
// from the seaward side, with the coast or the edge of the map behind it,
// the same blow takes it.
func stepToTrap(s *game.State, u *game.Unit, prizes []*game.Unit) (game.Order, bool) {
	if u.Moved || u.MovesLeft <= 0 {
		return game.Order{}, false
	}
	var near []*game.Unit
	for _, e := range prizes {
		if game.Adjacent(u.At, e.At) && s.ClassOf(e).Naval() == s.ClassOf(u).Naval() {
			if flightFrom(s, e, u, u.At) == 0 {
				return game.Order{}, false // the blow from here takes it
			}
			near = append(near, e)
		}
	}
	if len(near) == 0 {
		return game.Order{}, false
	}
	for _, o := range Candidates(s, u) {
		if o.Kind == game.Move && trapsPrize(s, u, near, o.To) {
			return o, true
		}
	}
	return game.Order{}, false
}
