package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Para is a paragraph of a TextView or a row of a Dialog. If Right is set
// the row is a two-column line (a label on the left, a value on the right);
// otherwise Text wraps to the width.
type Para struct {
	Text   string
	Right  string     // value drawn right-aligned on the first line
	Colour color.RGBA // zero means the theme's text colour
	Style  FontStyle
	Size   float64    // base size; zero means SizeBody
	Marker color.RGBA // a coloured bar at the left edge, if Alpha > 0
	Gap    float64    // extra space above, at base scale
}

type laidLine struct {
	text, right string
	para        int
	y           float64
}

// TextView shows paragraphs of wrapped text in a rectangle, scrolled by the
// wheel. With FollowEnd it keeps the last line in view as paragraphs are
// added (a message log) until the reader scrolls up.
type TextView struct {
	Paras     []Para
	Bounds    Rect
	Scroll    float64
	FollowEnd bool

	lines   []laidLine
	height  float64
	key     layoutKey
	pinned  bool // scrolled to the end
	started bool
}

type layoutKey struct {
	n     int
	w     float64
	scale float64
	sum   uint64 // hash of every paragraph's text and style
}

// parasSum hashes what the layout of ps depends on (FNV-1a).
func parasSum(ps []Para) uint64 {
	h := uint64(14695981039346656037)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		h ^= 0xff
		h *= 1099511628211
	}
	for _, p := range ps {
		mix(p.Text)
		mix(p.Right)
		h ^= uint64(p.Style)<<8 ^ uint64(p.Size*4)<<16 ^ uint64(p.Gap*4)<<32 ^ uint64(p.Marker.A)<<48
		h *= 1099511628211
	}
	return h
}

// SetParas replaces the text.
func (v *TextView) SetParas(p []Para) { v.Paras = p }

func (v *TextView) layout(th *Theme) {
	k := layoutKey{n: len(v.Paras), w: v.Bounds.W, scale: th.Scale, sum: parasSum(v.Paras)}
	if k == v.key && v.lines != nil {
		return
	}
	v.key = k
	v.lines = v.lines[:0]
	y := 0.0
	for i, p := range v.Paras {
		face := v.face(th, p)
		lh := LineHeight(face)
		y += th.S(p.Gap)
		width := v.Bounds.W - th.S(8)
		if p.Marker.A > 0 {
			width -= th.S(10)
		}
		if p.Right != "" {
			width -= TextWidth(p.Right, face) + th.S(10)
		}
		for j, l := range Wrap(p.Text, face, width) {
			ll := laidLine{text: l, para: i, y: y}
			if j == 0 {
				ll.right = p.Right
			}
			v.lines = append(v.lines, ll)
			y += lh
		}
	}
	v.height = y
}

func (v *TextView) face(th *Theme, p Para) *text.GoTextFace {
	size := p.Size
	if size == 0 {
		size = SizeBody
	}
	return th.Face(p.Style, size)
}

// ContentHeight is the height of all the text at the current width.
func (v *TextView) ContentHeight(th *Theme) float64 {
	v.layout(th)
	return v.height
}

// Update scrolls with the wheel when the cursor is over the view.
func (v *TextView) Update(ctx *Context) {
	v.layout(ctx.Theme)
	maxScroll := math.Max(0, v.height-v.Bounds.H)
	if !v.started {
		v.started, v.pinned = true, v.FollowEnd
	}
	in := ctx.In
	if v.Bounds.Contains(in.X, in.Y) {
		if w := in.Wheel(); w != 0 {
			v.Scroll -= w * LineHeight(ctx.Theme.Body()) * 2
			in.ConsumeWheel()
			v.pinned = v.FollowEnd && v.Scroll >= maxScroll-1
		}
	}
	if v.pinned {
		v.Scroll = maxScroll
	}
	v.Scroll = math.Min(math.Max(v.Scroll, 0), maxScroll)
}

// ScrollToEnd shows the last line.
func (v *TextView) ScrollToEnd(th *Theme) {
	v.layout(th)
	v.Scroll = math.Max(0, v.height-v.Bounds.H)
	v.pinned = v.FollowEnd
}

// Draw paints the visible lines, with a scroll bar if the text overflows.
func (v *TextView) Draw(dst *ebiten.Image, th *Theme) {
	v.layout(th)
	if v.FollowEnd && (v.pinned || !v.started) {
		v.Scroll = math.Max(0, v.height-v.Bounds.H) // a log shows its end even before any update
	}
	sub := dst.SubImage(v.Bounds.Image()).(*ebiten.Image)
	for _, l := range v.lines {
		p := v.Paras[l.para]
		face := v.face(th, p)
		y := v.Bounds.Y + l.y - v.Scroll
		lh := LineHeight(face)
		if y+lh < v.Bounds.Y || y > v.Bounds.Bottom() {
			continue
		}
		clr := p.Colour
		if clr.A == 0 {
			clr = th.Text
		}
		x := v.Bounds.X
		if p.Marker.A > 0 {
			FillRect(sub, Rect{x, y + th.S(2), th.S(4), lh - th.S(3)}, p.Marker)
			x += th.S(10)
		}
		DrawText(sub, l.text, face, x, y, clr)
		if l.right != "" {
			DrawText(sub, l.right, face, v.Bounds.Right()-th.S(8)-TextWidth(l.right, face), y, clr)
		}
	}
	if v.height > v.Bounds.H+1 {
		track := Rect{v.Bounds.Right() - th.S(4), v.Bounds.Y, th.S(4), v.Bounds.H}
		FillRect(dst, track, WithAlpha(th.PanelBorder, 0x60))
		h := math.Max(th.S(16), v.Bounds.H*v.Bounds.H/v.height)
		y := v.Bounds.Y + (v.Bounds.H-h)*v.Scroll/math.Max(1, v.height-v.Bounds.H)
		FillRect(dst, Rect{track.X, y, track.W, h}, th.TextDim)
	}
}
