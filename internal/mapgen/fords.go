package mapgen

import (
	"math"
	"sort"

	"jinsong/game"
)

// placeFords turns river hexes of the great rivers into fords: at named
// crossings, beside river towns, at river_crossing places, and then about
// every Every hexes along the rest.
func (b *builder) placeFords() error {
	for i := range b.cfg.Fords {
		rule := &b.cfg.Fords[i]
		w := b.byName[rule.Waterway]
		if w == nil || len(w.hexes) == 0 {
			b.warnf("fords: no waterway %q", rule.Waterway)
			continue
		}
		at := map[int]bool{}
		for _, f := range rule.At {
			if i, ok := b.fordAt(w, f); ok {
				at[i] = true
			} else {
				b.warnf("fords: no %s hex for %+v", w.spec.Name, f)
			}
		}
		if rule.AtCities {
			for _, s := range b.sites {
				if siteTerrain[s.Kind] == City {
					if i, ok := b.fordBeside(w, s, nil); ok {
						at[i] = true
					}
				}
			}
		}
		for _, i := range fillFords(w, at, rule.Every, b.at) {
			at[i] = true
		}
		for i := range at {
			b.set(w.hexes[i], Ford)
		}
	}
	b.crossingFords()
	return nil
}

// crossingFords gives every river_crossing place a ford beside it.
func (b *builder) crossingFords() {
	for _, s := range b.sites {
		if s.Kind != "river_crossing" || b.touches(s.hex, Ford) {
			continue
		}
		for _, w := range b.ways {
			if i, ok := b.fordBeside(w, s, nil); ok && w.spec.Terrain == River {
				b.set(w.hexes[i], Ford)
				break
			}
		}
	}
}

func (b *builder) touches(h game.Hex, t byte) bool {
	for _, n := range b.g.Neighbours(h) {
		if b.at(n) == t {
			return true
		}
	}
	return false
}

// fordAt finds the chain index of a named crossing.
func (b *builder) fordAt(w *waterway, f FordAt) (int, bool) {
	if f.Point != nil {
		p := b.g.Project(f.Point[0], f.Point[1])
		return b.nearestRiverHex(w, func(h game.Hex) float64 { return Dist(HexCentre(h), p) }, 3)
	}
	s := b.site(f.Site)
	if s == nil {
		return 0, false
	}
	var opp *site
	if f.Opposite != "" {
		opp = b.site(f.Opposite)
	}
	return b.fordBeside(w, s, opp)
}

// fordBeside finds the river hex of w beside site s (and beside opp too if
// it can) nearest the place's true position.
func (b *builder) fordBeside(w *waterway, s, opp *site) (int, bool) {
	score := func(h game.Hex) float64 {
		if !game.Adjacent(h, s.hex) {
			return math.Inf(1)
		}
		d := Dist(HexCentre(h), s.pos)
		if opp != nil && !game.Adjacent(h, opp.hex) {
			d += 100
		}
		return d
	}
	return b.nearestRiverHex(w, score, math.Inf(1))
}

// nearestRiverHex returns the index of w's river hex with the lowest
// finite score below limit.
func (b *builder) nearestRiverHex(w *waterway, score func(game.Hex) float64, limit float64) (int, bool) {
	best, bestS := -1, limit
	for i, h := range w.hexes {
		if b.at(h) != River && b.at(h) != Ford {
			continue
		}
		if sc := score(h); sc < bestS {
			best, bestS = i, sc
		}
	}
	return best, best >= 0
}

// fillFords spreads fords evenly between the fixed ones (and the chain's
// ends) so that no two are more than every+1 hexes apart.
func fillFords(w *waterway, fixed map[int]bool, every int, at func(game.Hex) byte) []int {
	if every <= 0 {
		return nil
	}
	anchors := []int{-1}
	for i := range fixed {
		anchors = append(anchors, i)
	}
	sort.Ints(anchors)
	anchors = append(anchors, len(w.hexes))
	var out []int
	for k := 0; k+1 < len(anchors); k++ {
		a, c := anchors[k], anchors[k+1]
		n := int(math.Ceil(float64(c-a)/float64(every+1))) - 1
		for j := 1; j <= n; j++ {
			i := a + int(math.Round(float64(j*(c-a))/float64(n+1)))
			if i, ok := riverNear(w, i, at); ok {
				out = append(out, i)
			}
		}
	}
	return out
}

// riverNear returns i, or the nearest index within 2 of it, whose hex is
// painted river (not a lake it crosses).
func riverNear(w *waterway, i int, at func(game.Hex) byte) (int, bool) {
	for _, d := range []int{0, 1, -1, 2, -2} {
		if j := i + d; j >= 0 && j < len(w.hexes) && at(w.hexes[j]) == River {
			return j, true
		}
	}
	return 0, false
}
