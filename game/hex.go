package game

import "fmt"

// Hex is a map position in "odd-r" offset coordinates: pointy-top hexes,
// Col counts west to east, Row north to south, and odd rows are pushed
// half a hex to the east. Row 0 is the northern edge of the map.
//
// Offset coordinates match how map files store terrain (one string per row);
// distance and neighbour maths convert to cube coordinates internally.
type Hex struct {
	Col int `json:"col" toml:"col"`
	Row int `json:"row" toml:"row"`
}

// String formats the hex as "col,row".
func (h Hex) String() string { return fmt.Sprintf("%d,%d", h.Col, h.Row) }

// neighbour offsets for even and odd rows, clockwise from east.
var neighbourOffsets = [2][6][2]int{
	{{+1, 0}, {0, +1}, {-1, +1}, {-1, 0}, {-1, -1}, {0, -1}},
	{{+1, 0}, {+1, +1}, {0, +1}, {-1, 0}, {0, -1}, {+1, -1}},
}

// Neighbours returns the six adjacent hexes (some may lie off the map).
func (h Hex) Neighbours() [6]Hex {
	var out [6]Hex
	par := h.Row & 1
	for i, d := range neighbourOffsets[par] {
		out[i] = Hex{h.Col + d[0], h.Row + d[1]}
	}
	return out
}

// cube converts offset coordinates to cube coordinates (x, y, z with x+y+z=0).
func (h Hex) cube() (x, y, z int) {
	x = h.Col - (h.Row-(h.Row&1))/2
	z = h.Row
	y = -x - z
	return
}

// Distance is the number of hex steps between a and b.
func Distance(a, b Hex) int {
	ax, ay, az := a.cube()
	bx, by, bz := b.cube()
	return max(abs(ax-bx), abs(ay-by), abs(az-bz))
}

// Adjacent reports whether a and b share an edge.
func Adjacent(a, b Hex) bool { return Distance(a, b) == 1 }

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
