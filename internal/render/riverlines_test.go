package render

import "testing"

// A river line is drawn only over water hexes: when an event moves a river
// (the Yellow River breach of 1128), the old course's line disappears where
// its bed ran dry and the new one's appears along the new bed.
func TestRiverLinesFollowTheWater(t *testing.T) {
	const cols, rows = 6, 4
	ter := &Terrain{cols: cols, rows: rows, hexes: make([]Hex, cols*rows), lines: []Line{
		{Kind: "river", Name: "old", Points: [][2]float64{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}}},
		{Kind: "river_after_1128", Name: "new", Points: [][2]float64{{0, 2}, {2, 2}, {4, 2}, {5, 2}}},
		{Kind: "border", Name: "border", Points: [][2]float64{{0.5, 3}, {5.5, 3}}},
	}}
	wet := func(row, c0, c1 int, w bool) {
		for c := c0; c <= c1; c++ {
			ter.hexes[row*cols+c].Water = w
		}
	}
	names := func() map[string]int {
		n := map[string]int{}
		for _, l := range ter.drawnLines() {
			n[l.Name] += len(l.Points)
		}
		return n
	}
	wet(0, 0, 5, true)
	if got := names(); got["old"] != 6 || got["new"] != 0 || got["border"] != 2 {
		t.Fatalf("before the breach: points drawn %v, want old 6, new 0, border 2", got)
	}
	wet(0, 3, 5, false) // the breach: the bed runs dry downstream of it
	wet(2, 0, 5, true)
	if got := names(); got["old"] != 3 || got["new"] != 4 || got["border"] != 2 {
		t.Fatalf("after the breach: points drawn %v, want old 3 (upstream only), new 4, border 2", got)
	}
}
