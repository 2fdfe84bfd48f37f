package mapgen

import (
	"math"

	"jinsong/game"
)

// Projection constants: equirectangular, east–west scale true at 33°N.
const (
	KmPerDegLat = 110.9
	trueLat     = 33.0
)

// KmPerDegLon is the east–west length of a degree of longitude at 33°N.
var KmPerDegLon = 111.32 * math.Cos(trueLat*math.Pi/180)

// rowStep is the distance between hex rows in hex units (pointy-top hexes).
var rowStep = math.Sqrt(3) / 2

// Box is a longitude/latitude rectangle in degrees.
type Box struct{ LonMin, LonMax, LatMin, LatMax float64 }

// Grid is the hex grid laid over a Box: pointy-top hexes in odd-r offset
// coordinates, HexKm from centre to centre. Hex (0,0) is centred on
// (LonMin, LatMax).
type Grid struct {
	Box
	HexKm      float64
	Cols, Rows int
}

// NewGrid sizes a grid to cover box with hexes of hexKm.
func NewGrid(box Box, hexKm float64) *Grid {
	g := &Grid{Box: box, HexKm: hexKm}
	w := (box.LonMax - box.LonMin) * KmPerDegLon / hexKm
	h := (box.LatMax - box.LatMin) * KmPerDegLat / hexKm / rowStep
	g.Cols = int(math.Floor(w)) + 1
	g.Rows = int(math.Floor(h)) + 1
	return g
}

// Project converts a longitude/latitude to hex units (x east, y south).
func (g *Grid) Project(lon, lat float64) Pt {
	return Pt{
		X: (lon - g.LonMin) * KmPerDegLon / g.HexKm,
		Y: (g.LatMax - lat) * KmPerDegLat / g.HexKm,
	}
}

// ProjectAll projects [lon, lat] pairs.
func (g *Grid) ProjectAll(ll [][2]float64) []Pt {
	out := make([]Pt, len(ll))
	for i, p := range ll {
		out[i] = g.Project(p[0], p[1])
	}
	return out
}

// Centre is the centre of hex h in hex units.
func (g *Grid) Centre(h game.Hex) Pt { return HexCentre(h) }

// HexCentre is the centre of hex h in hex units.
func HexCentre(h game.Hex) Pt {
	return Pt{float64(h.Col) + 0.5*float64(h.Row&1), float64(h.Row) * rowStep}
}

// HexSpace converts hex units to the map file's hex-space coordinates:
// x in hex widths, y in rows (row centres at integer y).
func HexSpace(p Pt) [2]float64 { return [2]float64{p.X, p.Y / rowStep} }

// FromHexSpace is the inverse of HexSpace.
func FromHexSpace(x, y float64) Pt { return Pt{x, y * rowStep} }

// HexAt returns the hex containing p (which may lie off the grid).
func HexAt(p Pt) game.Hex {
	// Axial coordinates for pointy-top hexes of width 1 (size 1/√3).
	s3 := math.Sqrt(3)
	q := (p.X*s3/3 - p.Y/3) * s3
	r := (2.0 / 3.0 * p.Y) * s3
	rq, rr := cubeRound(q, r)
	return game.Hex{Col: rq + (rr-(rr&1))/2, Row: rr}
}

// cubeRound rounds fractional axial coordinates to the nearest hex.
func cubeRound(q, r float64) (int, int) {
	s := -q - r
	rq, rr, rs := math.Round(q), math.Round(r), math.Round(s)
	dq, dr, ds := math.Abs(rq-q), math.Abs(rr-r), math.Abs(rs-s)
	switch {
	case dq > dr && dq > ds:
		rq = -rr - rs
	case dr > ds:
		rr = -rq - rs
	}
	return int(rq), int(rr)
}

// In reports whether h lies on the grid.
func (g *Grid) In(h game.Hex) bool {
	return h.Col >= 0 && h.Row >= 0 && h.Col < g.Cols && h.Row < g.Rows
}

// Index is the row-major index of h.
func (g *Grid) Index(h game.Hex) int { return h.Row*g.Cols + h.Col }

// HexOf is the hex at row-major index i.
func (g *Grid) HexOf(i int) game.Hex { return game.Hex{Col: i % g.Cols, Row: i / g.Cols} }

// Rect is the area covered by the grid's hexes, in hex units.
func (g *Grid) Rect() Rect {
	return Rect{Pt{-0.5, -0.5}, Pt{float64(g.Cols), float64(g.Rows-1)*rowStep + 0.5}}
}

// Neighbours lists the neighbours of h that lie on the grid.
func (g *Grid) Neighbours(h game.Hex) []game.Hex {
	out := make([]game.Hex, 0, 6)
	for _, n := range h.Neighbours() {
		if g.In(n) {
			out = append(out, n)
		}
	}
	return out
}

// Ring returns the hexes at exactly distance k from h that lie on the grid
// (h itself for k = 0), in row-major order.
func (g *Grid) Ring(h game.Hex, k int) []game.Hex {
	var out []game.Hex
	for r := h.Row - k; r <= h.Row+k; r++ {
		for c := h.Col - k - 1; c <= h.Col+k+1; c++ {
			n := game.Hex{Col: c, Row: r}
			if g.In(n) && game.Distance(h, n) == k {
				out = append(out, n)
			}
		}
	}
	return out
}

// hexSamples are offsets (hex units) of points spread over a hex, used to
// estimate what share of a hex a polygon covers: a triangular lattice of
// spacing 1/7 out to three rings (37 points).
var hexSamples = func() []Pt {
	var out []Pt
	const s = 1.0 / 7
	for r := -3; r <= 3; r++ {
		for q := -3; q <= 3; q++ {
			if abs(q+r) > 3 {
				continue
			}
			out = append(out, Pt{s * (float64(q) + float64(r)/2), s * float64(r) * rowStep})
		}
	}
	return out
}()

// Coverage is the share (0..1) of hex h's sample points inside shape.
func Coverage(h game.Hex, shape *Shape) float64 {
	c := HexCentre(h)
	b := shape.Bounds()
	if c.X < b.Min.X-1 || c.X > b.Max.X+1 || c.Y < b.Min.Y-1 || c.Y > b.Max.Y+1 {
		return 0
	}
	n := 0
	for _, o := range hexSamples {
		if shape.Contains(c.Add(o)) {
			n++
		}
	}
	return float64(n) / float64(len(hexSamples))
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
