package render

import (
	"math"
	"testing"

	"github.com/BurntSushi/toml"

	"jinsong/game"
	"jinsong/internal/ui"
	"jinsong/scenarios"
)

func TestHexAtFindsEveryHexFromInsideIt(t *testing.T) {
	for row := -2; row < 12; row++ {
		for col := -2; col < 12; col++ {
			h := game.Hex{Col: col, Row: row}
			x, y := Centre(h)
			if got := HexAt(x, y); got != h {
				t.Fatalf("centre of %v maps to %v", h, got)
			}
			// Points 90% of the way to each corner are still inside.
			for _, c := range Corners {
				if got := HexAt(x+c[0]*0.9, y+c[1]*0.9); got != h {
					t.Fatalf("near corner %v of %v maps to %v", c, h, got)
				}
			}
		}
	}
}

func TestNeighbourCentresAreOneHexApart(t *testing.T) {
	for _, h := range []game.Hex{{Col: 4, Row: 4}, {Col: 4, Row: 5}} {
		x, y := Centre(h)
		for _, n := range h.Neighbours() {
			nx, ny := Centre(n)
			if d := math.Hypot(nx-x, (ny-y)*RowH); math.Abs(d-1) > 1e-9 {
				t.Errorf("%v to neighbour %v: distance %.4f hex widths", h, n, d)
			}
			// The midpoint between two neighbours lies on their shared edge:
			// it must belong to one of the two.
			if m := HexAt((x+nx)/2+1e-6*(nx-x), (y+ny)/2+1e-6*(ny-y)); m != n {
				t.Errorf("just past the edge from %v towards %v lies %v", h, n, m)
			}
		}
	}
}

func TestCameraRoundTripsAndZoomsAboutTheCursor(t *testing.T) {
	cam := Camera{X: 10, Y: 8, Zoom: 50, View: ui.R(100, 40, 1200, 800)}
	sx, sy := cam.ToScreen(13.5, 6.25)
	x, y := cam.ToWorld(sx, sy)
	if math.Abs(x-13.5) > 1e-9 || math.Abs(y-6.25) > 1e-9 {
		t.Fatalf("round trip gives %.3f,%.3f", x, y)
	}
	if cx, cy := cam.ToScreen(10, 8); cx != 700 || cy != 440 {
		t.Fatalf("the camera point should be at the view's centre, got %.1f,%.1f", cx, cy)
	}
	wx, wy := cam.ToWorld(300, 200)
	cam.ZoomAt(300, 200, 1.5)
	if cam.Zoom != 75 {
		t.Fatalf("zoom = %.1f", cam.Zoom)
	}
	if nx, ny := cam.ToWorld(300, 200); math.Abs(nx-wx) > 1e-9 || math.Abs(ny-wy) > 1e-9 {
		t.Fatal("zooming moved the point under the cursor")
	}
	cam.ZoomAt(300, 200, 1000)
	if cam.Zoom != MaxZoom {
		t.Fatalf("zoom should stop at %d, got %.1f", MaxZoom, cam.Zoom)
	}
	cam.Pan(100, 0)
	if nx, _ := cam.ToWorld(400, 200); math.Abs(nx-wx) > 1e-9 {
		t.Fatal("dragging right by 100 px should bring the same point under a cursor 100 px right")
	}
	cam.Fit(0, 0, 40, 30)
	if c0, r0, c1, r1 := cam.Visible(); c0 > 0 || r0 > 0 || c1 < 40 || r1 < 30 {
		t.Fatalf("after Fit the whole rectangle should be visible: %d,%d–%d,%d", c0, r0, c1, r1)
	}
	if h := cam.HexUnder(cam.HexCentre(game.Hex{Col: 7, Row: 9})); h != (game.Hex{Col: 7, Row: 9}) {
		t.Fatalf("HexUnder(HexCentre) = %v", h)
	}
}

func TestFormatStrength(t *testing.T) {
	for _, c := range []struct {
		n     int
		naval bool
		want  string
	}{
		{800, false, "800"}, {1000, false, "1k"}, {2500, false, "2.5k"}, {12000, false, "12k"},
		{12600, false, "13k"}, {45, true, "45"}, {9950, false, "9.9k"},
	} {
		if got := FormatStrength(c.n, c.naval); got != c.want {
			t.Errorf("FormatStrength(%d, %v) = %q, want %q", c.n, c.naval, got, c.want)
		}
	}
}

func TestFlattenIsSmoothAndPassesThroughPoints(t *testing.T) {
	l := Line{Kind: "river", Points: [][2]float64{{0, 0}, {4, 2}, {8, 0}, {12, 3}}}
	fl := flatten(l, 20)
	if len(fl.pts) < 2*20 {
		t.Fatalf("only %d points: the curve is not subdivided", len(fl.pts)/2)
	}
	for _, p := range l.Points {
		found := false
		for i := 0; i+1 < len(fl.pts); i += 2 {
			if math.Hypot(fl.pts[i]-p[0]*20, fl.pts[i+1]-p[1]*RowH*20) < 1e-6 {
				found = true
			}
		}
		if !found {
			t.Errorf("the curve misses the line's point %v", p)
		}
	}
	if fl.minX != 0 || fl.maxX != 240 {
		t.Errorf("bounds x %.1f..%.1f", fl.minX, fl.maxX)
	}
	if len(lineStyles["river"]) == 0 || len(lineStyles["coast"]) == 0 || len(lineStyles["canal"]) == 0 {
		t.Error("rivers, coasts and canals need a style")
	}
}

func TestEveryRulesetSymbolAndTerrainIsDrawn(t *testing.T) {
	var r game.Ruleset
	if _, err := toml.DecodeFS(scenarios.FS, "rulesets/standard.toml", &r); err != nil {
		t.Fatal(err)
	}
	for id, c := range r.Classes {
		if !KnownSymbol(c.Symbol) {
			t.Errorf("class %s: no drawing for counter symbol %q", id, c.Symbol)
		}
	}
	for id, tr := range r.Terrain {
		if _, ok := ui.ParseHex(tr.Colour); !ok {
			t.Errorf("terrain %s: colour %q is not #rrggbb", id, tr.Colour)
		}
	}
}

// A sliding unit starts on its old hex, passes each hex of its path in
// turn and ends on its new one.
func TestSlideFollowsItsPath(t *testing.T) {
	path := []game.Hex{{Col: 2, Row: 2}, {Col: 3, Row: 2}, {Col: 3, Row: 3}}
	at := func(t float64) (float64, float64) { return Slide{Unit: "u", Path: path, T: t}.At() }
	for _, c := range []struct {
		t float64
		h game.Hex
	}{{-1, path[0]}, {0, path[0]}, {0.5, path[1]}, {1, path[2]}, {2, path[2]}} {
		x, y := at(c.t)
		wx, wy := Centre(c.h)
		if math.Abs(x-wx) > 1e-9 || math.Abs(y-wy) > 1e-9 {
			t.Errorf("at %.1f of the way the unit is at (%.2f, %.2f), want the centre of %v (%.2f, %.2f)", c.t, x, y, c.h, wx, wy)
		}
	}
	// In between it lies on the segment of the path it is crossing.
	x, y := at(0.3)
	x0, y0 := Centre(path[0])
	x1, y1 := Centre(path[1])
	if cross := (x1-x0)*(y-y0) - (y1-y0)*(x-x0); math.Abs(cross) > 1e-9 || x <= x0 || x >= x1 {
		t.Errorf("at 0.3 of the way the unit is at (%.2f, %.2f), off the first step of its path", x, y)
	}
	if x, y := (Slide{}).At(); x != 0 || y != 0 {
		t.Errorf("a slide without a path is at (%v, %v)", x, y)
	}
}
