package ai

import (
	"math"
	"slices"

	"jinsong/game"
)

// progress measures, between 0 and 1, how far side has come towards the
// nearest of its own victory conditions in s, relative to ref (the position
// where the look began: the same for every posture compared). A rollout
// that ends before the game is decided is judged by it, so that postures
// that bring the side closer to a win (a city blockaded, a target corps
// worn down, the flotilla nearer the open sea, more troops on the beaches)
// are told apart from those that do not.
func progress(s, ref *game.State, side string) float64 {
	best := 0.0
	for i := range s.Scn.Victory.Conditions {
		c := &s.Scn.Victory.Conditions[i]
		if c.Side == side {
			best = math.Max(best, conditionProgress(s, ref, c))
		}
	}
	return best
}

// conditionProgress is progress towards one condition, by its kind.
func conditionProgress(s, ref *game.State, c *game.Condition) float64 {
	switch c.Kind {
	case game.CondTake, game.CondHold:
		return placesProgress(s, ref, c)
	case game.CondDestroy:
		return destroyProgress(s, ref, c)
	case game.CondEscape:
		return escapeProgress(s, ref, c)
	case game.CondOccupy:
		return occupyProgress(s, c)
	case game.CondPoints:
		if c.Points > 0 {
			return math.Min(1, math.Max(0, float64(s.Score(c.Side))/float64(c.Points)))
		}
	}
	return 0
}

// placesProgress: a place held counts whole; one the side besieges counts
// a quarter, more as its walls come down and its food runs out.
func placesProgress(s, ref *game.State, c *game.Condition) float64 {
	if len(c.Places) == 0 {
		return 0
	}
	sum := 0.0
	for _, id := range c.Places {
		p, was := s.Place(id), ref.Place(id)
		switch {
		case p == nil || was == nil:
		case p.Owner == c.Side:
			sum++
		case p.BlockadedBy == c.Side || (p.BlockadedBy != "" && !s.Enemies(c.Side, p.BlockadedBy)):
			v := 0.25
			if was.Walls > 0 {
				v += 0.25 * math.Max(0, 1-p.Walls/was.Walls)
			}
			if was.Food > 0 {
				v += 0.25 * math.Max(0, 1-float64(p.Food)/float64(was.Food))
			}
			sum += v
		}
	}
	return sum / float64(len(c.Places))
}

// destroyProgress is the share of the target units' strength (at the start
// of the look) that is gone, or, if more, a little for closing in on them
// (closing × closeness).
func destroyProgress(s, ref *game.State, c *game.Condition) float64 {
	before, now := 0, 0
	for _, id := range c.Units {
		u, was := s.Unit(id), ref.Unit(id)
		if u == nil || was == nil || !(was.Alive() || was.Status == game.Waiting) {
			continue
		}
		before += max(was.Strength, 1)
		if u.Alive() || u.Status == game.Waiting {
			now += u.Strength
		}
	}
	if before == 0 {
		return 0
	}
	worn := math.Max(0, 1-float64(now)/float64(before))
	return math.Max(worn, closing*closeness(s, ref, c.Side, c.Units))
}

// closing is the most that coming near a target unit is worth, before it
// has lost a man: the hunt is on, the kill is not.
const closing = 0.25

// closeness is how much nearer side's nearest fighting unit has come to
// the nearest of the target units since ref, as a share of the way.
func closeness(s, ref *game.State, side string, targets []string) float64 {
	gap := func(st *game.State) int {
		best := math.MaxInt
		for _, id := range targets {
			t := st.Unit(id)
			if t == nil || !t.Alive() {
				continue
			}
			for _, u := range st.Units {
				if u.Alive() && u.Side == side && st.ClassOf(u).Attack > 0 {
					best = min(best, game.Distance(u.At, t.At))
				}
			}
		}
		return best
	}
	d0, d := gap(ref), gap(s)
	if d0 == math.MaxInt || d == math.MaxInt || d0 == 0 {
		return 0
	}
	return math.Max(0, 1-float64(d)/float64(d0))
}

// escapeProgress is how much nearer the zone the nearest of the units has
// come since the start of the look, as a share of the way it had to go.
func escapeProgress(s, ref *game.State, c *game.Condition) float64 {
	best := 0.0
	for _, id := range c.Units {
		u, was := s.Unit(id), ref.Unit(id)
		if u == nil || was == nil || !u.Alive() || !was.Alive() {
			continue
		}
		d0, d := zoneDistance(c.Zone, was.At), zoneDistance(c.Zone, u.At)
		best = math.Max(best, 1-float64(d)/float64(max(d0, 1)))
	}
	return math.Max(0, best)
}

// occupyProgress: each of the Count land units nearest the zone adds its
// share, whole inside the zone, less the farther it stands.
func occupyProgress(s *game.State, c *game.Condition) float64 {
	need := max(c.Count, 1)
	var near []int
	for _, u := range s.Units {
		if u.Alive() && u.Side == c.Side && !s.ClassOf(u).Naval() {
			near = append(near, zoneDistance(c.Zone, u.At))
		}
	}
	slices.Sort(near)
	sum := 0.0
	for i := 0; i < need && i < len(near); i++ {
		sum += 1 / float64(1+near[i])
	}
	return sum / float64(need)
}

// zoneDistance is the distance in hexes from h to the nearest hex of zone.
func zoneDistance(zone []game.Hex, h game.Hex) int {
	best := math.MaxInt
	for _, z := range zone {
		best = min(best, game.Distance(z, h))
	}
	if best == math.MaxInt {
		return 0
	}
	return best
}
