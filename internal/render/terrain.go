package render

import (
	"image"
	"image/color"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"jinsong/game"
	"jinsong/internal/ui"
)

// TileSize is the side of a terrain tile in pixels.
const TileSize = 512

// settleTime is how long the zoom must stay still before tiles are redrawn
// at the new zoom; until then the old tiles are drawn scaled.
const settleTime = 150 * time.Millisecond

// Glyph is a small picture drawn in a hex to show its terrain at a glance.
type Glyph uint8

// Terrain glyphs.
const (
	GlyphNone Glyph = iota
	GlyphPeaks
	GlyphHills
	GlyphTrees
	GlyphMarsh
	GlyphPaddy
	GlyphDunes
	GlyphPass
	GlyphWaves
)

// TerrainGlyphs maps terrain ids of the ruleset to their glyph. Terrains a
// mod adds without an entry are drawn as plain colour.
var TerrainGlyphs = map[string]Glyph{
	"mountains": GlyphPeaks,
	"hills":     GlyphHills,
	"forest":    GlyphTrees,
	"marsh":     GlyphMarsh,
	"paddy":     GlyphPaddy,
	"steppe":    GlyphDunes,
	"pass":      GlyphPass,
	"sea":       GlyphWaves,
}

// Hex is what the terrain layer draws for one hex.
type Hex struct {
	Fill  color.RGBA // terrain colour with any tint already blended in
	Glyph Glyph
	// Territory is the colour of the side whose territory the hex is (zero
	// for none): a line in that colour runs inside the territory's edge.
	Territory color.RGBA
	// Water marks a navigable hex: river lines are drawn only where their
	// hexes are water, so a river that changes course (the Yellow River in
	// 1128) is drawn on its new bed and no longer on its old one.
	Water bool
}

type tileKey struct{ i, j int }

type tile struct {
	img   *ebiten.Image
	dirty bool
}

// generation is a set of tiles drawn at one zoom.
type generation struct {
	zoom  float64
	tiles map[tileKey]*tile
}

// Terrain is the map's terrain layer: hexes, grid, glyphs and lines, drawn
// into tiles at the current zoom and redrawn only when the zoom settles or
// hexes change.
type Terrain struct {
	cols, rows int
	hexes      []Hex
	lines      []Line
	drawn      []Line // the lines as drawn: rivers only where they run over water
	flat       []flatLine
	flatZoom   float64

	cur, prev *generation
	lastZoom  float64
	zoomedAt  time.Time
	pool      []*ebiten.Image
	white     *ebiten.Image
	vs        []ebiten.Vertex
	is        []uint32
	Budget    time.Duration // time per frame for drawing tiles (0: no limit)
	// Background fills the view around the map; tiles are opaque, so the
	// view needs no other fill (every full pass over the screen counts
	// under software rendering).
	Background color.RGBA
	TilesDrawn int // tiles drawn during the last Draw (for benchmarks)
	Pending    int // visible tiles still missing after the last Draw
	now        func() time.Time
	glyphs     map[glyphKey]*ebiten.Image
	// Version changes whenever what the layer draws may have changed (a
	// tile drawn, hexes or lines changed, a new zoom): the map view keeps
	// a picture of the still map while it stays the same.
	Version uint64
}

// NewTerrain makes the layer for a cols × rows map with lines drawn over it.
func NewTerrain(cols, rows int, lines []Line) *Terrain {
	white := ebiten.NewImage(3, 3)
	white.Fill(color.White)
	return &Terrain{cols: cols, rows: rows, hexes: make([]Hex, cols*rows), lines: lines,
		white: white.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image), Budget: 8 * time.Millisecond, now: time.Now,
		Background: color.RGBA{0x1e, 0x2b, 0x3a, 0xff}}
}

// SetHexes replaces what is drawn on each hex (row-major, cols × rows) and
// marks the tiles whose hexes changed for redrawing.
func (t *Terrain) SetHexes(hexes []Hex) {
	for i := range t.hexes {
		if i < len(hexes) && hexes[i] != t.hexes[i] {
			t.hexes[i] = hexes[i]
			t.markHex(i%t.cols, i/t.cols)
		}
	}
	drawn := t.drawnLines()
	if !slices.EqualFunc(drawn, t.drawn, sameLine) {
		t.drawn = drawn
		t.flatZoom = 0 // flatten the lines again
		t.Invalidate()
	}
}

// isRiver reports whether a line kind is a river (or a variant of one).
func isRiver(kind string) bool { return kind == "river" || strings.HasPrefix(kind, "river_") }

// wet reports whether the hex under hex-space point p is water.
func (t *Terrain) wet(p [2]float64) bool {
	row := int(math.Round(p[1]))
	col := int(math.Round(p[0] - 0.5*float64(row&1)))
	return col >= 0 && row >= 0 && col < t.cols && row < t.rows && t.hexes[row*t.cols+col].Water
}

// drawnLines is what is drawn of the lines: every line but rivers whole,
// and each river cut to the stretches that run over water, so a river that
// changes course is drawn on its new bed and no longer on its old one.
func (t *Terrain) drawnLines() []Line {
	var out []Line
	for _, l := range t.lines {
		if !isRiver(l.Kind) {
			out = append(out, l)
			continue
		}
		var run [][2]float64
		flush := func() {
			if len(run) >= 2 {
				out = append(out, Line{Kind: l.Kind, Name: l.Name, Points: run})
			}
			run = nil
		}
		for _, p := range l.Points {
			if t.wet(p) {
				run = append(run, p)
			} else {
				flush()
			}
		}
		flush()
	}
	return out
}

func sameLine(a, b Line) bool {
	return a.Kind == b.Kind && a.Name == b.Name && slices.Equal(a.Points, b.Points)
}

func (t *Terrain) markHex(col, row int) {
	t.Version++
	for _, g := range []*generation{t.cur, t.prev} {
		if g == nil {
			continue
		}
		x, y := Centre(game.Hex{Col: col, Row: row})
		z := g.zoom
		x0, x1 := int(math.Floor((x-0.6)*z/TileSize)), int(math.Floor((x+0.6)*z/TileSize))
		y0, y1 := int(math.Floor((y-0.7)*RowH*z/TileSize)), int(math.Floor((y+0.7)*RowH*z/TileSize))
		for i := x0; i <= x1; i++ {
			for j := y0; j <= y1; j++ {
				if tl := g.tiles[tileKey{i, j}]; tl != nil {
					tl.dirty = true
				}
			}
		}
	}
}

// Draw paints the terrain seen by cam onto dst.
func (t *Terrain) Draw(dst *ebiten.Image, cam *Camera) {
	now := t.now()
	if cam.Zoom != t.lastZoom {
		t.lastZoom, t.zoomedAt = cam.Zoom, now
	}
	settled := now.Sub(t.zoomedAt) >= settleTime || t.cur == nil || t.Budget == 0
	if t.cur == nil || (t.cur.zoom != cam.Zoom && settled) {
		if t.prev != nil {
			t.release(t.prev)
		}
		t.prev = t.cur
		t.cur = &generation{zoom: cam.Zoom, tiles: map[tileKey]*tile{}}
		t.Version++
	}
	t.TilesDrawn, t.Pending = 0, 0
	deadline := now.Add(t.Budget)
	sub := dst.SubImage(cam.View.Image()).(*ebiten.Image)
	covered := t.drawGeneration(sub, cam, t.cur, true, deadline)
	// Fill the strips of the view beyond the tiles.
	v := cam.View
	covered = covered.Intersect(v.Image())
	if covered.Empty() {
		ui.FillRect(sub, v, t.Background)
		return
	}
	x0, y0, x1, y1 := float64(covered.Min.X), float64(covered.Min.Y), float64(covered.Max.X), float64(covered.Max.Y)
	for _, r := range []ui.Rect{
		{X: v.X, Y: v.Y, W: v.W, H: y0 - v.Y},
		{X: v.X, Y: y1, W: v.W, H: v.Bottom() - y1},
		{X: v.X, Y: y0, W: x0 - v.X, H: y1 - y0},
		{X: x1, Y: y0, W: v.Right() - x1, H: y1 - y0},
	} {
		if r.W > 0 && r.H > 0 {
			ui.FillRect(sub, r, t.Background)
		}
	}
}

// drawGeneration draws g's visible tiles. With render set it first draws
// missing or dirty tiles while the frame's budget lasts, and where a tile is
// still missing it shows the previous generation instead (or the
// background). It returns the screen rectangle the tiles cover.
func (t *Terrain) drawGeneration(dst *ebiten.Image, cam *Camera, g *generation, render bool, deadline time.Time) image.Rectangle {
	z := g.zoom
	s := cam.Zoom / z // scale from the generation's pixels to the screen
	// World pixel (at zoom z) shown at the view's top-left corner.
	ox := cam.X*z - (cam.View.W/2)/s
	oy := cam.Y*RowH*z - (cam.View.H/2)/s
	if s == 1 {
		ox, oy = math.Floor(ox), math.Floor(oy)
	}
	i0, j0 := int(math.Floor(ox/TileSize)), int(math.Floor(oy/TileSize))
	i1 := int(math.Floor((ox + cam.View.W/s) / TileSize))
	j1 := int(math.Floor((oy + cam.View.H/s) / TileSize))
	maxI, maxJ := int(math.Ceil(float64(t.cols+1)*z/TileSize)), int(math.Ceil(float64(t.rows+1)*RowH*z/TileSize))
	var covered image.Rectangle
	for j := max(j0, -1); j <= min(j1, maxJ); j++ {
		for i := max(i0, -1); i <= min(i1, maxI); i++ {
			k := tileKey{i, j}
			tl := g.tiles[k]
			if render && (tl == nil || tl.dirty) && (t.Budget == 0 || t.TilesDrawn == 0 || t.now().Before(deadline)) {
				if tl == nil {
					tl = &tile{img: t.newImage()}
					g.tiles[k] = tl
				}
				t.renderTile(tl, i, j, z)
				t.TilesDrawn++
			}
			// Screen rectangle of the tile.
			sx0, sy0 := (float64(i*TileSize)-ox)*s+cam.View.X, (float64(j*TileSize)-oy)*s+cam.View.Y
			sr := image.Rect(int(math.Floor(sx0)), int(math.Floor(sy0)), int(math.Ceil(sx0+TileSize*s)), int(math.Ceil(sy0+TileSize*s)))
			covered = covered.Union(sr)
			if render && (tl == nil || tl.dirty) {
				t.Pending++
				if r := sr.Intersect(dst.Bounds()); !r.Empty() {
					sub := dst.SubImage(r).(*ebiten.Image)
					ui.FillRect(sub, ui.Rect{X: float64(r.Min.X), Y: float64(r.Min.Y), W: float64(r.Dx()), H: float64(r.Dy())}, t.Background)
					if t.prev != nil {
						t.drawGeneration(sub, cam, t.prev, false, time.Time{})
					}
				}
				if tl == nil {
					continue
				}
			}
			if tl == nil {
				continue
			}
			op := &ebiten.DrawImageOptions{}
			op.GeoM.Scale(s, s)
			op.GeoM.Translate(sx0, sy0)
			if s != 1 {
				op.Filter = ebiten.FilterLinear
			} else {
				op.Blend = ebiten.BlendCopy // tiles are opaque
			}
			dst.DrawImage(tl.img, op)
		}
	}
	return covered
}

func (t *Terrain) newImage() *ebiten.Image {
	if n := len(t.pool); n > 0 {
		img := t.pool[n-1]
		t.pool = t.pool[:n-1]
		img.Clear()
		return img
	}
	return ebiten.NewImage(TileSize, TileSize)
}

func (t *Terrain) release(g *generation) {
	for _, tl := range g.tiles {
		if len(t.pool) < 64 {
			t.pool = append(t.pool, tl.img)
		} else {
			tl.img.Deallocate()
		}
	}
	g.tiles = nil
}

// Invalidate forgets every tile (after the lines or the map changed).
func (t *Terrain) Invalidate() {
	t.Version++
	for _, g := range []*generation{t.cur, t.prev} {
		if g != nil {
			for _, tl := range g.tiles {
				tl.dirty = true
			}
		}
	}
}

// renderTile draws tile (i, j) at zoom z.
func (t *Terrain) renderTile(tl *tile, i, j int, z float64) {
	t.Version++
	tl.img.Fill(t.Background)
	tl.dirty = false
	rx, ry := float64(i*TileSize), float64(j*TileSize)
	col0 := int(math.Floor(rx/z)) - 1
	col1 := int(math.Ceil((rx+TileSize)/z)) + 1
	row0 := int(math.Floor(ry/(RowH*z))) - 1
	row1 := int(math.Ceil((ry+TileSize)/(RowH*z))) + 1
	col0, row0 = max(col0, 0), max(row0, 0)
	col1, row1 = min(col1, t.cols-1), min(row1, t.rows-1)
	vs, is := t.vs[:0], t.is[:0]
	hexPos := func(col, row int) (float64, float64) {
		x, y := Centre(game.Hex{Col: col, Row: row})
		return x*z - rx, y*RowH*z - ry
	}
	for row := row0; row <= row1; row++ {
		for col := col0; col <= col1; col++ {
			h := t.hexes[row*t.cols+col]
			cx, cy := hexPos(col, row)
			base := uint32(len(vs))
			r, g, b, a := float32(h.Fill.R)/255, float32(h.Fill.G)/255, float32(h.Fill.B)/255, float32(h.Fill.A)/255
			for _, c := range Corners {
				// Grow each hex by a hair so neighbours overlap and no seam shows.
				vs = append(vs, ebiten.Vertex{
					DstX: float32(cx + c[0]*z*1.01), DstY: float32(cy + c[1]*RowH*z*1.01),
					SrcX: 1, SrcY: 1, ColorR: r, ColorG: g, ColorB: b, ColorA: a,
				})
			}
			is = append(is, base, base+1, base+2, base, base+2, base+3, base, base+3, base+4, base, base+4, base+5)
		}
	}
	if len(vs) > 0 {
		tl.img.DrawTriangles32(vs, is, t.white, &ebiten.DrawTrianglesOptions{})
	}
	if z >= 10 {
		vs, is = t.gridEdges(vs[:0], is[:0], col0, row0, col1, row1, rx, ry, z)
		if len(vs) > 0 {
			tl.img.DrawTriangles32(vs, is, t.white, &ebiten.DrawTrianglesOptions{})
		}
	}
	vs, is = t.territoryEdges(vs[:0], is[:0], col0, row0, col1, row1, rx, ry, z)
	if len(vs) > 0 {
		tl.img.DrawTriangles32(vs, is, t.white, &ebiten.DrawTrianglesOptions{})
	}
	t.vs, t.is = vs, is
	if z >= 22 {
		t.drawGlyphs(tl.img, col0, row0, col1, row1, rx, ry, z)
	}
	if t.flatZoom != z {
		t.flat = t.flat[:0]
		for _, l := range t.drawn {
			t.flat = append(t.flat, flatten(l, z))
		}
		t.flatZoom = z
	}
	for k := range t.flat {
		t.flat[k].draw(tl.img, rx, ry, TileSize, TileSize, z)
	}
}

// edgeNeighbour is the neighbour (index into game.Hex.Neighbours) across
// the edge from corner k to corner k+1.
var edgeNeighbour = [6]int{5, 0, 1, 2, 3, 4}

// gridEdges appends thin quads along hex edges. Each edge shared by two
// hexes is drawn once (by the hex whose edges 0–2 it is).
func (t *Terrain) gridEdges(vs []ebiten.Vertex, is []uint32, col0, row0, col1, row1 int, rx, ry, z float64) ([]ebiten.Vertex, []uint32) {
	w := math.Max(1, z*0.018)
	alpha := float32(math.Min(0.28, 0.1+z/400))
	for row := row0; row <= row1; row++ {
		for col := col0; col <= col1; col++ {
			h := game.Hex{Col: col, Row: row}
			cx, cy := Centre(h)
			cx, cy = cx*z-rx, cy*RowH*z-ry
			nb := h.Neighbours()
			for k := 0; k < 6; k++ {
				n := nb[edgeNeighbour[k]]
				inside := n.Col >= 0 && n.Row >= 0 && n.Col < t.cols && n.Row < t.rows
				if k >= 3 && inside {
					continue
				}
				a, b := Corners[k], Corners[(k+1)%6]
				x0, y0 := cx+a[0]*z, cy+a[1]*RowH*z
				x1, y1 := cx+b[0]*z, cy+b[1]*RowH*z
				dx, dy := x1-x0, y1-y0
				l := math.Hypot(dx, dy)
				nx, ny := -dy/l*w/2, dx/l*w/2
				base := uint32(len(vs))
				for _, p := range [4][2]float64{{x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny}, {x0 - nx, y0 - ny}} {
					vs = append(vs, ebiten.Vertex{DstX: float32(p[0]), DstY: float32(p[1]), SrcX: 1, SrcY: 1, ColorA: alpha})
				}
				is = append(is, base, base+1, base+2, base, base+2, base+3)
			}
		}
	}
	return vs, is
}

// territoryEdges appends a band along each edge where a side's territory
// meets another's or none, on the inside of the territory.
func (t *Terrain) territoryEdges(vs []ebiten.Vertex, is []uint32, col0, row0, col1, row1 int, rx, ry, z float64) ([]ebiten.Vertex, []uint32) {
	w := math.Max(2, z*0.06)
	for row := row0; row <= row1; row++ {
		for col := col0; col <= col1; col++ {
			h := t.hexes[row*t.cols+col]
			if h.Territory.A == 0 {
				continue
			}
			hx := game.Hex{Col: col, Row: row}
			cx, cy := Centre(hx)
			cx, cy = cx*z-rx, cy*RowH*z-ry
			nb := hx.Neighbours()
			r, g, b := float32(h.Territory.R)/255, float32(h.Territory.G)/255, float32(h.Territory.B)/255
			for k := 0; k < 6; k++ {
				n := nb[edgeNeighbour[k]]
				if n.Col >= 0 && n.Row >= 0 && n.Col < t.cols && n.Row < t.rows && t.hexes[n.Row*t.cols+n.Col].Territory == h.Territory {
					continue
				}
				a, c := Corners[k], Corners[(k+1)%6]
				// Outer edge and the same edge moved towards the centre.
				x0, y0 := cx+a[0]*z, cy+a[1]*RowH*z
				x1, y1 := cx+c[0]*z, cy+c[1]*RowH*z
				f := 1 - w/(z*0.5)
				x2, y2 := cx+c[0]*z*f, cy+c[1]*RowH*z*f
				x3, y3 := cx+a[0]*z*f, cy+a[1]*RowH*z*f
				base := uint32(len(vs))
				for i, p := range [4][2]float64{{x0, y0}, {x1, y1}, {x2, y2}, {x3, y3}} {
					alpha := float32(0.7)
					if i >= 2 {
						alpha = 0.05
					}
					vs = append(vs, ebiten.Vertex{DstX: float32(p[0]), DstY: float32(p[1]), SrcX: 1, SrcY: 1,
						ColorR: r, ColorG: g, ColorB: b, ColorA: alpha}) // straight alpha
				}
				is = append(is, base, base+1, base+2, base, base+2, base+3)
			}
		}
	}
	return vs, is
}

// drawGlyphs draws the terrain glyphs of the hexes in range from small
// sprites, one per glyph and zoom. (Stroking every glyph of a tile as vector
// paths costs hundreds of megabytes of stencil vertices in Ebitengine 2.10.)
func (t *Terrain) drawGlyphs(dst *ebiten.Image, col0, row0, col1, row1 int, rx, ry, z float64) {
	for row := row0; row <= row1; row++ {
		for col := col0; col <= col1; col++ {
			h := t.hexes[row*t.cols+col]
			if h.Glyph == GlyphNone {
				continue
			}
			img := t.glyphSprite(h.Glyph, z)
			cx, cy := Centre(game.Hex{Col: col, Row: row})
			op := &ebiten.DrawImageOptions{}
			b := img.Bounds()
			op.GeoM.Translate(math.Round(cx*z-rx)-float64(b.Dx()/2), math.Round(cy*RowH*z-ry)-float64(b.Dy()/2))
			dst.DrawImage(img, op)
		}
	}
}

type glyphKey struct {
	g Glyph
	z int
}

// glyphSprite returns the picture of glyph g for hexes z pixels wide.
func (t *Terrain) glyphSprite(g Glyph, z float64) *ebiten.Image {
	k := glyphKey{g, int(math.Round(z))}
	if img, ok := t.glyphs[k]; ok {
		return img
	}
	if t.glyphs == nil {
		t.glyphs = map[glyphKey]*ebiten.Image{}
	}
	zz := float64(k.z)
	size := int(zz*0.8) | 1
	img := ebiten.NewImage(size, size)
	var dark, light vector.Path
	c := float32(size / 2)
	glyphPath(&dark, &light, g, c, c, float32(zz))
	w := float32(math.Max(1, zz*0.03))
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(color.RGBA{0x30, 0x2a, 0x20, 0x70})
	vector.StrokePath(img, &dark, &vector.StrokeOptions{Width: w, LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}, op)
	op2 := &vector.DrawPathOptions{AntiAlias: true}
	op2.ColorScale.ScaleWithColor(color.RGBA{0xff, 0xff, 0xff, 0x50})
	vector.StrokePath(img, &light, &vector.StrokeOptions{Width: w, LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}, op2)
	t.glyphs[k] = img
	return img
}

// glyphPath adds the strokes of glyph g centred at (x, y) for a hex z
// pixels wide: dark strokes to d, light ones to l.
func glyphPath(d, l *vector.Path, g Glyph, x, y, z float32) {
	u := z / 10 // glyph unit
	switch g {
	case GlyphPeaks:
		for _, o := range [][2]float32{{-1.6, 0.6}, {1.4, 1.0}} {
			bx, by := x+o[0]*u, y+o[1]*u
			d.MoveTo(bx-1.8*u, by+1.2*u)
			d.LineTo(bx, by-1.8*u)
			d.LineTo(bx+1.8*u, by+1.2*u)
			l.MoveTo(bx, by-1.8*u)
			l.LineTo(bx-0.5*u, by-0.9*u)
		}
	case GlyphPass:
		d.MoveTo(x-3*u, y+1*u)
		d.LineTo(x-1.5*u, y-1.5*u)
		d.LineTo(x-0.5*u, y+0.5*u)
		d.MoveTo(x+0.5*u, y+0.5*u)
		d.LineTo(x+1.5*u, y-1.5*u)
		d.LineTo(x+3*u, y+1*u)
	case GlyphHills:
		for _, o := range [][2]float32{{-1.5, 0.5}, {1.5, 1.2}} {
			bx, by := x+o[0]*u, y+o[1]*u
			d.MoveTo(bx-1.8*u, by+0.6*u)
			d.QuadTo(bx, by-1.6*u, bx+1.8*u, by+0.6*u)
		}
	case GlyphTrees:
		for _, o := range [][2]float32{{-1.7, 0.8}, {0, -1}, {1.7, 0.8}} {
			bx, by := x+o[0]*u, y+o[1]*u
			d.MoveTo(bx, by+1.5*u)
			d.LineTo(bx, by+0.5*u)
			// A circle made of cubic curves: Path.Arc over a full turn, in
			// a stroked path, costs hundreds of megabytes in Ebitengine 2.10.
			ellipse(d, bx, by-0.3*u, 0.8*u, 0.8*u)
		}
	case GlyphMarsh:
		for k, o := range [][2]float32{{-1, -1}, {1, 0.2}, {-0.5, 1.4}} {
			bx, by := x+o[0]*u, y+o[1]*u
			ww := float32(1.6 - 0.3*float32(k%2))
			d.MoveTo(bx-ww*u, by)
			d.LineTo(bx+ww*u, by)
			l.MoveTo(bx-0.4*u, by-0.6*u)
			l.LineTo(bx-0.4*u, by-0.05*u)
		}
	case GlyphPaddy:
		for k := float32(-1); k <= 1; k++ {
			d.MoveTo(x-2*u, y+k*1.1*u)
			d.LineTo(x+2*u, y+k*1.1*u)
		}
		d.MoveTo(x, y-1.6*u)
		d.LineTo(x, y+1.6*u)
	case GlyphDunes:
		for _, o := range [][2]float32{{-1.4, -0.6}, {1.2, 0.9}} {
			bx, by := x+o[0]*u, y+o[1]*u
			d.MoveTo(bx-1.4*u, by+0.3*u)
			d.QuadTo(bx-0.4*u, by-0.7*u, bx+0.4*u, by-0.2*u)
			d.QuadTo(bx+0.9*u, by+0.1*u, bx+1.4*u, by-0.3*u)
		}
	case GlyphWaves:
		for _, o := range [][2]float32{{-1, -0.7}, {1, 0.9}} {
			bx, by := x+o[0]*u, y+o[1]*u
			l.MoveTo(bx-1.2*u, by)
			l.QuadTo(bx-0.6*u, by-0.6*u, bx, by)
			l.QuadTo(bx+0.6*u, by+0.6*u, bx+1.2*u, by)
		}
	}
}

// Settled reports whether the last Draw showed every tile of the view at
// the camera's zoom, nothing left to draw.
func (t *Terrain) Settled(cam *Camera) bool {
	return t.cur != nil && t.cur.zoom == cam.Zoom && t.Pending == 0
}

// CurZoom is the zoom of the tiles in use (for tests).
func (t *Terrain) CurZoom() float64 {
	if t.cur == nil {
		return 0
	}
	return t.cur.zoom
}
