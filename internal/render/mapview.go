package render

import (
	"encoding/binary"
	"hash/fnv"
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"jinsong/game"
	"jinsong/internal/ui"
)

// TargetKind says what an order on a highlighted hex would do.
type TargetKind int

// Kinds of highlighted target.
const (
	TargetAttack   TargetKind = iota // melee: attack, assault or sally
	TargetBombard                    // in range of a weapon
	TargetBlockade                   // an enemy city that can be blockaded
	TargetLand                       // a hex a carried unit can land on
	TargetShip                       // a friendly ship the unit can board
)

// targetColours are the outline colours of targets.
var targetColours = map[TargetKind]color.RGBA{
	TargetAttack:   {0xe8, 0x2e, 0x22, 0xff},
	TargetBombard:  {0xff, 0x8c, 0x1a, 0xff},
	TargetBlockade: {0xb0, 0x62, 0xe8, 0xff},
	TargetLand:     {0x3c, 0xd0, 0xe8, 0xff},
	TargetShip:     {0x3c, 0xd0, 0xe8, 0xff},
}

// TargetColour is the outline colour of a kind of target (for legends).
func TargetColour(k TargetKind) color.RGBA { return targetColours[k] }

// Target is a hex highlighted as the object of an order.
type Target struct {
	Hex  game.Hex
	Kind TargetKind
}

// Arrow is a recent move or attack shown on the map (the computer's moves).
type Arrow struct {
	From, To game.Hex
	Colour   color.RGBA
	Alpha    float64 // 0..1, for fading
	Attack   bool
}

// Overlay is what the client wants highlighted this frame.
type Overlay struct {
	Selected  string     // selected unit id
	Reach     []game.Hex // hexes left unshaded: the selected unit's hex, moves and targets (nil: no shading)
	Targets   []Target
	Path      []game.Hex // previewed path, unit's hex first
	PathCost  int
	PathLabel string // text at the end of the path, e.g. "3 MP"
	Hover     *game.Hex
	Arrows    []Arrow
	// Slides are units on their way between hexes: each is drawn on its
	// path at its progress instead of on its hex.
	Slides []Slide
}

// Slide is a unit moving along Path (its old hex first, the hex it now
// stands on last), T of the way (0..1).
type Slide struct {
	Unit string
	Path []game.Hex
	T    float64
}

// At returns the hex-space point a share t (0..1) along the path, moving
// at an even speed from hex to hex and easing in and out at the ends.
func (s Slide) At() (x, y float64) {
	if len(s.Path) == 0 {
		return 0, 0
	}
	t := math.Min(math.Max(s.T, 0), 1)
	t = t * t * (3 - 2*t) // smoothstep
	f := t * float64(len(s.Path)-1)
	i := min(int(f), len(s.Path)-2)
	if i < 0 {
		return Centre(s.Path[0])
	}
	x0, y0 := Centre(s.Path[i])
	x1, y1 := Centre(s.Path[i+1])
	k := f - float64(i)
	return x0 + (x1-x0)*k, y0 + (y1-y0)*k
}

// PlaceStyle says how a place is drawn; Kind comes from the map's site
// (capital, city, fortress, pass, port...) when known.
type PlaceStyle struct {
	Kind string
}

// MapView draws the whole map of a game: terrain, places, units and the
// client's overlay.
type MapView struct {
	Cam      Camera
	Terrain  *Terrain
	Counters *Counters
	Fonts    *ui.Fonts
	Scale    float64           // UI scale, for label sizes
	Kinds    map[string]string // place id -> kind (capital, fortress, pass, ...)
	// LowMorale is the morale below which a counter shows the warning.
	LowMorale float64
	// Spent tells whether a unit of the side to move has nothing left to do
	// this turn (drawn faded); nil uses its moves and actions.
	Spent func(u *game.Unit) bool
	// SideColours, where set, replace the scenario's side colours (the
	// colour-blind-safe setting); SetState applies them.
	SideColours map[string]color.RGBA

	state       *game.State
	sides       map[string]color.RGBA
	white       *ebiten.Image
	vs          []ebiten.Vertex
	is          []uint32
	labels      []labelBox
	names       []drawnName // the names written, in screen pixels
	markers     map[markerKey]*ebiten.Image
	markerOrder []markerKey
	// Drawn counts what the last Draw drew, for benchmarks.
	Drawn struct{ Counters, Labels, Places int }
	// Still counts the frames whose still map (terrain, shading, places,
	// names) was copied from the kept picture rather than drawn, for benchmarks.
	Still int
	// NoStill turns off the kept picture of the still map (benchmarks
	// compare with and without it).
	NoStill bool

	still stillLayer
}

// stillLayer is a picture of the map's still part — terrain, the shading
// of what a selected unit cannot reach, places and their names — as last
// drawn. Under software rendering one copy of it costs far less than
// drawing the tiles, the shading's translucent hexes, the markers and the
// names again every frame.
type stillLayer struct {
	img    *ebiten.Image
	key    stillKey // what img shows; valid only if ok
	ok     bool
	last   stillKey // the key of the previous frame
	places int      // places drawn into img
	labels int      // and their names
	names  []drawnName
}

// stillKey is everything the still layer depends on.
type stillKey struct {
	cam     Camera
	rect    image.Rectangle
	terrain uint64
	places  uint64
	reach   uint64
	nReach  int
	shade   bool
	scale   float64 // of the names
}

// NewMapView makes the view of s with lines drawn over the terrain.
func NewMapView(s *game.State, lines []Line, fonts *ui.Fonts) *MapView {
	v := &MapView{
		Terrain:   NewTerrain(s.Map.Cols, s.Map.Rows, lines),
		Counters:  NewCounters(fonts),
		Fonts:     fonts,
		Scale:     1,
		LowMorale: 40,
		white:     ebiten.NewImage(3, 3),
		markers:   map[markerKey]*ebiten.Image{},
	}
	v.white.Fill(color.White)
	v.white = v.white.SubImage(v.white.Bounds().Inset(1)).(*ebiten.Image)
	v.Cam.Zoom = 40
	v.SetState(s, nil)
	return v
}

// SideColour returns the colour of a side (grey if unknown).
func (v *MapView) SideColour(id string) color.RGBA {
	if c, ok := v.sides[id]; ok {
		return c
	}
	return color.RGBA{0x90, 0x90, 0x90, 0xff}
}

// State is the state being drawn.
func (v *MapView) State() *game.State { return v.state }

// SetState makes s the state drawn. tint gives each hex the side whose
// territory it is ("" for none), row-major; nil means no tint.
func (v *MapView) SetState(s *game.State, tint []string) {
	v.state = s
	v.sides = map[string]color.RGBA{}
	for _, sd := range s.Scn.Sides {
		c, ok := ui.ParseHex(sd.Colour)
		if !ok {
			c = color.RGBA{0x90, 0x90, 0x90, 0xff}
		}
		if o, ok := v.SideColours[sd.ID]; ok {
			c = o
		}
		v.sides[sd.ID] = c
	}
	hexes := make([]Hex, s.Map.Cols*s.Map.Rows)
	colours := map[*game.Terrain]color.RGBA{}
	for row := 0; row < s.Map.Rows; row++ {
		for col := 0; col < s.Map.Cols; col++ {
			i := row*s.Map.Cols + col
			t := s.TerrainAt(game.Hex{Col: col, Row: row})
			c, ok := colours[t]
			if !ok {
				c, ok = ui.ParseHex(t.Colour)
				if !ok {
					c = color.RGBA{0xb0, 0xb0, 0xb0, 0xff}
				}
				colours[t] = c
			}
			// A little per-hex variation keeps large areas from looking flat.
			n := float64(hash2(col, row)%9)/8 - 0.5
			c = shade(c, n*0.06)
			hx := Hex{Fill: c, Glyph: TerrainGlyphs[t.ID], Water: t.Navigable()}
			if tint != nil && tint[i] != "" {
				hx.Territory = v.SideColour(tint[i])
				if t.Water == "" {
					hx.Fill = ui.Mix(c, hx.Territory, 0.08)
				}
			}
			hexes[i] = hx
		}
	}
	v.Terrain.SetHexes(hexes)
}

func hash2(a, b int) uint32 {
	h := uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 12
	return h
}

// shade lightens (f > 0) or darkens (f < 0) c.
func shade(c color.RGBA, f float64) color.RGBA {
	if f >= 0 {
		return ui.Mix(c, color.RGBA{0xff, 0xff, 0xff, c.A}, f)
	}
	return ui.Mix(c, color.RGBA{0, 0, 0, c.A}, -f)
}

// CounterSize is the side of a counter in pixels at the current zoom.
func (v *MapView) CounterSize() float64 { return math.Min(v.Cam.Zoom*0.76, 110) }

// Draw paints the map and ov onto dst within v.Cam.View.
func (v *MapView) Draw(dst *ebiten.Image, ov *Overlay) {
	rect := v.Cam.View.Image()
	view := dst.SubImage(rect).(*ebiten.Image)
	if ov == nil {
		ov = &Overlay{}
	}
	v.drawStill(dst, view, rect, ov)
	// Outlines of targets and of the hex under the cursor, in one batch.
	vs, is := v.vs[:0], v.is[:0]
	for _, t := range ov.Targets {
		c := targetColours[t.Kind]
		vs, is = v.appendOutline(vs, is, t.Hex, c, 0.95, math.Max(2.5, v.Cam.Zoom*0.07), 0.94)
	}
	if ov.Hover != nil {
		vs, is = v.appendOutline(vs, is, *ov.Hover, color.RGBA{0xff, 0xff, 0xff, 0xff}, 0.75, math.Max(1.5, v.Cam.Zoom*0.03), 1)
	}
	if len(vs) > 0 {
		view.DrawTriangles32(vs, is, v.white, &ebiten.DrawTrianglesOptions{})
	}
	v.vs, v.is = vs, is
	v.drawUnits(view, ov)
	// Vector strokes last, together, so they are filled in one pass.
	v.drawArrows(view, ov.Arrows)
	if len(ov.Path) > 1 {
		v.drawPath(view, ov)
	}
	if len(ov.Path) > 1 && ov.PathLabel != "" {
		v.drawPathLabel(view, ov)
	}
}

// drawStill draws the still part of the map (under the units, which stand
// on the names rather than the other way round): from the kept picture when
// nothing it shows has changed; into a new picture when it has stayed the
// same for two frames (the camera at rest, every tile drawn); otherwise
// (panning, zooming, tiles still being drawn) straight onto the screen.
func (v *MapView) drawStill(dst, view *ebiten.Image, rect image.Rectangle, ov *Overlay) {
	key := v.stillKeyFor(rect, ov)
	st := &v.still
	defer func() { st.last = key }()
	if !v.NoStill && st.ok && key == st.key {
		v.copyStill(dst, rect)
		return
	}
	if v.NoStill || key != st.last || !v.Terrain.Settled(&v.Cam) || rect.Empty() {
		st.ok = false
		v.Terrain.Draw(dst, &v.Cam)
		if ov.Reach != nil {
			v.shadeOutside(view, ov.Reach)
		}
		v.drawPlaces(view)
		v.drawLabels(view)
		return
	}
	if st.img == nil || st.img.Bounds().Size() != rect.Size() {
		if st.img != nil {
			st.img.Deallocate()
		}
		// A texture of its own (not on an atlas page): it is copied whole
		// every frame.
		st.img = ebiten.NewImageWithOptions(image.Rect(0, 0, rect.Dx(), rect.Dy()), &ebiten.NewImageOptions{Unmanaged: true})
	}
	// Draw with the camera moved by the view's whole-pixel offset, so the
	// picture matches the screen pixel for pixel.
	saved := v.Cam
	v.Cam.View.X -= float64(rect.Min.X)
	v.Cam.View.Y -= float64(rect.Min.Y)
	v.Terrain.Draw(st.img, &v.Cam)
	if ov.Reach != nil {
		v.shadeOutside(st.img, ov.Reach)
	}
	v.drawPlaces(st.img)
	v.drawLabels(st.img)
	v.Cam = saved
	dx, dy := float64(rect.Min.X), float64(rect.Min.Y)
	for i := range v.names {
		n := &v.names[i]
		n.box = labelBox{n.box.x0 + dx, n.box.y0 + dy, n.box.x1 + dx, n.box.y1 + dy}
		n.x, n.y = n.x+dx, n.y+dy
	}
	st.names = append(st.names[:0], v.names...)
	st.places, st.labels = v.Drawn.Places, v.Drawn.Labels
	// Drawing may have finished tiles: key the picture by what it shows.
	st.key, st.ok = v.stillKeyFor(rect, ov), v.Terrain.Settled(&v.Cam)
	key = st.key
	v.copyStill(dst, rect)
}

func (v *MapView) copyStill(dst *ebiten.Image, rect image.Rectangle) {
	op := &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy}
	op.GeoM.Translate(float64(rect.Min.X), float64(rect.Min.Y))
	dst.DrawImage(v.still.img, op)
	v.Drawn.Places, v.Drawn.Labels = v.still.places, v.still.labels
	v.names = append(v.names[:0], v.still.names...)
	v.Still++
}

// stillKeyFor sums up what the still layer shows this frame.
func (v *MapView) stillKeyFor(rect image.Rectangle, ov *Overlay) stillKey {
	k := stillKey{cam: v.Cam, rect: rect, terrain: v.Terrain.Version, shade: ov.Reach != nil, nReach: len(ov.Reach), scale: v.Scale}
	for _, h := range ov.Reach {
		k.reach += uint64(hash2(h.Col, h.Row)) * 0x9E3779B97F4A7C15 // order does not matter
	}
	ph := fnv.New64a()
	var b [16]byte
	for _, p := range v.state.Places {
		o, bl := v.SideColour(p.Owner), color.RGBA{}
		if p.BlockadedBy != "" {
			bl = v.SideColour(p.BlockadedBy)
		}
		b[0], b[1], b[2], b[3], b[4], b[5], b[6] = o.R, o.G, o.B, bl.R, bl.G, bl.B, bl.A
		b[7] = byte(min(max(p.Walls, 0), 255))
		binary.LittleEndian.PutUint32(b[8:], uint32(p.At.Col))
		binary.LittleEndian.PutUint32(b[12:], uint32(p.At.Row))
		ph.Write(b[:])
		ph.Write([]byte(v.Kinds[p.ID]))
	}
	k.places = ph.Sum64()
	return k
}

// appendOutline adds a band of width w along the inside of h's edges
// (the hex shrunk by scale) in colour clr at opacity alpha to a triangle
// batch. (Vertex colours are straight, not premultiplied, alpha.)
func (v *MapView) appendOutline(vs []ebiten.Vertex, is []uint32, h game.Hex, clr color.RGBA, alpha, w, scale float64) ([]ebiten.Vertex, []uint32) {
	cx, cy := v.Cam.HexCentre(h)
	z := v.Cam.Zoom
	inner := scale - w/(z*0.5)
	r, g, b, a := float32(clr.R)/255, float32(clr.G)/255, float32(clr.B)/255, float32(alpha)
	base := uint32(len(vs))
	for _, c := range Corners {
		for _, f := range []float64{scale, inner} {
			vs = append(vs, ebiten.Vertex{DstX: float32(cx + c[0]*z*f), DstY: float32(cy + c[1]*RowH*z*f),
				SrcX: 1, SrcY: 1, ColorR: r, ColorG: g, ColorB: b, ColorA: a})
		}
	}
	for k := uint32(0); k < 6; k++ {
		o0, i0 := base+2*k, base+2*k+1
		o1, i1 := base+2*((k+1)%6), base+2*((k+1)%6)+1
		is = append(is, o0, o1, i1, o0, i1, i0)
	}
	return vs, is
}

// shadeOutside darkens every visible hex not in keep: what a selected unit
// cannot reach fades back. (Triangles rather than a full-view overlay: each
// full pass over the screen is costly under software rendering.)
func (v *MapView) shadeOutside(dst *ebiten.Image, keep []game.Hex) {
	in := make(map[game.Hex]bool, len(keep))
	for _, h := range keep {
		in[h] = true
	}
	c0, r0, c1, r1 := v.Cam.Visible()
	c0, r0 = max(c0, 0), max(r0, 0)
	c1, r1 = min(c1, v.state.Map.Cols-1), min(r1, v.state.Map.Rows-1)
	var hs []game.Hex
	for row := r0; row <= r1; row++ {
		for col := c0; col <= c1; col++ {
			if h := (game.Hex{Col: col, Row: row}); !in[h] {
				hs = append(hs, h)
			}
		}
	}
	v.fillHexesBlend(dst, hs, color.RGBA{0x0c, 0x0e, 0x14, 0xff}, 1.01, ebiten.BlendSourceOver, 0.47)
}

// fillHexesBlend fills each hex in hs (grown by scale) with clr at opacity
// alpha.
func (v *MapView) fillHexesBlend(dst *ebiten.Image, hs []game.Hex, clr color.RGBA, scale float64, blend ebiten.Blend, alpha float64) {
	if len(hs) == 0 {
		return
	}
	vs, is := v.vs[:0], v.is[:0]
	z := v.Cam.Zoom
	r, g, b, a := float32(clr.R)/255, float32(clr.G)/255, float32(clr.B)/255, float32(alpha)
	for _, h := range hs {
		cx, cy := v.Cam.HexCentre(h)
		base := uint32(len(vs))
		for _, c := range Corners {
			vs = append(vs, ebiten.Vertex{DstX: float32(cx + c[0]*z*scale), DstY: float32(cy + c[1]*RowH*z*scale),
				SrcX: 1, SrcY: 1, ColorR: r, ColorG: g, ColorB: b, ColorA: a})
		}
		is = append(is, base, base+1, base+2, base, base+2, base+3, base, base+3, base+4, base, base+4, base+5)
	}
	dst.DrawTriangles32(vs, is, v.white, &ebiten.DrawTrianglesOptions{Blend: blend})
	v.vs, v.is = vs, is
}

// hexPath appends the outline of h (shrunk by scale) to p.
func (v *MapView) hexPath(p *vector.Path, h game.Hex, scale float64) {
	cx, cy := v.Cam.HexCentre(h)
	z := v.Cam.Zoom
	for k, c := range Corners {
		x, y := float32(cx+c[0]*z*scale), float32(cy+c[1]*RowH*z*scale)
		if k == 0 {
			p.MoveTo(x, y)
		} else {
			p.LineTo(x, y)
		}
	}
	p.Close()
}

// visible reports whether the hex may show on screen.
func (v *MapView) visible(h game.Hex) bool {
	x, y := v.Cam.HexCentre(h)
	m := v.Cam.Zoom
	return x > v.Cam.View.X-m && y > v.Cam.View.Y-m && x < v.Cam.View.Right()+m && y < v.Cam.View.Bottom()+m
}

// placeRank orders places for labelling: the most important first.
func placeRank(p *game.Place, kind string) int {
	r := p.Points*4 + int(p.Walls)*2
	if p.Supply {
		r += 2
	}
	if kind == "capital" {
		r += 20
	}
	return r
}

// markerKey identifies a cached place marker.
type markerKey struct {
	walled   bool
	port     bool
	owner    color.RGBA
	blockade color.RGBA
	size     int
}

// drawPlaces draws each place's marker: walled cities as a ring of walls in
// the owner's colour with a tower, open places as a dot.
func (v *MapView) drawPlaces(dst *ebiten.Image) {
	z := v.Cam.Zoom
	v.Drawn.Places = 0
	for _, p := range v.state.Places {
		if !v.visible(p.At) {
			continue
		}
		v.Drawn.Places++
		cx, cy := v.Cam.HexCentre(p.At)
		owner := v.SideColour(p.Owner)
		if z < 12 {
			r := math.Max(2.5, z*0.3)
			ui.FillCircle(dst, cx, cy, r, Ink)
			ui.FillCircle(dst, cx, cy, r-1, owner)
			continue
		}
		kind := v.Kinds[p.ID]
		k := markerKey{walled: p.Walls >= 1 || kind == "capital" || kind == "fortress", port: p.Port, owner: owner, size: int(math.Round(z))}
		if p.BlockadedBy != "" {
			k.blockade = v.SideColour(p.BlockadedBy)
		}
		img := v.marker(k)
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(math.Round(cx)-float64(img.Bounds().Dx()/2), math.Round(cy)-float64(img.Bounds().Dy()/2))
		dst.DrawImage(img, op)
	}
}

// marker returns the cached picture of a place marker, centred on its hex.
func (v *MapView) marker(k markerKey) *ebiten.Image {
	if img, ok := v.markers[k]; ok {
		return img
	}
	if len(v.markerOrder) > 300 {
		old := v.markerOrder[0]
		v.markerOrder = v.markerOrder[1:]
		v.markers[old].Deallocate()
		delete(v.markers, old)
	}
	z := float64(k.size)
	w, h := int(z*1.2)|1, int(z*1.4)|1
	img := ebiten.NewImage(w, h)
	cx, cy := float64(w/2), float64(h/2)
	hexPath := func(p *vector.Path, scale float64) {
		for i, c := range Corners {
			x, y := float32(cx+c[0]*z*scale), float32(cy+c[1]*RowH*z*scale)
			if i == 0 {
				p.MoveTo(x, y)
			} else {
				p.LineTo(x, y)
			}
		}
		p.Close()
	}
	stroke := func(p *vector.Path, width float64, clr color.RGBA, join vector.LineJoin) {
		op := &vector.DrawPathOptions{AntiAlias: true}
		op.ColorScale.ScaleWithColor(clr)
		vector.StrokePath(img, p, &vector.StrokeOptions{Width: float32(width), LineJoin: join}, op)
	}
	if k.walled {
		var ring vector.Path
		hexPath(&ring, 0.82)
		stroke(&ring, z*0.11+2, Ink, vector.LineJoinMiter)
		stroke(&ring, z*0.11, k.owner, vector.LineJoinMiter)
		var tower vector.Path
		tw, th := z*0.22, z*0.14
		towerPath(&tower, cx-tw/2, cy-z*0.56, tw, th)
		op := &vector.DrawPathOptions{AntiAlias: true}
		op.ColorScale.ScaleWithColor(paper)
		vector.FillPath(img, &tower, nil, op)
		stroke(&tower, math.Max(1, z*0.02), Ink, vector.LineJoinMiter)
		if k.blockade.A > 0 {
			var b vector.Path
			hexPath(&b, 0.97)
			stroke(&b, math.Max(2, z*0.05), k.blockade, vector.LineJoinMiter)
		}
	} else {
		r := float32(math.Max(3, z*0.1))
		y := float32(cy - z*0.47)
		vector.FillCircle(img, float32(cx), y, r, k.owner, true)
		vector.StrokeCircle(img, float32(cx), y, r, float32(math.Max(1, z*0.02)), Ink, true)
	}
	if k.port {
		anchor(img, cx+z*0.3, cy-z*0.42, z*0.12)
	}
	v.markers[k] = img
	v.markerOrder = append(v.markerOrder, k)
	return img
}

// towerPath adds a crenellated tower outline (x, y, w, h) to p.
func towerPath(p *vector.Path, x, y, w, h float64) {
	m := h * 0.3
	s := w / 5
	pts := [][2]float64{{x, y + h}, {x, y}, {x + s, y}, {x + s, y + m}, {x + 2*s, y + m}, {x + 2*s, y},
		{x + 3*s, y}, {x + 3*s, y + m}, {x + 4*s, y + m}, {x + 4*s, y}, {x + w, y}, {x + w, y + h}}
	for i, q := range pts {
		if i == 0 {
			p.MoveTo(float32(q[0]), float32(q[1]))
		} else {
			p.LineTo(float32(q[0]), float32(q[1]))
		}
	}
	p.Close()
}

// anchor draws a small anchor (a port) centred at (x, y).
func anchor(dst *ebiten.Image, x, y, r float64) {
	var p vector.Path
	p.MoveTo(float32(x), float32(y-r))
	p.LineTo(float32(x), float32(y+r))
	p.MoveTo(float32(x-r*0.5), float32(y-r*0.4))
	p.LineTo(float32(x+r*0.5), float32(y-r*0.4))
	p.MoveTo(float32(x-r), float32(y+r*0.2))
	p.QuadTo(float32(x-r*0.7), float32(y+r), float32(x), float32(y+r))
	p.QuadTo(float32(x+r*0.7), float32(y+r), float32(x+r), float32(y+r*0.2))
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(color.RGBA{0x10, 0x2a, 0x50, 0xff})
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(math.Max(1.2, r*0.3)), LineCap: vector.LineCapRound}, op)
}

type labelBox struct{ x0, y0, x1, y1 float64 }

// drawnName is a place name as written on the map: its plate, where its
// text starts, and the size of its font.
type drawnName struct {
	box  labelBox
	name string
	x, y float64
	size float64
}

// drawName writes a place name on its plate.
func (v *MapView) drawName(dst *ebiten.Image, n drawnName) {
	plate := ui.Rect{X: n.box.x0, Y: n.box.y0, W: n.box.x1 - n.box.x0, H: n.box.y1 - n.box.y0}
	ui.FillRoundRect(dst, plate, n.size*0.3, color.RGBA{0xf6, 0xf1, 0xe2, 0xd8})
	ui.DrawText(dst, n.name, v.Fonts.Face(ui.Bold, n.size), n.x, n.y, Ink)
}

func (a labelBox) overlaps(b labelBox) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// drawLabels writes place names under their hexes, most important first,
// skipping names that would overlap one already written.
func (v *MapView) drawLabels(dst *ebiten.Image) {
	z := v.Cam.Zoom
	size := math.Min(math.Max(z*0.2, 11), 18) * v.Scale
	face := v.Fonts.Face(ui.Bold, size)
	places := make([]*game.Place, 0, len(v.state.Places))
	for _, p := range v.state.Places {
		if v.visible(p.At) {
			places = append(places, p)
		}
	}
	sort.SliceStable(places, func(i, j int) bool {
		return placeRank(places[i], v.Kinds[places[i].ID]) > placeRank(places[j], v.Kinds[places[j].ID])
	})
	v.labels = v.labels[:0]
	v.names = v.names[:0]
	v.Drawn.Labels = 0
	m := face.Metrics()
	h := m.HAscent + m.HDescent
	pad := math.Round(size * 0.25)
	for _, p := range places {
		cx, cy := v.Cam.HexCentre(p.At)
		w := ui.TextWidth(p.Name, face)
		x := math.Round(cx - w/2)
		y := math.Round(cy + math.Max(z*0.4, 6))
		box := labelBox{x - pad, y, x + w + pad, y + h}
		clash := false
		for _, b := range v.labels {
			if b.overlaps(box) {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		v.labels = append(v.labels, box)
		v.Drawn.Labels++
		n := drawnName{box: box, name: p.Name, x: x, y: y, size: size}
		v.drawName(dst, n)
		v.names = append(v.names, n)
	}
}

// stack is the units standing on one hex, as drawn.
type stack struct {
	hex   game.Hex
	units []*game.Unit
}

// drawUnits draws one counter per hex (the strongest unit on top, the rest
// as a stack), the selected unit always on top of its stack.
func (v *MapView) drawUnits(dst *ebiten.Image, ov *Overlay) {
	s := v.state
	byHex := map[game.Hex]*stack{}
	var order []*stack
	sliding := map[string]int{}
	for i, sl := range ov.Slides {
		sliding[sl.Unit] = i
	}
	for _, u := range s.Units {
		if !u.Alive() || u.Carrier != "" || !v.visible(u.At) {
			continue
		}
		if _, ok := sliding[u.ID]; ok {
			continue // drawn on its way, below
		}
		st := byHex[u.At]
		if st == nil {
			st = &stack{hex: u.At}
			byHex[u.At] = st
			order = append(order, st)
		}
		st.units = append(st.units, u)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i].hex, order[j].hex
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		return a.Col < b.Col
	})
	size := v.CounterSize()
	v.Drawn.Counters = 0
	active := s.ActiveSide()
	for _, st := range order {
		top := st.units[0]
		for _, u := range st.units[1:] {
			if u.ID == ov.Selected || (top.ID != ov.Selected && u.Strength > top.Strength) {
				top = u
			}
		}
		cx, cy := v.Cam.HexCentre(st.hex)
		v.Drawn.Counters++
		if size < 9 {
			c := v.SideColour(top.Side)
			r := ui.Rect{X: cx - 3, Y: cy - 3, W: 6, H: 6}
			ui.FillRect(dst, r, c)
			continue
		}
		c := v.CounterFor(top)
		c.Stack = len(st.units)
		c.Selected = top.ID == ov.Selected
		c.Spent = c.Spent && top.Side == active
		v.Counters.Draw(dst, cx, cy, size, c)
	}
	v.renameCovered(dst, order, size)
	// Units on the move, over the others.
	for _, sl := range ov.Slides {
		u := s.Unit(sl.Unit)
		if u == nil || !u.Alive() || u.Carrier != "" {
			continue
		}
		cx, cy := v.Cam.ToScreen(sl.At())
		if m := v.Cam.Zoom; cx < v.Cam.View.X-m || cy < v.Cam.View.Y-m || cx > v.Cam.View.Right()+m || cy > v.Cam.View.Bottom()+m {
			continue
		}
		v.Drawn.Counters++
		if size < 9 {
			ui.FillRect(dst, ui.Rect{X: cx - 3, Y: cy - 3, W: 6, H: 6}, v.SideColour(u.Side))
			continue
		}
		c := v.CounterFor(u)
		c.Stack = 1
		c.Selected = u.ID == ov.Selected
		c.Spent = c.Spent && u.Side == active
		v.Counters.Draw(dst, cx, cy, size, c)
	}
}

// renameCovered writes again, over the counters, the names that a counter
// (of the hex below) covers: the names are drawn with the still map, under
// the units, but should stay readable.
func (v *MapView) renameCovered(dst *ebiten.Image, order []*stack, size float64) {
	if len(v.names) == 0 || size < 9 {
		return
	}
	half := size/2 + math.Max(2, size*0.09)*2 // stacked counters show up and right
	for _, n := range v.names {
		for _, st := range order {
			cx, cy := v.Cam.HexCentre(st.hex)
			if cx+half > n.box.x0 && cx-half < n.box.x1 && cy+half > n.box.y0 && cy-half < n.box.y1 {
				v.drawName(dst, n)
				break
			}
		}
	}
}

// CounterFor describes u's counter.
func (v *MapView) CounterFor(u *game.Unit) Counter {
	s := v.state
	cl := s.ClassOf(u)
	sym := ""
	naval := false
	if cl != nil {
		sym, naval = cl.Symbol, cl.Naval()
	}
	return Counter{
		Symbol:    sym,
		Fill:      v.SideColour(u.Side),
		Strength:  FormatStrength(u.Strength, naval),
		Leader:    u.Leader != "",
		LowSupply: u.OutOfSupply > 0,
		LowMorale: u.Morale < v.LowMorale,
		Fortified: u.Fortified,
		Spent:     u.MovesLeft == 0 && (u.Moved || u.Acted),
		Cargo:     len(s.Cargo(u)),
	}
}

func (v *MapView) spent(u *game.Unit) bool {
	if v.Spent != nil {
		return v.Spent(u)
	}
	return u.MovesLeft == 0 && (u.Moved || u.Acted)
}

// drawPath draws the previewed path as a line of dots from the unit with an
// arrow head and the cost at the end.
func (v *MapView) drawPath(dst *ebiten.Image, ov *Overlay) {
	z := v.Cam.Zoom
	var p vector.Path
	for i, h := range ov.Path {
		x, y := v.Cam.HexCentre(h)
		if i == 0 {
			p.MoveTo(float32(x), float32(y))
		} else {
			p.LineTo(float32(x), float32(y))
		}
	}
	w := float32(math.Max(3, z*0.08))
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(color.RGBA{0x20, 0x18, 0x08, 0xc0})
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: w + 3, LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}, op)
	op2 := &vector.DrawPathOptions{AntiAlias: true}
	op2.ColorScale.ScaleWithColor(color.RGBA{0xff, 0xd2, 0x3f, 0xff})
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: w, LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}, op2)
	end := ov.Path[len(ov.Path)-1]
	ex, ey := v.Cam.HexCentre(end)
	var dot vector.Path
	ellipse(&dot, float32(ex), float32(ey), w*1.6, w*1.6)
	vector.FillPath(dst, &dot, nil, op2)
}

// drawPathLabel writes the cost of the previewed path beside its end.
func (v *MapView) drawPathLabel(dst *ebiten.Image, ov *Overlay) {
	z := v.Cam.Zoom
	ex, ey := v.Cam.HexCentre(ov.Path[len(ov.Path)-1])
	{
		face := v.Fonts.Face(ui.Bold, 15*v.Scale)
		tw := ui.TextWidth(ov.PathLabel, face)
		lh := ui.LineHeight(face)
		r := ui.Rect{X: ex + z*0.3, Y: ey - z*0.55 - lh, W: tw + 12*v.Scale, H: lh + 6*v.Scale}
		ui.FillRoundRect(dst, r, 5*v.Scale, color.RGBA{0x20, 0x18, 0x08, 0xe8})
		ui.DrawTextIn(dst, ov.PathLabel, face, r, ui.AlignCentre, color.RGBA{0xff, 0xd2, 0x3f, 0xff})
	}
}

// drawArrows draws the recent moves and attacks as arrows.
func (v *MapView) drawArrows(dst *ebiten.Image, arrows []Arrow) {
	z := v.Cam.Zoom
	for _, a := range arrows {
		x0, y0 := v.Cam.HexCentre(a.From)
		x1, y1 := v.Cam.HexCentre(a.To)
		dx, dy := x1-x0, y1-y0
		l := math.Hypot(dx, dy)
		if l < 1 {
			continue
		}
		ux, uy := dx/l, dy/l
		head := math.Max(8, z*0.25)
		w := math.Max(3, z*0.08)
		ex, ey := x1-ux*z*0.3, y1-uy*z*0.3
		var p vector.Path
		p.MoveTo(float32(x0), float32(y0))
		p.LineTo(float32(ex-ux*head*0.8), float32(ey-uy*head*0.8))
		clr := ui.WithAlpha(a.Colour, uint8(255*a.Alpha))
		if a.Attack {
			clr = ui.WithAlpha(color.RGBA{0xe8, 0x2e, 0x22, 0xff}, uint8(255*a.Alpha))
		}
		op := &vector.DrawPathOptions{AntiAlias: true}
		op.ColorScale.ScaleWithColor(clr)
		vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(w), LineCap: vector.LineCapRound}, op)
		var h vector.Path
		h.MoveTo(float32(ex), float32(ey))
		h.LineTo(float32(ex-ux*head-uy*head*0.6), float32(ey-uy*head+ux*head*0.6))
		h.LineTo(float32(ex-ux*head+uy*head*0.6), float32(ey-uy*head-ux*head*0.6))
		h.Close()
		vector.FillPath(dst, &h, nil, op)
	}
}
