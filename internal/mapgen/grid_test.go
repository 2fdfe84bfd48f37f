package mapgen

import (
	"math"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

func TestNewGrid(t *testing.T) {
	g := NewGrid(Box{LonMin: 100, LonMax: 128, LatMin: 22, LatMax: 48}, 20)
	// 28° × 93.4 km = 2614 km → 131 columns; 26° × 110.9 km / 17.3 km → 167 rows.
	if g.Cols != 131 || g.Rows != 167 {
		t.Errorf("grid %d×%d", g.Cols, g.Rows)
	}
	p := g.Project(100, 48)
	if !ptNear(p, Pt{}) {
		t.Errorf("the north-west corner projects to %v", p)
	}
	// One degree of latitude is 110.9 km: 5.545 hex units south.
	if p := g.Project(100, 47); !near(p.Y, 110.9/20) || p.X != 0 {
		t.Errorf("a degree south is %v", p)
	}
}

func TestHexAtInvertsCentre(t *testing.T) {
	for row := -2; row < 12; row++ {
		for col := -2; col < 12; col++ {
			h := game.Hex{Col: col, Row: row}
			c := HexCentre(h)
			if got := HexAt(c); got != h {
				t.Fatalf("HexAt(centre of %v) = %v", h, got)
			}
			// Points well inside the hex (inner radius 0.5) stay in it.
			for k := 0; k < 12; k++ {
				a := float64(k) * math.Pi / 6
				p := c.Add(Pt{0.45 * math.Cos(a), 0.45 * math.Sin(a)})
				if got := HexAt(p); got != h {
					t.Fatalf("HexAt(%v near %v) = %v", p, h, got)
				}
			}
		}
	}
}

func TestHexCentresMatchNeighbours(t *testing.T) {
	for _, h := range []game.Hex{{Col: 3, Row: 4}, {Col: 3, Row: 5}} {
		for _, n := range h.Neighbours() {
			if d := Dist(HexCentre(h), HexCentre(n)); !near(d, 1) {
				t.Errorf("neighbours %v and %v are %v apart", h, n, d)
			}
		}
	}
	// The map file's hex space: odd rows start half a hex east.
	xy := HexSpace(HexCentre(game.Hex{Col: 2, Row: 3}))
	if !near(xy[0], 2.5) || !near(xy[1], 3) {
		t.Errorf("hex space of 2,3: %v", xy)
	}
	if p := FromHexSpace(2.5, 3); !ptNear(p, HexCentre(game.Hex{Col: 2, Row: 3})) {
		t.Errorf("FromHexSpace: %v", p)
	}
}

func TestRing(t *testing.T) {
	g := &Grid{Cols: 20, Rows: 20}
	h := game.Hex{Col: 10, Row: 10}
	for k, want := range []int{1, 6, 12, 18} {
		ring := g.Ring(h, k)
		if len(ring) != want {
			t.Errorf("ring %d has %d hexes", k, len(ring))
		}
		for _, n := range ring {
			if game.Distance(h, n) != k {
				t.Errorf("ring %d holds %v", k, n)
			}
		}
	}
	if n := len(g.Ring(game.Hex{}, 1)); n != 2 {
		t.Errorf("corner ring on the grid: %d", n)
	}
}

func TestCoverage(t *testing.T) {
	h := game.Hex{Col: 5, Row: 5}
	c := HexCentre(h)
	whole := NewShape([][]Pt{{c.Add(Pt{-2, -2}), c.Add(Pt{2, -2}), c.Add(Pt{2, 2}), c.Add(Pt{-2, 2})}})
	if v := Coverage(h, whole); v != 1 {
		t.Errorf("full coverage %v", v)
	}
	west := NewShape([][]Pt{{c.Add(Pt{-2, -2}), c.Add(Pt{0, -2}), c.Add(Pt{0, 2}), c.Add(Pt{-2, 2})}})
	if v := Coverage(h, west); v < 0.35 || v > 0.65 {
		t.Errorf("half coverage %v", v)
	}
	far := NewShape([][]Pt{{{50, 50}, {51, 50}, {51, 51}}})
	if v := Coverage(h, far); v != 0 {
		t.Errorf("no coverage %v", v)
	}
}

func TestChainHelpers(t *testing.T) {
	a, b, c, d := game.Hex{Col: 0, Row: 0}, game.Hex{Col: 1, Row: 0}, game.Hex{Col: 2, Row: 0}, game.Hex{Col: 3, Row: 0}
	// A loop back to b is cut.
	loop := []game.Hex{a, b, {Col: 1, Row: 1}, {Col: 2, Row: 1}, b, c, d}
	if got := removeLoops(loop); len(got) != 4 || got[1] != b || got[2] != c {
		t.Errorf("removeLoops = %v", got)
	}
	// A dog-leg whose ends touch is straightened: 1,0 touches 1,1's
	// neighbour 2,0 directly.
	leg := []game.Hex{a, b, {Col: 1, Row: 1}, c, d}
	got := induce(leg)
	if len(got) != 4 || got[2] != c {
		t.Errorf("induce = %v", got)
	}
	for i := range got {
		for j := i + 2; j < len(got); j++ {
			if game.Adjacent(got[i], got[j]) {
				t.Errorf("induced chain touches itself at %v %v", got[i], got[j])
			}
		}
	}
}

func TestChainPointsRoundTrip(t *testing.T) {
	chain := []game.Hex{{Col: 0, Row: 0}, {Col: 1, Row: 0}, {Col: 2, Row: 0}, {Col: 3, Row: 0},
		{Col: 3, Row: 1}, {Col: 4, Row: 2}, {Col: 4, Row: 3}, {Col: 5, Row: 4}, {Col: 5, Row: 5}, {Col: 4, Row: 5}}
	pts := chainPoints(chain)
	if len(pts) >= len(chain) {
		t.Errorf("straight runs were not merged: %d points for %d hexes", len(pts), len(chain))
	}
	got := LineHexes(scenario.Line{Points: pts})
	if len(got) != len(chain) {
		t.Fatalf("LineHexes = %v, want %v", got, chain)
	}
	for i := range chain {
		if got[i] != chain[i] {
			t.Fatalf("LineHexes = %v, want %v", got, chain)
		}
	}
}

func TestMergePieces(t *testing.T) {
	// Three pieces of one river, one reversed, one a separate side stream.
	pieces := [][]LonLat{
		{{2, 0}, {3, 0}},
		{{1, 0}, {0, 0}}, // reversed
		{{1, 0}, {2, 0}},
		{{9, 9}, {9, 8}},
	}
	got := longest(mergePieces(pieces))
	want := []LonLat{{0, 0}, {1, 0}, {2, 0}, {3, 0}}
	if len(got) != 4 {
		t.Fatalf("merged %v", got)
	}
	if got[0] != want[0] {
		reverseLL(got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("merged %v, want %v", got, want)
		}
	}
	cut := cutLine(append([]LonLat(nil), want...), nil, &LonLat{2.1, 0.1})
	if len(cut) != 3 || cut[2] != (LonLat{2, 0}) {
		t.Errorf("cut to %v", cut)
	}
	cut = cutLine(append([]LonLat(nil), want...), &LonLat{3, 0}, &LonLat{1, 0})
	if len(cut) != 3 || cut[0] != (LonLat{3, 0}) || cut[2] != (LonLat{1, 0}) {
		t.Errorf("cut from-to %v", cut)
	}
}

func TestTomlValues(t *testing.T) {
	for in, want := range map[string]string{`plain`: `"plain"`, `a "b"`: `"a \"b\""`, `c\d`: `"c\\d"`, "e\nf": `"e\nf"`, "Lüliang": `"Lüliang"`} {
		if got := tomlString(in); got != want {
			t.Errorf("tomlString(%q) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[float64]string{20: "20.0", 0.5: "0.5", -3.25: "-3.25"} {
		if got := tomlFloat(in); got != want {
			t.Errorf("tomlFloat(%v) = %s, want %s", in, got, want)
		}
	}
}
