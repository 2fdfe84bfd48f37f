package mapgen

import (
	"fmt"
	"math"
	"strings"
)

// joinTol is how close (degrees) two line ends must be to be joined.
const joinTol = 0.03

// assembleLine builds a waterway's line, in degrees, from its parts.
func assembleLine(spec *WaterwaySpec, src *Source) ([]LonLat, error) {
	parts := make([][]LonLat, 0, len(spec.Parts))
	for i := range spec.Parts {
		p, err := partLine(&spec.Parts[i], src)
		if err != nil {
			return nil, fmt.Errorf("%s part %d: %w", spec.Name, i+1, err)
		}
		parts = append(parts, p)
	}
	orientParts(parts)
	var line []LonLat
	for _, p := range parts {
		if len(line) > 0 && llDist(line[len(line)-1], p[0]) < 1e-9 {
			p = p[1:]
		}
		line = append(line, p...)
	}
	if spec.Mouth != nil && llDist(line[0], *spec.Mouth) < llDist(line[len(line)-1], *spec.Mouth) {
		reverseLL(line)
	}
	return line, nil
}

// partLine returns the line of one part.
func partLine(p *Part, src *Source) ([]LonLat, error) {
	switch {
	case len(p.Points) > 0:
		return append([]LonLat(nil), p.Points...), nil
	case p.Historical != "":
		return historicalLine(src, p.Historical)
	case len(p.Rivers) > 0:
		return riverLine(p, src)
	}
	return nil, fmt.Errorf("empty part")
}

// historicalLine finds the historical feature whose name starts with prefix.
func historicalLine(src *Source, prefix string) ([]LonLat, error) {
	for _, f := range src.Historical {
		if strings.HasPrefix(f.Prop("name"), prefix) && len(f.Lines) > 0 {
			return append([]LonLat(nil), f.Lines[0]...), nil
		}
	}
	return nil, fmt.Errorf("no historical feature %q", prefix)
}

// riverLine merges the Natural Earth features of a part end to end, keeps
// the longest resulting line and cuts it to From/To.
func riverLine(p *Part, src *Source) ([]LonLat, error) {
	var pieces [][]LonLat
	for _, f := range src.Rivers {
		if !partWants(p, &f) {
			continue
		}
		for _, l := range f.Lines {
			if len(l) >= 2 {
				pieces = append(pieces, append([]LonLat(nil), l...))
			}
		}
	}
	if len(pieces) == 0 {
		return nil, fmt.Errorf("no river named %v", p.Rivers)
	}
	line := longest(mergePieces(pieces))
	return cutLine(line, p.From, p.To), nil
}

// partWants reports whether a Natural Earth river feature belongs to part p.
func partWants(p *Part, f *Feature) bool {
	name := f.Prop("name")
	found := false
	for _, r := range p.Rivers {
		found = found || r == name
	}
	if !found || (p.NoLakeLines && f.Prop("featurecla") == "Lake Centerline") {
		return false
	}
	if p.LonMin == 0 && p.LonMax == 0 {
		return true
	}
	for _, l := range f.Lines {
		for _, q := range l {
			if q[0] < p.LonMin || q[0] > p.LonMax {
				return false
			}
		}
	}
	return true
}

// mergePieces joins lines whose ends meet (within joinTol), reversing
// pieces as needed, until no two ends meet.
func mergePieces(pieces [][]LonLat) [][]LonLat {
	for {
		i, j, ok := findJoin(pieces)
		if !ok {
			return pieces
		}
		pieces[i] = joinPair(pieces[i], pieces[j])
		pieces = append(pieces[:j], pieces[j+1:]...)
	}
}

// findJoin finds the first pair of pieces with meeting ends.
func findJoin(pieces [][]LonLat) (int, int, bool) {
	for i := range pieces {
		for j := i + 1; j < len(pieces); j++ {
			if endsMeet(pieces[i], pieces[j]) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func endsMeet(a, b []LonLat) bool {
	ea := [2]LonLat{a[0], a[len(a)-1]}
	eb := [2]LonLat{b[0], b[len(b)-1]}
	for _, p := range ea {
		for _, q := range eb {
			if llDist(p, q) <= joinTol {
				return true
			}
		}
	}
	return false
}

// joinPair joins b to a at whichever ends meet.
func joinPair(a, b []LonLat) []LonLat {
	a = append([]LonLat(nil), a...)
	b = append([]LonLat(nil), b...)
	aEnd, bEnd := a[len(a)-1], b[len(b)-1]
	switch {
	case llDist(aEnd, b[0]) <= joinTol:
	case llDist(aEnd, bEnd) <= joinTol:
		reverseLL(b)
	case llDist(a[0], bEnd) <= joinTol:
		a, b = b, a
	default: // a's start meets b's start
		reverseLL(a)
	}
	return append(a, b[1:]...)
}

// longest returns the longest line (the first of equals).
func longest(lines [][]LonLat) []LonLat {
	best, bestLen := lines[0], -1.0
	for _, l := range lines {
		if n := llLength(l); n > bestLen {
			best, bestLen = l, n
		}
	}
	return best
}

// cutLine keeps the stretch of line between the points nearest from and to.
// With only to, it keeps the stretch from the end farther from to; with only
// from, the stretch to the end farther from from. The result runs from→to.
func cutLine(line []LonLat, from, to *LonLat) []LonLat {
	if from == nil && to == nil {
		return line
	}
	if from == nil {
		if llDist(line[0], *to) < llDist(line[len(line)-1], *to) {
			reverseLL(line)
		}
		i := nearestVertex(line, *to)
		return line[:i+1]
	}
	if to == nil {
		if llDist(line[len(line)-1], *from) < llDist(line[0], *from) {
			reverseLL(line)
		}
		return line[nearestVertex(line, *from):]
	}
	i, j := nearestVertex(line, *from), nearestVertex(line, *to)
	if i > j {
		reverseLL(line)
		i, j = len(line)-1-i, len(line)-1-j
	}
	return line[i : j+1]
}

func nearestVertex(line []LonLat, p LonLat) int {
	best, bestD := 0, math.Inf(1)
	for i, q := range line {
		if d := llDist(q, p); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// orientParts turns parts so that each starts where the previous ended.
func orientParts(parts [][]LonLat) {
	if len(parts) < 2 {
		return
	}
	// The first part faces the second.
	first, second := parts[0], parts[1]
	if minEndDist(first[0], second) < minEndDist(first[len(first)-1], second) {
		reverseLL(first)
	}
	for i := 1; i < len(parts); i++ {
		prevEnd := parts[i-1][len(parts[i-1])-1]
		p := parts[i]
		if llDist(p[len(p)-1], prevEnd) < llDist(p[0], prevEnd) {
			reverseLL(p)
		}
	}
}

func minEndDist(p LonLat, line []LonLat) float64 {
	return math.Min(llDist(p, line[0]), llDist(p, line[len(line)-1]))
}

func llDist(a, b LonLat) float64 { return math.Hypot(a[0]-b[0], a[1]-b[1]) }

func llLength(line []LonLat) float64 {
	s := 0.0
	for i := 1; i < len(line); i++ {
		s += llDist(line[i-1], line[i])
	}
	return s
}

func reverseLL(line []LonLat) {
	for i, j := 0, len(line)-1; i < j; i, j = i+1, j-1 {
		line[i], line[j] = line[j], line[i]
	}
}
