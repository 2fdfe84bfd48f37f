package scenario

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jinsong/game"
)

// maxMapSide is the most columns or rows a map may have.
const maxMapSide = 512

// mapCheck builds the map from [map] rows or a map file, applies the
// terrain overrides and checks the view.
func (b *builder) mapCheck() {
	d, m := b.d, &b.f.Map
	var rowsDoc *doc
	var rows []string
	switch {
	case !d.has("map"):
		d.errf("", "missing the [map] table (rows = [...] or file = \"...\")")
		return
	case d.has("map.file") && d.has("map.rows"):
		d.errf("map.file", "give either `file` or `rows` in [map], not both")
		return
	case d.has("map.file"):
		mf, md := b.loadMapFile(m.File)
		if mf == nil {
			return
		}
		b.mapF = mf
		rowsDoc, rows = md, mf.Map.Rows
		defer func() {
			if b.mapOK {
				b.checkMapFile(md, mf)
			}
		}()
	case d.has("map.rows"):
		rowsDoc, rows = d, m.Rows
	default:
		d.errf("map", "the map needs `rows` (one string of terrain symbols per row) or a `file`")
		return
	}
	if rowsDoc.suppressed("map.rows") {
		return
	}
	if !b.buildGrid(rowsDoc, "map.rows", rows) {
		return
	}
	for i, o := range m.Terrain {
		p := indexPath("map.terrain", i)
		h, ok := b.hexAt(joinKey(p, "at"), o.At)
		t := b.terrainRef(joinKey(p, "terrain"), o.Terrain)
		if ok && t != nil {
			b.st.SetTerrain(h, t)
		}
	}
	g := &b.st.Map
	b.view = [4]int{0, 0, g.Cols - 1, g.Rows - 1}
	if d.has("map.view") {
		b.viewCheck(m.View)
	}
}

// buildGrid makes the map cells from rows of terrain symbols (one
// character per hex) and reports rows of the wrong length and symbols the
// ruleset does not know. It sets mapOK when the rows make a good grid and
// terrainOK when every symbol is known too; it returns mapOK.
func (b *builder) buildGrid(d *doc, path string, rows []string) bool {
	if len(rows) == 0 {
		d.errf(path, "the map has no rows")
		return false
	}
	cols := utf8.RuneCountInString(rows[0])
	ok := true
	if len(rows) > maxMapSide {
		d.errf(path, "the map has %d rows (at most %d)", len(rows), maxMapSide)
		ok = false
	}
	if cols == 0 || cols > maxMapSide {
		d.errf(indexPath(path, 0), "row 0 has %d hexes (a map is 1 to %d hexes wide)", cols, maxMapSide)
		ok = false
	}
	for i, row := range rows {
		if n := utf8.RuneCountInString(row); n != cols && i > 0 {
			d.errf(indexPath(path, i), "row %d has %d hexes but row 0 has %d: every row must have the same length", i, n, cols)
			ok = false
		}
	}
	if !ok {
		b.unknownSymbols(d, path, rows)
		return false
	}
	b.st.Map = game.Map{Cols: cols, Rows: len(rows), Cells: make([]uint8, cols*len(rows))}
	b.mapOK = true
	b.terrainOK = b.unknownSymbols(d, path, rows)
	for r, row := range rows {
		c := 0
		for _, ch := range row {
			if t, ok := b.rules.TerrainBySymbol(byte(ch)); ok && ch < utf8.RuneSelf {
				b.st.SetTerrain(game.Hex{Col: c, Row: r}, t)
			}
			c++
		}
	}
	return true
}

// unknownSymbols reports each character of the rows that is no terrain's
// symbol, once, where it first appears. It returns true if there is none.
func (b *builder) unknownSymbols(d *doc, path string, rows []string) bool {
	type first struct {
		row, col, off, count int
	}
	found := map[rune]*first{}
	var order []rune
	for r, row := range rows {
		c := 0
		for off, ch := range row {
			if ch >= utf8.RuneSelf || !b.knownSymbol(byte(ch)) {
				if f := found[ch]; f != nil {
					f.count++
				} else {
					found[ch] = &first{r, c, off, 1}
					order = append(order, ch)
				}
			}
			c++
		}
	}
	for _, ch := range order {
		f := found[ch]
		msg := fmt.Sprintf("unknown terrain symbol `%s` in map row %d, column %d", string(ch), f.row, f.col)
		if f.count > 1 {
			msg += fmt.Sprintf(" (%s in all)", hexes(f.count))
		}
		msg += " (expected " + b.symbolList() + ")"
		ep := indexPath(path, f.row)
		if off, ok := d.ix.offset(ep); ok && plainString(d.ix.src[off:], rows[f.row]) {
			d.errAt(off+1+f.off, "%s", msg)
		} else {
			d.errf(ep, "%s", msg)
		}
	}
	return len(order) == 0
}

func (b *builder) knownSymbol(c byte) bool {
	_, ok := b.rules.TerrainBySymbol(c)
	return ok
}

// symbolList names the ruleset's symbols: "... `.` plain, `C` city".
func (b *builder) symbolList() string {
	var parts []string
	for _, id := range sortedKeys(b.rules.Terrain) {
		if s := b.rules.Terrain[id].Symbol; len(s) == 1 {
			parts = append(parts, fmt.Sprintf("`%s` %s", s, id))
		}
	}
	return "one of the ruleset's symbols: " + strings.Join(parts, ", ")
}

// plainString reports whether src starts with value written as a one-line
// string without escapes, so that its characters sit at known columns.
func plainString(src, value string) bool {
	if len(src) < 2 || (src[0] != '"' && src[0] != '\'') {
		return false
	}
	q := src[0]
	return strings.HasPrefix(src[1:], value) && len(src) > len(value)+1 && src[len(value)+1] == q
}

// hexAt checks a [col, row] pair at path. Off-map positions are reported
// only when the map is good (otherwise nothing can be said).
func (b *builder) hexAt(path string, at []int) (game.Hex, bool) {
	d := b.d
	if d.suppressed(path) {
		return game.Hex{}, false
	}
	if len(at) != 2 {
		d.errf(path, "%s must be [col, row], found %s", lastKey(path), numbers(len(at)))
		return game.Hex{}, false
	}
	h := game.Hex{Col: at[0], Row: at[1]}
	if !b.mapOK {
		return h, false
	}
	if !b.st.Map.In(h) {
		d.errf(path, "hex %s is off the map, which has %s", h, b.mapSize())
		return h, false
	}
	return h, true
}

// mapSize describes the map's extent for messages.
func (b *builder) mapSize() string {
	g := &b.st.Map
	return fmt.Sprintf("%d columns (0 to %d) and %d rows (0 to %d)", g.Cols, g.Cols-1, g.Rows, g.Rows-1)
}

// terrainRef checks that id at path names a terrain of the ruleset.
func (b *builder) terrainRef(path, id string) *game.Terrain {
	if id == "" {
		b.d.require(path, "a terrain id of the ruleset")
		if b.d.has(path) {
			b.d.errf(path, "terrain must not be empty")
		}
		return nil
	}
	t := b.rules.Terrain[id]
	if t == nil {
		b.d.errf(path, "unknown terrain `%s`%s", id, didYouMean(id, sortedKeys(b.rules.Terrain)))
	}
	return t
}

// viewCheck checks [map] view = [col0, row0, col1, row1].
func (b *builder) viewCheck(v []int) {
	d, g := b.d, &b.st.Map
	if d.suppressed("map.view") {
		return
	}
	if len(v) != 4 {
		d.errf("map.view", "view must be [col0, row0, col1, row1], found %s", numbers(len(v)))
		return
	}
	a, z := game.Hex{Col: v[0], Row: v[1]}, game.Hex{Col: v[2], Row: v[3]}
	switch {
	case !g.In(a) || !g.In(z):
		d.errf("map.view", "view %v reaches off the map, which has %s", v, b.mapSize())
	case a.Col > z.Col || a.Row > z.Row:
		d.errf("map.view", "view %v must list the north-west corner first: [col0, row0, col1, row1] with col0 <= col1 and row0 <= row1", v)
	default:
		b.view = [4]int{v[0], v[1], v[2], v[3]}
	}
}
