package ai

import "jinsong/game"

// flightFrom counts the hexes prize could flee to if striker struck it
// from h, as the engine's retreat finds them (game.State.CanFallBack), the
// striker counted gone from its own hex since it will have moved. With
// none, a rout takes it: a unit that breaks with nowhere to go is
// captured.
func flightFrom(s *game.State, prize, striker *game.Unit, h game.Hex) int {
	n := 0
	for _, f := range prize.At.Neighbours() {
		if s.CanFallBack(prize, f, h, striker.ID) {
			n++
		}
	}
	return n
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
