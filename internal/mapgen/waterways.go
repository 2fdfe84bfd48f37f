package mapgen

import (
	"math"

	"jinsong/game"
)

// waterway is a river or canal being built: its line in hex units and the
// chain of hexes it runs through, source to mouth.
type waterway struct {
	spec       *WaterwaySpec
	line       []Pt
	hexes      []game.Hex
	set        map[game.Hex]bool
	reachedSea bool
}

func (w *waterway) setHexes(chain []game.Hex) {
	w.hexes = chain
	w.set = make(map[game.Hex]bool, len(chain))
	for _, h := range chain {
		w.set[h] = true
	}
}

// Chain tuning, in hex units.
const (
	sampleStep  = 0.05 // step when walking a line to find its hexes
	chordWindow = 12   // longest stretch of chain cut when it touches itself
	joinSearch  = 10   // farthest a join may reach to meet its river
	joinSkip    = 3    // a chain may touch the water it joins this near its source
)

// assembleWaterways builds every waterway's line, clipped to the grid.
func (b *builder) assembleWaterways() error {
	for i := range b.cfg.Waterways {
		spec := &b.cfg.Waterways[i]
		ll, err := assembleLine(spec, b.src)
		if err != nil {
			return err
		}
		w := &waterway{spec: spec}
		if pieces := ClipPolyline(b.project(ll), b.g.Rect()); len(pieces) > 0 {
			w.line = longestPt(pieces)
		} else {
			b.warnf("%s lies off the map", spec.Name)
		}
		if spec.Mouth == nil && len(w.line) > 1 {
			b.orient(w)
		}
		w.setHexes(nil)
		b.ways = append(b.ways, w)
		b.byName[spec.Name] = w
	}
	return nil
}

// orient turns a line without a Mouth so that it ends at its EndJoin.
func (b *builder) orient(w *waterway) {
	first, last := w.line[0], w.line[len(w.line)-1]
	var dFirst, dLast float64
	switch j := w.spec.EndJoin; {
	case j == "sea":
		dFirst, dLast = b.seaDistance(first), b.seaDistance(last)
	case b.byName[j] != nil && len(b.byName[j].line) > 0:
		t := b.byName[j].line
		dFirst, dLast = NearestOnPolyline(first, t).Dist, NearestOnPolyline(last, t).Dist
	default:
		return
	}
	if dFirst < dLast {
		reversePts(w.line)
	}
}

// seaDistance is the distance in hexes from p to the nearest sea hex
// (capped at 20).
func (b *builder) seaDistance(p Pt) float64 {
	h := HexAt(p)
	for k := 0; k <= 20; k++ {
		for _, n := range b.g.Ring(h, k) {
			if b.at(n) == Sea {
				return float64(k)
			}
		}
	}
	return 20
}

// routeWaterways finds each waterway's chain of hexes.
func (b *builder) routeWaterways() error {
	for _, w := range b.ways {
		if len(w.line) < 2 {
			continue
		}
		chain := b.rasterise(w.line)
		chain = induce(removeLoops(b.detourSites(removeLoops(chain), w.line)))
		chain, w.reachedSea = b.stopAtSea(chain)
		w.setHexes(chain)
	}
	return nil
}

// rasterise lists the grid hexes line passes through, in order; each is
// adjacent to the next.
func (b *builder) rasterise(line []Pt) []game.Hex {
	var out []game.Hex
	add := func(p Pt) {
		h := HexAt(p)
		if !b.g.In(h) || (len(out) > 0 && out[len(out)-1] == h) {
			return
		}
		if len(out) > 0 && !game.Adjacent(out[len(out)-1], h) {
			out = append(out, b.hexPath(out[len(out)-1], h)...)
		}
		out = append(out, h)
	}
	for i := 0; i+1 < len(line); i++ {
		walkSegment(line[i], line[i+1], add)
	}
	return out
}

// walkSegment calls f at points no more than sampleStep apart along ab.
func walkSegment(a, c Pt, f func(Pt)) {
	n := int(math.Ceil(Dist(a, c)/sampleStep)) + 1
	for k := 0; k <= n; k++ {
		f(a.Add(c.Sub(a).Scale(float64(k) / float64(n))))
	}
}

// hexPath lists the on-grid hexes strictly between a and c along the
// straight line joining their centres.
func (b *builder) hexPath(a, c game.Hex) []game.Hex {
	var out []game.Hex
	last := a
	walkSegment(HexCentre(a), HexCentre(c), func(p Pt) {
		h := HexAt(p)
		if h != last && h != c && b.g.In(h) {
			out = append(out, h)
			last = h
		}
	})
	return out
}

// removeLoops cuts every stretch of chain that returns to a hex already
// visited.
func removeLoops(chain []game.Hex) []game.Hex {
	last := make(map[game.Hex]int, len(chain))
	for i, h := range chain {
		last[h] = i
	}
	var out []game.Hex
	for i := 0; i < len(chain); i = last[chain[i]] + 1 {
		out = append(out, chain[i])
	}
	return out
}

// induce makes a chain one hex wide: wherever a hex touches a later hex of
// the chain (within chordWindow steps), the stretch between is cut out.
func induce(chain []game.Hex) []game.Hex {
	var out []game.Hex
	for i := 0; i < len(chain); {
		out = append(out, chain[i])
		next := i + 1
		for j := min(len(chain)-1, i+chordWindow); j > i+1; j-- {
			if game.Adjacent(chain[i], chain[j]) {
				next = j
				break
			}
		}
		i = next
	}
	return out
}

// detourSites reroutes the chain round the hexes of places: a town stands
// beside its river, never in it. A place at either end is dropped.
func (b *builder) detourSites(chain []game.Hex, line []Pt) []game.Hex {
	for k := 0; k < len(chain); k++ {
		if b.siteAt[chain[k]] == nil {
			continue
		}
		if k == 0 || k == len(chain)-1 {
			chain = append(chain[:k:k], chain[k+1:]...)
			k--
			continue
		}
		arc, ok := b.arcAround(chain[k], chain[k-1], chain[k+1], line)
		if !ok {
			b.warnf("no way round the place at %v", chain[k])
			arc = nil
		}
		rest := append(append([]game.Hex(nil), arc...), chain[k+1:]...)
		chain = append(chain[:k:k], rest...)
		k += len(arc) - 1
	}
	return chain
}

// arcAround returns the hexes round centre from prev to next (both its
// neighbours), going the way that stays nearer the line and avoids places.
func (b *builder) arcAround(centre, prev, next game.Hex, line []Pt) ([]game.Hex, bool) {
	ring := centre.Neighbours()
	ip, in := ringIndex(ring, prev), ringIndex(ring, next)
	if ip < 0 || in < 0 {
		return nil, false
	}
	var best []game.Hex
	bestScore, found := math.Inf(1), false
	for _, step := range []int{1, 5} { // clockwise, anticlockwise
		var arc []game.Hex
		score, ok := 0.0, true
		for i := (ip + step) % 6; i != in; i = (i + step) % 6 {
			h := ring[i]
			ok = ok && b.g.In(h) && b.siteAt[h] == nil && b.at(h) != Sea
			score += NearestOnPolyline(HexCentre(h), line).Dist
			arc = append(arc, h)
		}
		if ok && score < bestScore {
			best, bestScore, found = arc, score, true
		}
	}
	return best, found
}

func ringIndex(ring [6]game.Hex, h game.Hex) int {
	for i, r := range ring {
		if r == h {
			return i
		}
	}
	return -1
}

// stopAtSea drops leading sea hexes and ends the chain at the first sea
// hex after them: the river has reached its mouth.
func (b *builder) stopAtSea(chain []game.Hex) ([]game.Hex, bool) {
	for len(chain) > 0 && b.at(chain[0]) == Sea {
		chain = chain[1:]
	}
	for i, h := range chain {
		if b.at(h) == Sea {
			return chain[:i], true
		}
	}
	return chain, false
}

// joinWaterways connects each waterway's ends to the rivers (or sea) it
// joins.
func (b *builder) joinWaterways() error {
	for _, w := range b.ways {
		chain := w.hexes
		if len(chain) == 0 {
			continue
		}
		if t := b.target(w.spec.EndJoin); t != nil && !(w.spec.EndJoin == "sea" && w.reachedSea) {
			chain = b.joinEnd(chain, t, w.spec.Name+" end")
		}
		if t := b.target(w.spec.StartJoin); t != nil {
			chain = reverseHexes(b.joinEnd(reverseHexes(chain), t, w.spec.Name+" start"))
		}
		w.setHexes(induce(chain))
	}
	return nil
}

// target returns the membership test of a join: a waterway's hexes or the
// sea; nil for no join.
func (b *builder) target(name string) func(game.Hex) bool {
	switch name {
	case "":
		return nil
	case "sea":
		return func(h game.Hex) bool { return b.at(h) == Sea }
	}
	w := b.byName[name]
	if w == nil {
		b.warnf("join to unknown waterway %q", name)
		return nil
	}
	return func(h game.Hex) bool { return w.set[h] }
}

// joinEnd ends the chain where it first meets the target (enters it, or
// touches it after leaving its first joinSkip hexes), or extends it until
// its last hex touches the target.
func (b *builder) joinEnd(chain []game.Hex, in func(game.Hex) bool, what string) []game.Hex {
	for i := 1; i < len(chain); i++ {
		if in(chain[i]) {
			chain = chain[:i]
			break
		}
		if i >= joinSkip && b.touchesFn(chain[i], in) {
			chain = chain[:i+1]
			break
		}
	}
	avoid := make(map[game.Hex]bool, len(chain))
	for _, h := range chain {
		avoid[h] = true
	}
	path, ok := b.connect(chain[len(chain)-1], in, avoid)
	if !ok {
		b.warnf("%s: cannot reach the water it joins", what)
	}
	return append(chain, path...)
}

// connect finds the shortest path from start through land and lakes
// (avoiding places and the hexes in avoid) to a hex next to the target.
// The path excludes start.
func (b *builder) connect(start game.Hex, in func(game.Hex) bool, avoid map[game.Hex]bool) ([]game.Hex, bool) {
	touches := func(h game.Hex) bool { return b.touchesFn(h, in) }
	if touches(start) {
		return nil, true
	}
	parent := map[game.Hex]game.Hex{start: start}
	frontier := []game.Hex{start}
	for depth := 0; depth < joinSearch && len(frontier) > 0; depth++ {
		var next []game.Hex
		for _, h := range frontier {
			for _, n := range b.g.Neighbours(h) {
				if _, seen := parent[n]; seen || avoid[n] || in(n) || b.siteAt[n] != nil || b.at(n) == Sea {
					continue
				}
				parent[n] = h
				if touches(n) {
					return pathTo(parent, start, n), true
				}
				next = append(next, n)
			}
		}
		frontier = next
	}
	return nil, false
}

// touchesFn reports whether a neighbour of h passes the test.
func (b *builder) touchesFn(h game.Hex, in func(game.Hex) bool) bool {
	for _, n := range b.g.Neighbours(h) {
		if in(n) {
			return true
		}
	}
	return false
}

func pathTo(parent map[game.Hex]game.Hex, start, end game.Hex) []game.Hex {
	var out []game.Hex
	for h := end; h != start; h = parent[h] {
		out = append(out, h)
	}
	return reverseHexes(out)
}

// paintWaterways paints each waterway's land hexes with its terrain; water
// already there (a lake, a greater river) stays.
func (b *builder) paintWaterways() error {
	for _, w := range b.ways {
		if w.spec.Terrain == 0 {
			continue
		}
		for _, h := range w.hexes {
			if IsLand(b.at(h)) {
				b.set(h, w.spec.Terrain)
			}
		}
	}
	return nil
}

func reverseHexes(hs []game.Hex) []game.Hex {
	out := make([]game.Hex, len(hs))
	for i, h := range hs {
		out[len(hs)-1-i] = h
	}
	return out
}

func reversePts(ps []Pt) {
	for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
		ps[i], ps[j] = ps[j], ps[i]
	}
}

func longestPt(lines [][]Pt) []Pt {
	best, bestLen := lines[0], -1.0
	for _, l := range lines {
		if n := PolylineLength(l); n > bestLen {
			best, bestLen = l, n
		}
	}
	return best
}
