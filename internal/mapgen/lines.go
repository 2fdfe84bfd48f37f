package mapgen

import (
	"math"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// Line tuning, in hex units.
const (
	coastTolerance = 0.2 // Douglas–Peucker tolerance of coast and border lines
	minLineLength  = 1.0 // shorter pieces of coast are dropped
)

// lines returns the map's lines: each waterway as the chain of its hex
// centres, then the coast and the historical lines.
func (b *builder) lines() []scenario.Line {
	var out []scenario.Line
	for _, w := range b.ways {
		if len(w.hexes) >= 2 {
			out = append(out, scenario.Line{Kind: w.spec.Kind, Name: w.spec.Name, Points: chainPoints(w.hexes)})
		}
	}
	out = append(out, b.coastLines()...)
	for _, hl := range b.cfg.HistoricalLines {
		for _, f := range b.src.Historical {
			if f.Prop("kind") != hl.FeatureKind {
				continue
			}
			for _, l := range f.Lines {
				out = append(out, b.geoLines(hl.LineKind, f.Prop("name"), b.project(l))...)
			}
		}
	}
	return out
}

// chainPoints lists a chain's hex centres in hex space, leaving out those
// in the middle of straight runs: every hex of the chain is a point of the
// line or lies on the straight step between two points.
func chainPoints(chain []game.Hex) [][]float64 {
	var out [][]float64
	for i, h := range chain {
		if i > 0 && i+1 < len(chain) && step(chain[i-1], h) == step(h, chain[i+1]) {
			continue
		}
		xy := HexSpace(HexCentre(h))
		out = append(out, []float64{round2(xy[0]), round2(xy[1])})
	}
	return out
}

// step is the hex-space offset from a to c.
func step(a, c game.Hex) [2]float64 {
	pa, pc := HexSpace(HexCentre(a)), HexSpace(HexCentre(c))
	return [2]float64{pc[0] - pa[0], pc[1] - pa[1]}
}

// coastLines draws the coast of the land polygons, leaving out the stretches
// inside the period's sea polygons (whose own coast is a historical line).
func (b *builder) coastLines() []scenario.Line {
	var out []scenario.Line
	for _, f := range b.src.Land {
		for _, r := range f.Rings {
			ring := b.project(r)
			if len(ring) < 3 || RingArea(ring) < b.cfg.MinIslandArea {
				continue
			}
			for _, part := range b.outsideSea(ring) {
				out = append(out, b.geoLines("coast", "Coast", part)...)
			}
		}
	}
	return out
}

// outsideSea splits a closed ring into the stretches whose points lie
// outside the sea polygons.
func (b *builder) outsideSea(ring []Pt) [][]Pt {
	start := -1
	for i, p := range ring {
		if !b.seaShape.Contains(p) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	var out [][]Pt
	var cur []Pt
	for k := 0; k <= len(ring); k++ {
		p := ring[(start+k)%len(ring)]
		if b.seaShape.Contains(p) {
			if len(cur) >= 2 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, p)
	}
	if len(cur) >= 2 {
		out = append(out, cur)
	}
	return out
}

// geoLines clips a line to the map, simplifies it and converts it to
// hex space; pieces shorter than minLineLength are dropped.
func (b *builder) geoLines(kind, name string, line []Pt) []scenario.Line {
	var out []scenario.Line
	for _, piece := range ClipPolyline(line, b.g.Rect()) {
		if PolylineLength(piece) < minLineLength {
			continue
		}
		var pts [][]float64
		for _, p := range Simplify(piece, coastTolerance) {
			xy := HexSpace(p)
			pts = append(pts, []float64{round2(xy[0]), round2(xy[1])})
		}
		out = append(out, scenario.Line{Kind: kind, Name: name, Points: pts})
	}
	return out
}

func round2(v float64) float64 {
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0 // no negative zero
	}
	return r
}
