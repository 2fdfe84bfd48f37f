package mapgen

import "math"

// Pt is a point in the plane. The pipeline works in "hex units": kilometres
// divided by the hex size, so that neighbouring hex centres are exactly 1
// apart and distances are the same in every direction.
type Pt struct{ X, Y float64 }

// Add returns p+q.
func (p Pt) Add(q Pt) Pt { return Pt{p.X + q.X, p.Y + q.Y} }

// Sub returns p-q.
func (p Pt) Sub(q Pt) Pt { return Pt{p.X - q.X, p.Y - q.Y} }

// Scale returns p*k.
func (p Pt) Scale(k float64) Pt { return Pt{p.X * k, p.Y * k} }

// Dot is the dot product of p and q.
func (p Pt) Dot(q Pt) float64 { return p.X*q.X + p.Y*q.Y }

// Cross is the z component of the cross product of p and q: positive when q
// turns counter-clockwise from p in a y-up frame (clockwise on a y-down map).
func (p Pt) Cross(q Pt) float64 { return p.X*q.Y - p.Y*q.X }

// Len is the length of p.
func (p Pt) Len() float64 { return math.Hypot(p.X, p.Y) }

// Dist is the distance between p and q.
func Dist(p, q Pt) float64 { return p.Sub(q).Len() }

// Rect is an axis-aligned rectangle.
type Rect struct{ Min, Max Pt }

// Contains reports whether p lies in r (edges included).
func (r Rect) Contains(p Pt) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// Bounds is the smallest rectangle holding all points; the zero Rect for none.
func Bounds(pts []Pt) Rect {
	if len(pts) == 0 {
		return Rect{}
	}
	r := Rect{pts[0], pts[0]}
	for _, p := range pts[1:] {
		r.Min.X, r.Min.Y = min(r.Min.X, p.X), min(r.Min.Y, p.Y)
		r.Max.X, r.Max.Y = max(r.Max.X, p.X), max(r.Max.Y, p.Y)
	}
	return r
}

// ClosestOnSegment returns the point of segment ab nearest to p and its
// parameter t in [0,1] (0 at a, 1 at b).
func ClosestOnSegment(p, a, b Pt) (Pt, float64) {
	ab := b.Sub(a)
	l2 := ab.Dot(ab)
	if l2 == 0 {
		return a, 0
	}
	t := math.Max(0, math.Min(1, p.Sub(a).Dot(ab)/l2))
	return a.Add(ab.Scale(t)), t
}

// SegmentDist is the distance from p to segment ab.
func SegmentDist(p, a, b Pt) float64 {
	q, _ := ClosestOnSegment(p, a, b)
	return Dist(p, q)
}

// SegmentsIntersect reports whether the closed segments ab and cd share a point.
func SegmentsIntersect(a, b, c, d Pt) bool {
	d1 := orient(c, d, a)
	d2 := orient(c, d, b)
	d3 := orient(a, b, c)
	d4 := orient(a, b, d)
	if d1*d2 < 0 && d3*d4 < 0 {
		return true
	}
	return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b)) ||
		(d3 == 0 && onSegment(a, b, c)) || (d4 == 0 && onSegment(a, b, d))
}

// orient is the sign of the turn a→b→c: +1, -1 or 0 when collinear.
func orient(a, b, c Pt) float64 {
	v := b.Sub(a).Cross(c.Sub(a))
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

// onSegment reports whether p, known to be collinear with ab, lies within it.
func onSegment(a, b, p Pt) bool {
	return p.X >= min(a.X, b.X) && p.X <= max(a.X, b.X) && p.Y >= min(a.Y, b.Y) && p.Y <= max(a.Y, b.Y)
}

// Nearest describes where a polyline passes closest to a point.
type Nearest struct {
	Dist float64 // distance from the point to the polyline
	At   Pt      // nearest point on the polyline
	Seg  int     // index of the segment holding At
	Dir  Pt      // unit direction of that segment
}

// NearestOnPolyline finds the point of line nearest to p. A line of one
// point is treated as that point; an empty line gives Dist = +Inf.
func NearestOnPolyline(p Pt, line []Pt) Nearest {
	best := Nearest{Dist: math.Inf(1)}
	if len(line) == 1 {
		return Nearest{Dist: Dist(p, line[0]), At: line[0]}
	}
	for i := 0; i+1 < len(line); i++ {
		q, _ := ClosestOnSegment(p, line[i], line[i+1])
		if d := Dist(p, q); d < best.Dist {
			dir := line[i+1].Sub(line[i])
			if l := dir.Len(); l > 0 {
				dir = dir.Scale(1 / l)
			}
			best = Nearest{Dist: d, At: q, Seg: i, Dir: dir}
		}
	}
	return best
}

// PolylineLength is the total length of line.
func PolylineLength(line []Pt) float64 {
	s := 0.0
	for i := 1; i < len(line); i++ {
		s += Dist(line[i-1], line[i])
	}
	return s
}

// Simplify reduces line with the Douglas–Peucker algorithm: every dropped
// point lies within tol of the simplified line. The end points are kept.
func Simplify(line []Pt, tol float64) []Pt {
	if len(line) < 3 {
		return append([]Pt(nil), line...)
	}
	keep := make([]bool, len(line))
	keep[0], keep[len(line)-1] = true, true
	dpMark(line, 0, len(line)-1, tol, keep)
	out := make([]Pt, 0, len(line))
	for i, p := range line {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

func dpMark(line []Pt, i, j int, tol float64, keep []bool) {
	if j <= i+1 {
		return
	}
	far, farD := -1, tol
	for k := i + 1; k < j; k++ {
		if d := SegmentDist(line[k], line[i], line[j]); d > farD {
			far, farD = k, d
		}
	}
	if far < 0 {
		return
	}
	keep[far] = true
	dpMark(line, i, far, tol, keep)
	dpMark(line, far, j, tol, keep)
}

// ClipSegment clips segment ab to r (Liang–Barsky). ok is false when no part
// of the segment lies in r.
func ClipSegment(a, b Pt, r Rect) (Pt, Pt, bool) {
	t0, t1 := 0.0, 1.0
	d := b.Sub(a)
	edges := [4][2]float64{
		{-d.X, a.X - r.Min.X}, {d.X, r.Max.X - a.X},
		{-d.Y, a.Y - r.Min.Y}, {d.Y, r.Max.Y - a.Y},
	}
	for _, e := range edges {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return a, b, false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
		if t0 > t1 {
			return a, b, false
		}
	}
	return a.Add(d.Scale(t0)), a.Add(d.Scale(t1)), true
}

// ClipPolyline cuts line to the parts inside r, one polyline per stretch
// that stays inside.
func ClipPolyline(line []Pt, r Rect) [][]Pt {
	var out [][]Pt
	var cur []Pt
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	for i := 0; i+1 < len(line); i++ {
		a, b, ok := ClipSegment(line[i], line[i+1], r)
		if !ok {
			flush()
			continue
		}
		if len(cur) == 0 || cur[len(cur)-1] != a {
			flush()
			cur = []Pt{a}
		}
		cur = append(cur, b)
		if b != line[i+1] { // left the rectangle
			flush()
		}
	}
	flush()
	return out
}

// RingArea is the absolute area enclosed by ring (first point need not be
// repeated at the end).
func RingArea(ring []Pt) float64 {
	s := 0.0
	for i := range ring {
		j := (i + 1) % len(ring)
		s += ring[i].Cross(ring[j])
	}
	return math.Abs(s) / 2
}

// PointInRing reports whether p lies inside ring (even–odd rule, ray cast to
// +x). Points exactly on an edge may fall either way.
func PointInRing(p Pt, ring []Pt) bool {
	in := false
	for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
		if crossesRay(p, ring[j], ring[i]) {
			in = !in
		}
	}
	return in
}

// crossesRay reports whether edge ab crosses the ray from p towards +x.
// The half-open test on y counts a vertex lying on the ray once.
func crossesRay(p, a, b Pt) bool {
	if (a.Y > p.Y) == (b.Y > p.Y) {
		return false
	}
	x := a.X + (p.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y)
	return x > p.X
}

// Shape is a set of polygon rings (outer rings and holes alike) with an
// index for fast point-in-polygon tests. A point is inside when a ray from
// it crosses the rings an odd number of times, so holes and disjoint
// polygons need no special treatment.
type Shape struct {
	bounds   Rect
	y0, cell float64
	buckets  [][]edge
}

type edge struct{ a, b Pt }

// shapeCell is the height of an index bucket in hex units.
const shapeCell = 0.5

// NewShape indexes rings for Contains.
func NewShape(rings [][]Pt) *Shape {
	var all []Pt
	for _, r := range rings {
		all = append(all, r...)
	}
	s := &Shape{bounds: Bounds(all), cell: shapeCell}
	s.y0 = s.bounds.Min.Y
	n := int((s.bounds.Max.Y-s.y0)/s.cell) + 1
	s.buckets = make([][]edge, n)
	for _, r := range rings {
		for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
			e := edge{r[j], r[i]}
			lo := s.bucket(min(e.a.Y, e.b.Y))
			hi := s.bucket(max(e.a.Y, e.b.Y))
			for k := lo; k <= hi; k++ {
				s.buckets[k] = append(s.buckets[k], e)
			}
		}
	}
	return s
}

func (s *Shape) bucket(y float64) int {
	k := int((y - s.y0) / s.cell)
	return max(0, min(k, len(s.buckets)-1))
}

// Contains reports whether p lies inside the shape.
func (s *Shape) Contains(p Pt) bool {
	if len(s.buckets) == 0 || !s.bounds.Contains(p) {
		return false
	}
	in := false
	for _, e := range s.buckets[s.bucket(p.Y)] {
		if crossesRay(p, e.a, e.b) {
			in = !in
		}
	}
	return in
}

// Bounds is the bounding rectangle of the shape.
func (s *Shape) Bounds() Rect { return s.bounds }
