package render

import (
	"image/color"
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"jinsong/internal/ui"
)

// Counter describes one unit counter as drawn.
type Counter struct {
	Symbol    string     // class symbol from the ruleset (infantry, crossbow, ...)
	Fill      color.RGBA // side colour
	Strength  string     // e.g. "12k"
	Leader    bool       // a leader commands the unit
	LowSupply bool       // out of supply
	LowMorale bool       // morale below the warning level
	Fortified bool
	Spent     bool // no moves or actions left this turn: drawn faded
	Cargo     int  // units carried
	Stack     int  // units of the same side in the hex, this one included
	Selected  bool
}

// Ink is the colour of counter symbols.
var Ink = color.RGBA{0x1b, 0x1a, 0x17, 0xff}

// paper is the colour of the symbol box.
var paper = color.RGBA{0xf6, 0xf1, 0xe2, 0xff}

// symbolDrawers draw each class symbol inside a box (x, y, w, h): dark
// strokes go to s, fills to f. A symbol missing here is drawn as "?".
var symbolDrawers = map[string]func(s, f *vector.Path, x, y, w, h float32){
	"infantry": func(s, f *vector.Path, x, y, w, h float32) {
		s.MoveTo(x, y)
		s.LineTo(x+w, y+h)
		s.MoveTo(x+w, y)
		s.LineTo(x, y+h)
	},
	"militia": func(s, f *vector.Path, x, y, w, h float32) {
		s.MoveTo(x, y)
		s.LineTo(x+w, y+h)
		s.MoveTo(x+w, y)
		s.LineTo(x, y+h)
		s.MoveTo(x, y+h/2)
		s.LineTo(x+w, y+h/2)
	},
	"crossbow": func(s, f *vector.Path, x, y, w, h float32) {
		cx := x + w/2
		s.MoveTo(x+w*0.12, y+h*0.62)
		s.QuadTo(cx, y-h*0.08, x+w*0.88, y+h*0.62)
		s.MoveTo(x+w*0.12, y+h*0.62)
		s.LineTo(x+w*0.88, y+h*0.62)
		s.MoveTo(cx, y+h*0.12)
		s.LineTo(cx, y+h)
		f.MoveTo(cx, y-h*0.06)
		f.LineTo(cx-w*0.09, y+h*0.2)
		f.LineTo(cx+w*0.09, y+h*0.2)
		f.Close()
	},
	"heavy_cavalry": func(s, f *vector.Path, x, y, w, h float32) {
		s.MoveTo(x, y+h)
		s.LineTo(x+w, y)
		ellipse(s, x+w/2, y+h/2, w*0.3, h*0.3)
	},
	"horse_archer": func(s, f *vector.Path, x, y, w, h float32) {
		s.MoveTo(x, y+h)
		s.LineTo(x+w, y)
		s.MoveTo(x+w*0.62, y+h*0.3)
		s.QuadTo(x+w*1.0, y+h*0.62, x+w*0.62, y+h*0.95)
		s.MoveTo(x+w*0.62, y+h*0.3)
		s.LineTo(x+w*0.62, y+h*0.95)
	},
	"siege": func(s, f *vector.Path, x, y, w, h float32) {
		px, py := x+w*0.5, y+h*0.42
		s.MoveTo(x+w*0.2, y+h)
		s.LineTo(px, py)
		s.LineTo(x+w*0.8, y+h)
		s.MoveTo(x+w*0.1, y+h)
		s.LineTo(x+w*0.9, y+h)
		s.MoveTo(x+w*0.18, y+h*0.62)
		s.LineTo(x+w*0.92, y+h*0.02)
		ellipse(f, x+w*0.22, y+h*0.6, w*0.1, w*0.1)
	},
	"fire_lance": func(s, f *vector.Path, x, y, w, h float32) {
		s.MoveTo(x+w*0.08, y+h)
		s.LineTo(x+w*0.62, y+h*0.42)
		f.MoveTo(x+w*0.55, y+h*0.5)
		f.QuadTo(x+w*0.7, y+h*0.05, x+w*1.0, y-h*0.02)
		f.QuadTo(x+w*0.92, y+h*0.35, x+w*0.68, y+h*0.6)
		f.Close()
	},
	"ship": func(s, f *vector.Path, x, y, w, h float32) {
		f.MoveTo(x, y+h*0.72)
		f.LineTo(x+w, y+h*0.72)
		f.LineTo(x+w*0.82, y+h)
		f.LineTo(x+w*0.18, y+h)
		f.Close()
		s.MoveTo(x+w*0.5, y+h*0.72)
		s.LineTo(x+w*0.5, y)
		f.MoveTo(x+w*0.56, y+h*0.05)
		f.LineTo(x+w*0.9, y+h*0.6)
		f.LineTo(x+w*0.56, y+h*0.6)
		f.Close()
	},
	"transport": func(s, f *vector.Path, x, y, w, h float32) {
		f.MoveTo(x, y+h*0.72)
		f.LineTo(x+w, y+h*0.72)
		f.LineTo(x+w*0.82, y+h)
		f.LineTo(x+w*0.18, y+h)
		f.Close()
		s.MoveTo(x+w*0.2, y+h*0.7)
		s.LineTo(x+w*0.2, y+h*0.3)
		s.LineTo(x+w*0.8, y+h*0.3)
		s.LineTo(x+w*0.8, y+h*0.7)
		s.MoveTo(x+w*0.2, y+h*0.5)
		s.LineTo(x+w*0.8, y+h*0.5)
	},
}

// KnownSymbol reports whether the counter symbol has a drawing.
func KnownSymbol(sym string) bool { _, ok := symbolDrawers[sym]; return ok }

func ellipse(p *vector.Path, cx, cy, rx, ry float32) {
	const k = 0.5523 // cubic approximation of a quarter circle
	p.MoveTo(cx+rx, cy)
	p.CubicTo(cx+rx, cy+ry*k, cx+rx*k, cy+ry, cx, cy+ry)
	p.CubicTo(cx-rx*k, cy+ry, cx-rx, cy+ry*k, cx-rx, cy)
	p.CubicTo(cx-rx, cy-ry*k, cx-rx*k, cy-ry, cx, cy-ry)
	p.CubicTo(cx+rx*k, cy-ry, cx+rx, cy-ry*k, cx+rx, cy)
	p.Close()
}

type counterKey struct {
	symbol string
	fill   color.RGBA
	size   int
	marks  uint8 // markerLeader | markerSupply | ...
}

// Markers baked into a counter's cached image.
const (
	markLeader uint8 = 1 << iota
	markSupply
	markMorale
	markFortified
)

// Counters draws unit counters, keeping each body (colour, border, symbol)
// as a cached image per symbol, colour and size.
type Counters struct {
	Fonts *ui.Fonts
	cache map[counterKey]*ebiten.Image
	order []counterKey
}

// NewCounters makes a counter painter using fonts for the strength.
func NewCounters(fonts *ui.Fonts) *Counters {
	return &Counters{Fonts: fonts, cache: map[counterKey]*ebiten.Image{}}
}

// body returns the cached image of a counter without its strength: the
// body, border, symbol and markers. It is padded by a quarter of its size
// on every side so markers may stick out.
func (c *Counters) body(sym string, fill color.RGBA, size int, marks uint8) *ebiten.Image {
	k := counterKey{sym, fill, size, marks}
	if img, ok := c.cache[k]; ok {
		return img
	}
	if len(c.order) > 400 { // forget the oldest sizes after much zooming
		old := c.order[0]
		c.order = c.order[1:]
		c.cache[old].Deallocate()
		delete(c.cache, old)
	}
	pad := size / 4
	img := ebiten.NewImage(size+2*pad, size+2*pad)
	s := float64(size)
	o := float64(pad)
	r := ui.Rect{X: o + 0.5, Y: o + 0.5, W: s - 1, H: s - 1}
	fillRoundPath(img, r, s*0.12, fill)
	strokeRoundPath(img, r, s*0.12, math.Max(1, s*0.045), darken(fill, 0.45))
	if size >= 14 {
		box := ui.Rect{X: o + s*0.17, Y: o + s*0.12, W: s * 0.66, H: s * 0.42}
		ui.FillRect(img, box, paper)
		ui.StrokeRect(img, box, math.Max(1, s*0.03), darken(fill, 0.5))
		draw, ok := symbolDrawers[sym]
		var sp, fp vector.Path
		in := box.Inset(s * 0.07)
		if ok {
			draw(&sp, &fp, float32(in.X), float32(in.Y), float32(in.W), float32(in.H))
		} else {
			ellipse(&sp, float32(in.X+in.W/2), float32(in.Y+in.H/2), float32(in.H*0.45), float32(in.H*0.45))
		}
		op := &vector.DrawPathOptions{AntiAlias: true}
		op.ColorScale.ScaleWithColor(Ink)
		vector.StrokePath(img, &sp, &vector.StrokeOptions{Width: float32(math.Max(1, s*0.045)), LineCap: vector.LineCapRound, LineJoin: vector.LineJoinRound}, op)
		fop := &vector.DrawPathOptions{AntiAlias: true}
		fc := Ink
		if sym == "fire_lance" {
			fc = color.RGBA{0xe0, 0x55, 0x1b, 0xff}
		}
		fop.ColorScale.ScaleWithColor(fc)
		vector.FillPath(img, &fp, nil, fop)
		drawMarks(img, o, o, s, marks, c.Fonts)
	}
	c.cache[k] = img
	c.order = append(c.order, k)
	return img
}

// Draw paints counter k centred at (cx, cy), size pixels square.
func (c *Counters) Draw(dst *ebiten.Image, cx, cy, size float64, k Counter) {
	n := int(math.Round(size))
	if n < 6 {
		n = 6
	}
	s := float64(n)
	x0, y0 := math.Round(cx-s/2), math.Round(cy-s/2)
	// Units beneath in the stack show as the edges of counters behind.
	for i := min(k.Stack, 3) - 1; i >= 1; i-- {
		d := float64(i) * math.Max(2, s*0.09)
		r := ui.Rect{X: x0 + d, Y: y0 - d, W: s, H: s}
		ui.FillRoundRect(dst, r, s*0.12, darken(k.Fill, 0.25))
		ui.StrokeRoundRect(dst, r, s*0.12, math.Max(1, s*0.04), darken(k.Fill, 0.6))
	}
	var marks uint8
	for _, m := range []struct {
		on   bool
		mark uint8
	}{{k.Leader, markLeader}, {k.LowSupply, markSupply}, {k.LowMorale, markMorale}, {k.Fortified, markFortified}} {
		if m.on {
			marks |= m.mark
		}
	}
	body := c.body(k.Symbol, k.Fill, n, marks)
	pad := float64(n / 4)
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(x0-pad, y0-pad)
	if k.Spent {
		op.ColorScale.Scale(0.62, 0.62, 0.62, 1)
	}
	dst.DrawImage(body, op)
	if k.Selected {
		ui.StrokeRoundRect(dst, ui.Rect{X: x0 - 3, Y: y0 - 3, W: s + 6, H: s + 6}, s*0.16, math.Max(2.5, s*0.07), color.RGBA{0xff, 0xd2, 0x3f, 0xff})
	}
	if s >= 14 && k.Strength != "" {
		fs := s * 0.3
		face := c.Fonts.Face(ui.Bold, fs)
		ink := ui.Contrast(k.Fill)
		if k.Spent {
			ink = ui.Mix(ink, k.Fill, 0.35)
		}
		w := ui.TextWidth(k.Strength, face)
		m := face.Metrics()
		ui.DrawText(dst, k.Strength, face, x0+(s-w)/2, y0+s*0.77-(m.HAscent+m.HDescent)/2, ink)
	}
	if s >= 14 && k.Cargo > 0 {
		b := math.Max(6, s*0.3)
		f := c.Fonts.Face(ui.Bold, b*0.8)
		label := "+" + strconv.Itoa(k.Cargo)
		w := ui.TextWidth(label, f) + b*0.3
		r := ui.Rect{X: x0 + s - w*0.6, Y: y0 + s*0.42, W: w, H: b}
		ui.FillRoundRect(dst, r, b*0.3, paper)
		ui.DrawTextIn(dst, label, f, r, ui.AlignCentre, Ink)
	}
}

// drawMarks draws the markers of a counter whose top-left is (x0, y0)
// into a cached image: leader star, fortified, out of supply, low morale.
func drawMarks(dst *ebiten.Image, x0, y0, s float64, marks uint8, fonts *ui.Fonts) {
	b := math.Max(6, s*0.3) // marker size
	if marks&markLeader != 0 {
		star(dst, x0+b*0.25, y0+b*0.25, b*0.62, color.RGBA{0xff, 0xcf, 0x33, 0xff})
	}
	if marks&markFortified != 0 {
		r := ui.Rect{X: x0 + s - b*0.75, Y: y0 - b*0.25, W: b, H: b}
		fillRoundPath(dst, r, b*0.2, color.RGBA{0x3b, 0x33, 0x28, 0xff})
		strokeRoundPath(dst, r, b*0.2, math.Max(1, b*0.1), paper)
		f := fonts.Face(ui.Bold, b*0.75)
		ui.DrawTextIn(dst, "F", f, r, ui.AlignCentre, paper)
	}
	if marks&markSupply != 0 {
		cx, cy := x0+b*0.2, y0+s-b*0.2
		vector.FillCircle(dst, float32(cx), float32(cy), float32(b*0.5), color.RGBA{0xf0, 0x8a, 0x1c, 0xff}, true)
		vector.StrokeCircle(dst, float32(cx), float32(cy), float32(b*0.5), float32(math.Max(1, b*0.1)), Ink, true)
		f := fonts.Face(ui.Bold, b*0.8)
		ui.DrawTextIn(dst, "!", f, ui.Rect{X: cx - b/2, Y: cy - b/2, W: b, H: b}, ui.AlignCentre, Ink)
	}
	if marks&markMorale != 0 {
		cx, cy := x0+s-b*0.2, y0+s-b*0.2
		var p vector.Path
		p.MoveTo(float32(cx-b*0.5), float32(cy-b*0.4))
		p.LineTo(float32(cx+b*0.5), float32(cy-b*0.4))
		p.LineTo(float32(cx), float32(cy+b*0.5))
		p.Close()
		op := &vector.DrawPathOptions{AntiAlias: true}
		op.ColorScale.ScaleWithColor(color.RGBA{0xd8, 0x2c, 0x2c, 0xff})
		vector.FillPath(dst, &p, nil, op)
		op2 := &vector.DrawPathOptions{AntiAlias: true}
		op2.ColorScale.ScaleWithColor(Ink)
		vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(math.Max(1, b*0.1)), LineJoin: vector.LineJoinRound}, op2)
	}
}

// fillRoundPath and strokeRoundPath draw rounded rectangles with vector
// paths, for images drawn once and cached.
func fillRoundPath(dst *ebiten.Image, r ui.Rect, rad float64, clr color.Color) {
	var p vector.Path
	ui.RoundRectPath(&p, r, rad)
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(clr)
	vector.FillPath(dst, &p, nil, op)
}

func strokeRoundPath(dst *ebiten.Image, r ui.Rect, rad, w float64, clr color.Color) {
	var p vector.Path
	ui.RoundRectPath(&p, r.Inset(w/2), rad)
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(clr)
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(w), LineJoin: vector.LineJoinRound}, op)
}

// star fills a five-pointed star of outer radius r at (cx, cy).
func star(dst *ebiten.Image, cx, cy, r float64, clr color.RGBA) {
	var p vector.Path
	for i := 0; i < 10; i++ {
		a := -math.Pi/2 + float64(i)*math.Pi/5
		rr := r
		if i%2 == 1 {
			rr = r * 0.45
		}
		x, y := float32(cx+rr*math.Cos(a)), float32(cy+rr*math.Sin(a))
		if i == 0 {
			p.MoveTo(x, y)
		} else {
			p.LineTo(x, y)
		}
	}
	p.Close()
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(clr)
	vector.FillPath(dst, &p, nil, op)
	op2 := &vector.DrawPathOptions{AntiAlias: true}
	op2.ColorScale.ScaleWithColor(Ink)
	vector.StrokePath(dst, &p, &vector.StrokeOptions{Width: float32(math.Max(1, r*0.16)), LineJoin: vector.LineJoinRound}, op2)
}

// darken mixes clr towards black by t.
func darken(clr color.RGBA, t float64) color.RGBA {
	return ui.Mix(clr, color.RGBA{0, 0, 0, clr.A}, t)
}

// FormatStrength writes a unit's strength for a counter: soldiers in
// thousands above 1,000 ("12k", "2.5k"), ships as a plain number.
func FormatStrength(n int, naval bool) string {
	switch {
	case naval || n < 1000:
		return strconv.Itoa(n)
	case n < 10000 && n%1000 >= 100:
		return strconv.Itoa(n/1000) + "." + strconv.Itoa(n%1000/100) + "k"
	default:
		return strconv.Itoa((n+500)/1000) + "k"
	}
}
