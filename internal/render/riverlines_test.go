package render

import "testing"

// A river line is drawn only while the hexes under it are water: when an
// event moves a river (the Yellow River breach of 1128), the old course's
// line disappears and the new one's appears.
func TestRiverLinesFollowTheWater(t *testing.T) {
	const cols, rows = 6, 4
	ter := &Terrain{cols: cols, rows: rows, hexes: make([]Hex, cols*rows), lines: []Line{
		{Kind: "river", Points: [][2]float64{{0, 1}, {2, 1}, {4, 1}, {5, 1}}},            // along row 1
		{Kind: "river_after_1128", Points: [][2]float64{{0, 3}, {2, 3}, {4, 3}, {5, 3}}}, // along row 3
		{Kind: "border", Points: [][2]float64{{0, 2}, {5, 2}}},                           // never hidden
	}}
	water := func(row int, wet bool) {
		for c := 0; c < cols; c++ {
			ter.hexes[row*cols+c].Water = wet
		}
	}
	water(1, true)
	ter.hidden = ter.hiddenLines()
	if !ter.LineShown(0) || ter.LineShown(1) || !ter.LineShown(2) {
		t.Fatalf("before the breach: shown %v %v %v, want true false true", ter.LineShown(0), ter.LineShown(1), ter.LineShown(2))
	}
	water(1, false)
	water(3, true)
	ter.hidden = ter.hiddenLines()
	if ter.LineShown(0) || !ter.LineShown(1) || !ter.LineShown(2) {
		t.Fatalf("after the breach: shown %v %v %v, want false true true", ter.LineShown(0), ter.LineShown(1), ter.LineShown(2))
	}
}
