package mapgen

import (
	"fmt"
	"io"
	"math"

	"github.com/BurntSushi/toml"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// Board is a decoded map file with helpers to look at it: the tests check
// the committed map through it and the preview draws it.
type Board struct {
	scenario.MapFile
	Cols, Rows int
}

// ReadMap decodes a map file and checks that its rows form a rectangle.
func ReadMap(r io.Reader) (*Board, error) {
	var mf scenario.MapFile
	if _, err := toml.NewDecoder(r).Decode(&mf); err != nil {
		return nil, err
	}
	rows := mf.Map.Rows
	if len(rows) == 0 {
		return nil, fmt.Errorf("map has no rows")
	}
	for i, row := range rows {
		if len(row) != len(rows[0]) {
			return nil, fmt.Errorf("row %d has %d hexes, row 0 has %d", i, len(row), len(rows[0]))
		}
	}
	return &Board{MapFile: mf, Cols: len(rows[0]), Rows: len(rows)}, nil
}

// In reports whether h lies on the board.
func (b *Board) In(h game.Hex) bool {
	return h.Col >= 0 && h.Row >= 0 && h.Col < b.Cols && h.Row < b.Rows
}

// At is the terrain symbol of h (0 off the board).
func (b *Board) At(h game.Hex) byte {
	if !b.In(h) {
		return 0
	}
	return b.Map.Rows[h.Row][h.Col]
}

// Site returns the site with the given id.
func (b *Board) Site(id string) (scenario.Site, bool) {
	for _, s := range b.Sites {
		if s.ID == id {
			return s, true
		}
	}
	return scenario.Site{}, false
}

// SiteHex is the hex of a site (and false if there is no such site).
func (b *Board) SiteHex(id string) (game.Hex, bool) {
	s, ok := b.Site(id)
	return game.Hex{Col: s.Col, Row: s.Row}, ok
}

// HexAt is the hex at a longitude and latitude, by the map's projection.
func (b *Board) HexAt(lon, lat float64) game.Hex {
	g := Grid{Box: Box{LonMin: b.Map.LonMin, LatMax: b.Map.LatMax}, HexKm: b.Map.HexKm}
	return HexAt(g.Project(lon, lat))
}

// Lines returns the lines with the given name.
func (b *Board) Lines(name string) []scenario.Line {
	var out []scenario.Line
	for _, l := range b.MapFile.Lines {
		if l.Name == name {
			out = append(out, l)
		}
	}
	return out
}

// LineHexes lists the hexes of a line drawn through hex centres (a
// waterway's line), filling in the straight runs between its points.
func LineHexes(l scenario.Line) []game.Hex {
	var out []game.Hex
	for i, p := range l.Points {
		h := hexOfPoint(p)
		if i == 0 {
			out = append(out, h)
			continue
		}
		out = append(out, straightRun(out[len(out)-1], h)...)
	}
	return out
}

// hexOfPoint is the hex whose centre is at hex-space point p.
func hexOfPoint(p []float64) game.Hex {
	row := int(math.Round(p[1]))
	return game.Hex{Col: int(math.Round(p[0] - 0.5*float64(row&1))), Row: row}
}

// straightRun lists the hexes after a up to c stepping straight from centre
// to centre.
func straightRun(a, c game.Hex) []game.Hex {
	n := game.Distance(a, c)
	if n == 0 {
		return nil
	}
	unit := HexCentre(c).Sub(HexCentre(a)).Scale(1 / float64(n))
	out := make([]game.Hex, 0, n)
	for k := 1; k <= n; k++ {
		out = append(out, HexAt(HexCentre(a).Add(unit.Scale(float64(k)))))
	}
	return out
}
