package ui

import (
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Align places text horizontally within a width.
type Align int

// Alignments.
const (
	AlignLeft Align = iota
	AlignCentre
	AlignRight
)

// TextWidth is the advance of s in face.
func TextWidth(s string, face *text.GoTextFace) float64 { return text.Advance(s, face) }

// DrawText draws one line of s with its top-left at (x, y).
func DrawText(dst *ebiten.Image, s string, face *text.GoTextFace, x, y float64, clr color.Color) {
	op := &text.DrawOptions{}
	op.GeoM.Translate(float64(int(x)), float64(int(y)))
	op.ColorScale.ScaleWithColor(clr)
	text.Draw(dst, s, face, op)
}

// DrawTextIn draws one line of s aligned within r and centred vertically.
func DrawTextIn(dst *ebiten.Image, s string, face *text.GoTextFace, r Rect, align Align, clr color.Color) {
	w := TextWidth(s, face)
	x := r.X
	switch align {
	case AlignCentre:
		x = r.X + (r.W-w)/2
	case AlignRight:
		x = r.Right() - w
	}
	m := face.Metrics()
	y := r.Y + (r.H-(m.HAscent+m.HDescent))/2
	DrawText(dst, s, face, x, y, clr)
}

// DrawTextHalo draws s with a one-pixel outline of halo around it, for
// labels over a busy map.
func DrawTextHalo(dst *ebiten.Image, s string, face *text.GoTextFace, x, y float64, clr, halo color.Color, width float64) {
	x, y = float64(int(x)), float64(int(y))
	w := max(1, float64(int(width+0.5)))
	for _, d := range [8][2]float64{{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}} {
		DrawText(dst, s, face, x+d[0]*w, y+d[1]*w, halo)
	}
	DrawText(dst, s, face, x, y, clr)
}

// Wrap breaks s into lines no wider than width, at spaces; explicit newlines
// start new lines and an empty line stays empty. A word wider than width
// gets a line of its own.
func Wrap(s string, face *text.GoTextFace, width float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		line := words[0]
		for _, w := range words[1:] {
			try := line + " " + w
			if TextWidth(try, face) <= width {
				line = try
				continue
			}
			out = append(out, line)
			line = w
		}
		out = append(out, line)
	}
	return out
}

// Ellipsize shortens s with "…" until it fits width.
func Ellipsize(s string, face *text.GoTextFace, width float64) string {
	if TextWidth(s, face) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 0 {
		r = r[:len(r)-1]
		if t := strings.TrimRight(string(r), " ") + "…"; TextWidth(t, face) <= width {
			return t
		}
	}
	return ""
}
