package mapgen

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func ptNear(a, b Pt) bool { return near(a.X, b.X) && near(a.Y, b.Y) }

func TestPointInRing(t *testing.T) {
	square := []Pt{{0, 0}, {4, 0}, {4, 4}, {0, 4}}
	// A "C" shape: the notch from x=1..4, y=1..3 is outside.
	cShape := []Pt{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {4, 3}, {4, 4}, {0, 4}}
	cases := []struct {
		ring []Pt
		p    Pt
		in   bool
	}{
		{square, Pt{2, 2}, true},
		{square, Pt{5, 2}, false},
		{square, Pt{-1, 2}, false},
		{square, Pt{2, 4.5}, false},
		{square, Pt{0.001, 3.999}, true},
		{cShape, Pt{0.5, 2}, true},
		{cShape, Pt{2, 2}, false},
		{cShape, Pt{2, 0.5}, true},
		{cShape, Pt{2, 3.5}, true},
		// A ray through a vertex (y = 1) must count it once.
		{cShape, Pt{-1, 1}, false},
		{[]Pt{{0, 0}, {2, 1}, {0, 2}}, Pt{-1, 1}, false},
		{[]Pt{{0, 0}, {2, 1}, {0, 2}}, Pt{1, 1}, true},
	}
	for i, c := range cases {
		if got := PointInRing(c.p, c.ring); got != c.in {
			t.Errorf("case %d: PointInRing(%v) = %v, want %v", i, c.p, got, c.in)
		}
	}
}

func TestShapeHolesAndIslands(t *testing.T) {
	outer := []Pt{{0, 0}, {10, 0}, {10, 10}, {0, 10}}
	hole := []Pt{{3, 3}, {7, 3}, {7, 7}, {3, 7}}
	island := []Pt{{20, 20}, {22, 20}, {21, 22}}
	s := NewShape([][]Pt{outer, hole, island})
	for _, c := range []struct {
		p  Pt
		in bool
	}{
		{Pt{1, 1}, true}, {Pt{5, 5}, false}, {Pt{8, 5}, true}, {Pt{21, 20.5}, true},
		{Pt{15, 15}, false}, {Pt{-1, 5}, false}, {Pt{5, 9.99}, true}, {Pt{20.2, 21.5}, false},
	} {
		if got := s.Contains(c.p); got != c.in {
			t.Errorf("Contains(%v) = %v, want %v", c.p, got, c.in)
		}
		// The index must agree with the plain even–odd test.
		plain := PointInRing(c.p, outer) != PointInRing(c.p, hole) != PointInRing(c.p, island)
		if plain != c.in {
			t.Errorf("plain test at %v = %v", c.p, plain)
		}
	}
	if NewShape(nil).Contains(Pt{}) {
		t.Errorf("an empty shape contains a point")
	}
}

func TestSegments(t *testing.T) {
	a, b := Pt{0, 0}, Pt{4, 0}
	if q, tt := ClosestOnSegment(Pt{1, 3}, a, b); !ptNear(q, Pt{1, 0}) || !near(tt, 0.25) {
		t.Errorf("closest %v t %v", q, tt)
	}
	if q, tt := ClosestOnSegment(Pt{-2, 1}, a, b); !ptNear(q, a) || tt != 0 {
		t.Errorf("closest before start %v %v", q, tt)
	}
	if d := SegmentDist(Pt{7, 4}, a, b); !near(d, 5) {
		t.Errorf("distance past the end %v, want 5", d)
	}
	if d := SegmentDist(Pt{1, 1}, a, a); !near(d, math.Sqrt2) {
		t.Errorf("distance to a point-segment %v", d)
	}
	for _, c := range []struct {
		a, b, c, d Pt
		want       bool
	}{
		{Pt{0, 0}, Pt{4, 4}, Pt{0, 4}, Pt{4, 0}, true},      // crossing
		{Pt{0, 0}, Pt{4, 0}, Pt{2, 0}, Pt{2, 3}, true},      // T touch
		{Pt{0, 0}, Pt{4, 0}, Pt{0, 1}, Pt{4, 1}, false},     // parallel
		{Pt{0, 0}, Pt{4, 0}, Pt{3, 0}, Pt{6, 0}, true},      // collinear overlap
		{Pt{0, 0}, Pt{4, 0}, Pt{5, 0}, Pt{6, 0}, false},     // collinear apart
		{Pt{0, 0}, Pt{1, 1}, Pt{2, 0}, Pt{3, -5}, false},    // apart
		{Pt{0, 0}, Pt{2, 2}, Pt{2, 2}, Pt{3, 0}, true},      // shared end
		{Pt{0, 0}, Pt{2, 2}, Pt{0.5, 1.5}, Pt{1, 3}, false}, // near miss
	} {
		if got := SegmentsIntersect(c.a, c.b, c.c, c.d); got != c.want {
			t.Errorf("SegmentsIntersect(%v-%v, %v-%v) = %v", c.a, c.b, c.c, c.d, got)
		}
	}
}

func TestNearestOnPolyline(t *testing.T) {
	line := []Pt{{0, 0}, {4, 0}, {4, 4}}
	n := NearestOnPolyline(Pt{5, 2}, line)
	if !near(n.Dist, 1) || !ptNear(n.At, Pt{4, 2}) || n.Seg != 1 || !ptNear(n.Dir, Pt{0, 1}) {
		t.Errorf("nearest %+v", n)
	}
	if n := NearestOnPolyline(Pt{1, 1}, []Pt{{0, 0}}); !near(n.Dist, math.Sqrt2) {
		t.Errorf("one-point line %+v", n)
	}
	if !near(PolylineLength(line), 8) {
		t.Errorf("length %v", PolylineLength(line))
	}
}

func TestSimplify(t *testing.T) {
	line := []Pt{{0, 0}, {1, 0.05}, {2, -0.05}, {3, 0}, {3, 3}, {3.05, 4}, {3, 5}}
	got := Simplify(line, 0.1)
	want := []Pt{{0, 0}, {3, 0}, {3, 5}}
	if len(got) != len(want) {
		t.Fatalf("Simplify = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Simplify = %v, want %v", got, want)
		}
	}
	for _, p := range line {
		if NearestOnPolyline(p, got).Dist > 0.1 {
			t.Errorf("%v is %v from the simplified line", p, NearestOnPolyline(p, got).Dist)
		}
	}
	if got := Simplify(line[:2], 1); len(got) != 2 {
		t.Errorf("a two-point line lost points: %v", got)
	}
}

func TestClip(t *testing.T) {
	r := Rect{Pt{0, 0}, Pt{10, 10}}
	a, b, ok := ClipSegment(Pt{-5, 5}, Pt{15, 5}, r)
	if !ok || !ptNear(a, Pt{0, 5}) || !ptNear(b, Pt{10, 5}) {
		t.Errorf("clip through: %v %v %v", a, b, ok)
	}
	if _, _, ok := ClipSegment(Pt{-5, -5}, Pt{-1, 20}, r); ok {
		t.Errorf("a segment outside was kept")
	}
	// In, out, in again: two pieces.
	line := []Pt{{2, 2}, {2, 12}, {5, 12}, {5, 5}, {8, 5}}
	pieces := ClipPolyline(line, r)
	if len(pieces) != 2 {
		t.Fatalf("pieces %v", pieces)
	}
	if !ptNear(pieces[0][1], Pt{2, 10}) || !ptNear(pieces[1][0], Pt{5, 10}) || !ptNear(pieces[1][2], Pt{8, 5}) {
		t.Errorf("pieces %v", pieces)
	}
}

func TestRingArea(t *testing.T) {
	if a := RingArea([]Pt{{0, 0}, {4, 0}, {4, 3}, {0, 3}}); !near(a, 12) {
		t.Errorf("area %v", a)
	}
	if a := RingArea([]Pt{{0, 0}, {0, 3}, {4, 3}, {4, 0}}); !near(a, 12) {
		t.Errorf("clockwise area %v", a)
	}
}
