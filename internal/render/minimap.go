package render

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"jinsong/internal/ui"
)

// Minimap is a small picture of the whole map with the camera's view
// outlined; clicking it moves the camera.
type Minimap struct {
	res   float64 // pixels per hex width
	img   *ebiten.Image
	pix   []byte
	cols  int
	rows  int
	Rect  ui.Rect // where it was last drawn (the map picture itself)
	dirty bool
	// Cities are the walled cities drawn over the terrain (SetCities).
	Cities []MinimapCity
}

// MinimapCity is a walled city shown on the minimap at hex-space (X, Y) in
// its holder's colour; Capital ones are drawn larger.
type MinimapCity struct {
	X, Y    float64
	Colour  color.RGBA
	Capital bool
}

// Cities lists the walled cities, fortresses and capitals of the state
// drawn, for the minimap.
func (v *MapView) Cities() []MinimapCity {
	var out []MinimapCity
	for _, p := range v.state.Places {
		kind := v.Kinds[p.ID]
		if p.Walls < 1 && kind != "capital" && kind != "fortress" {
			continue
		}
		x, y := Centre(p.At)
		out = append(out, MinimapCity{X: x, Y: y, Colour: v.SideColour(p.Owner), Capital: kind == "capital"})
	}
	return out
}

// Update refreshes the picture from the terrain layer's hexes: terrain
// tinted by territory. (Cities and units are drawn over it by Draw.)
func (m *Minimap) Update(t *Terrain) {
	if m.img == nil || m.cols != t.cols || m.rows != t.rows {
		m.cols, m.rows = t.cols, t.rows
		// About 400 pixels across, at least one per hex.
		m.res = math.Max(1, math.Floor(400/float64(t.cols+1)))
		w, h := int(math.Ceil((float64(t.cols)+0.5)*m.res)), int(math.Ceil((float64(t.rows)-0.4)*RowH*m.res))
		m.img = ebiten.NewImage(w, h)
		m.pix = make([]byte, 4*w*h)
	}
	w, h := m.img.Bounds().Dx(), m.img.Bounds().Dy()
	for py := 0; py < h; py++ {
		for px := 0; px < w; px++ {
			hx := HexAt((float64(px)+0.5)/m.res-0.5, (float64(py)+0.5)/(RowH*m.res)-0.3)
			var c color.RGBA
			if hx.Col >= 0 && hx.Row >= 0 && hx.Col < t.cols && hx.Row < t.rows {
				h := t.hexes[hx.Row*t.cols+hx.Col]
				c = h.Fill
				if h.Territory.A > 0 && !h.Water {
					// Territory shows more strongly than on the map, where
					// the counters and borders carry it.
					c = ui.Mix(c, h.Territory, 0.3)
				}
			}
			i := 4 * (py*w + px)
			m.pix[i], m.pix[i+1], m.pix[i+2], m.pix[i+3] = c.R, c.G, c.B, c.A
		}
	}
	m.img.WritePixels(m.pix)
}

// Draw paints the minimap fitted into r with the view of cam outlined, and
// the units of each side as dots.
func (m *Minimap) Draw(dst *ebiten.Image, r ui.Rect, cam *Camera, dots []MinimapDot) {
	if m.img == nil {
		return
	}
	w, h := float64(m.img.Bounds().Dx()), float64(m.img.Bounds().Dy())
	s := math.Min(r.W/w, r.H/h)
	m.Rect = r.Centred(w*s, h*s)
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Scale(s, s)
	op.GeoM.Translate(m.Rect.X, m.Rect.Y)
	if s < 1 {
		op.Filter = ebiten.FilterLinear
	}
	dst.DrawImage(m.img, op)
	px := s * m.res // pixels per hex width
	ox, oy := m.Rect.X+0.5*px, m.Rect.Y+0.3*RowH*px
	// Walled cities: small squares in the holder's colour with a dark rim
	// (capitals larger), under the units' dots.
	for _, c := range m.Cities {
		x := math.Round(ox + c.X*px)
		y := math.Round(oy + c.Y*RowH*px)
		h := math.Max(2, math.Round(px*0.9))
		if c.Capital {
			h += 2
		}
		vector.FillRect(dst, float32(x-h/2-1), float32(y-h/2-1), float32(h+2), float32(h+2), Ink, false)
		vector.FillRect(dst, float32(x-h/2), float32(y-h/2), float32(h), float32(h), c.Colour, false)
	}
	for _, d := range dots {
		x := ox + d.X*px
		y := oy + d.Y*RowH*px
		vector.FillRect(dst, float32(x-1.5), float32(y-1.5), 3, 3, d.Colour, false)
	}
	x0, y0 := cam.ToWorld(cam.View.X, cam.View.Y)
	x1, y1 := cam.ToWorld(cam.View.Right(), cam.View.Bottom())
	vr := ui.Rect{X: ox + x0*px, Y: oy + y0*RowH*px, W: (x1 - x0) * px, H: (y1 - y0) * RowH * px}
	// Clip the view outline to the minimap.
	cx0, cy0 := math.Max(vr.X, m.Rect.X), math.Max(vr.Y, m.Rect.Y)
	cx1, cy1 := math.Min(vr.Right(), m.Rect.Right()), math.Min(vr.Bottom(), m.Rect.Bottom())
	if cx1 > cx0 && cy1 > cy0 {
		ui.StrokeRect(dst, ui.Rect{X: cx0, Y: cy0, W: cx1 - cx0, H: cy1 - cy0}, 2, color.RGBA{0xff, 0xff, 0xff, 0xff})
	}
}

// MinimapDot is a unit shown on the minimap at hex-space (X, Y).
type MinimapDot struct {
	X, Y   float64
	Colour color.RGBA
}

// WorldAt converts a point on the minimap to hex space; ok is false outside.
func (m *Minimap) WorldAt(sx, sy float64) (x, y float64, ok bool) {
	if m.img == nil || !m.Rect.Contains(sx, sy) {
		return 0, 0, false
	}
	s := m.Rect.W / float64(m.img.Bounds().Dx())
	px := s * m.res
	return (sx-m.Rect.X)/px - 0.5, (sy-m.Rect.Y)/(RowH*px) - 0.3, true
}
