package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// FillRect fills r with clr.
func FillRect(dst *ebiten.Image, r Rect, clr color.Color) {
	vector.FillRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), clr, false)
}

// StrokeRect outlines r with a line of width w drawn inside it.
func StrokeRect(dst *ebiten.Image, r Rect, w float64, clr color.Color) {
	vector.StrokeRect(dst, float32(r.X+w/2), float32(r.Y+w/2), float32(r.W-w), float32(r.H-w), float32(w), clr, false)
}

// RoundRectPath appends a rectangle with corners of radius rad to p.
func RoundRectPath(p *vector.Path, r Rect, rad float64) {
	rad = math.Min(rad, math.Min(r.W, r.H)/2)
	x0, y0, x1, y1 := float32(r.X), float32(r.Y), float32(r.Right()), float32(r.Bottom())
	rr := float32(rad)
	p.MoveTo(x0+rr, y0)
	p.LineTo(x1-rr, y0)
	p.ArcTo(x1, y0, x1, y0+rr, rr)
	p.LineTo(x1, y1-rr)
	p.ArcTo(x1, y1, x1-rr, y1, rr)
	p.LineTo(x0+rr, y1)
	p.ArcTo(x0, y1, x0, y1-rr, rr)
	p.LineTo(x0, y0+rr)
	p.ArcTo(x0, y0, x0+rr, y0, rr)
	p.Close()
}

// DrawPanel draws the standard panel: a rounded dark box with a border.
func DrawPanel(dst *ebiten.Image, th *Theme, r Rect) {
	FillRoundRect(dst, Rect{r.X + th.S(3), r.Y + th.S(4), r.W, r.H}, th.S(8), th.Shadow)
	FillRoundRect(dst, r, th.S(8), th.Panel)
	StrokeRoundRect(dst, r, th.S(8), max(1, th.S(1)), th.PanelBorder)
}

// WithAlpha returns clr with its alpha replaced (colour premultiplied).
func WithAlpha(clr color.RGBA, a uint8) color.RGBA {
	f := float64(a) / 255
	return color.RGBA{uint8(float64(clr.R) * f), uint8(float64(clr.G) * f), uint8(float64(clr.B) * f), a}
}

// Mix blends a towards b by t (0..1); alpha is taken from a.
func Mix(a, b color.RGBA, t float64) color.RGBA {
	l := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), a.A}
}

// ParseHex reads "#rrggbb" (or "rrggbb"); ok is false if it is malformed.
func ParseHex(s string) (color.RGBA, bool) {
	if len(s) > 0 && s[0] == '#' {
		s = s[1:]
	}
	if len(s) != 6 {
		return color.RGBA{}, false
	}
	var v [3]uint8
	for i := 0; i < 3; i++ {
		hi, ok1 := hexDigit(s[2*i])
		lo, ok2 := hexDigit(s[2*i+1])
		if !ok1 || !ok2 {
			return color.RGBA{}, false
		}
		v[i] = hi<<4 | lo
	}
	return color.RGBA{v[0], v[1], v[2], 0xff}, true
}

func hexDigit(c byte) (uint8, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Luma is the perceived brightness of clr, 0..1.
func Luma(clr color.RGBA) float64 {
	return (0.299*float64(clr.R) + 0.587*float64(clr.G) + 0.114*float64(clr.B)) / 255
}

// Contrast returns black or white, whichever reads better on bg.
func Contrast(bg color.RGBA) color.RGBA {
	if Luma(bg) > 0.55 {
		return color.RGBA{0x10, 0x10, 0x10, 0xff}
	}
	return color.RGBA{0xff, 0xff, 0xff, 0xff}
}
