package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Rounded rectangles, rings and discs are drawn from small white sprites
// (made once with the vector package, then tinted and stretched as nine
// slices). Ebitengine batches such draws; filling vector paths on the
// screen every frame, between other draws, would flush a stencil pass each
// time and cost far more.

type spriteKey struct {
	ring bool
	rad  int
	w4   int // stroke width in quarter pixels (rings)
}

var spriteCache = map[spriteKey]*ebiten.Image{}

// roundSprite returns a white rounded square of corner radius rad (a filled
// one, or a ring of width w) with a two-pixel stretchable middle.
func roundSprite(rad int, ring bool, w float64) *ebiten.Image {
	k := spriteKey{ring: ring, rad: rad}
	if ring {
		k.w4 = int(math.Round(w * 4))
	}
	if img, ok := spriteCache[k]; ok {
		return img
	}
	size := 2*rad + 2
	img := ebiten.NewImage(size, size)
	var p vector.Path
	r := Rect{0, 0, float64(size), float64(size)}
	op := &vector.DrawPathOptions{AntiAlias: true}
	if ring {
		ww := float64(k.w4) / 4
		RoundRectPath(&p, r.Inset(ww/2), math.Max(float64(rad)-ww/2, 0))
		vector.StrokePath(img, &p, &vector.StrokeOptions{Width: float32(ww)}, op)
	} else {
		RoundRectPath(&p, r, float64(rad))
		vector.FillPath(img, &p, nil, op)
	}
	spriteCache[k] = img
	return img
}

// drawNine stretches a round sprite over r as nine slices, tinted clr.
func drawNine(dst, spr *ebiten.Image, r Rect, rad int, clr color.Color) {
	x0, y0 := math.Round(r.X), math.Round(r.Y)
	x1, y1 := math.Round(r.Right()), math.Round(r.Bottom())
	w, h := x1-x0, y1-y0
	if w <= 0 || h <= 0 {
		return
	}
	rf := float64(rad)
	src := [3][2]int{{0, rad}, {rad, rad + 2}, {rad + 2, 2*rad + 2}}
	dx := [3][2]float64{{x0, x0 + rf}, {x0 + rf, x1 - rf}, {x1 - rf, x1}}
	dy := [3][2]float64{{y0, y0 + rf}, {y0 + rf, y1 - rf}, {y1 - rf, y1}}
	var cs ebiten.ColorScale
	cs.ScaleWithColor(clr)
	for j := 0; j < 3; j++ {
		for i := 0; i < 3; i++ {
			sw, sh := src[i][1]-src[i][0], src[j][1]-src[j][0]
			tw, th := dx[i][1]-dx[i][0], dy[j][1]-dy[j][0]
			if sw <= 0 || sh <= 0 || tw <= 0 || th <= 0 {
				continue
			}
			sub := spr.SubImage(image.Rect(src[i][0], src[j][0], src[i][1], src[j][1])).(*ebiten.Image)
			op := &ebiten.DrawImageOptions{}
			op.GeoM.Scale(tw/float64(sw), th/float64(sh))
			op.GeoM.Translate(dx[i][0], dy[j][0])
			op.ColorScale = cs
			dst.DrawImage(sub, op)
		}
	}
}

func clampRadius(r Rect, rad float64) int {
	return int(math.Max(0, math.Floor(math.Min(rad, math.Min(r.W, r.H)/2))))
}

// FillRoundRect fills a rectangle with rounded corners of radius rad.
func FillRoundRect(dst *ebiten.Image, r Rect, rad float64, clr color.Color) {
	n := clampRadius(r, rad)
	if n < 1 {
		FillRect(dst, r, clr)
		return
	}
	drawNine(dst, roundSprite(n, false, 0), r, n, clr)
}

// StrokeRoundRect outlines a rounded rectangle with a line of width w
// drawn inside it.
func StrokeRoundRect(dst *ebiten.Image, r Rect, rad, w float64, clr color.Color) {
	n := clampRadius(r, rad)
	if n < 1 || w*2 >= math.Min(r.W, r.H) {
		StrokeRect(dst, r, w, clr)
		return
	}
	drawNine(dst, roundSprite(n, true, math.Min(w, float64(n))), r, n, clr)
}

// FillCircle fills a disc of radius rad centred at (cx, cy).
func FillCircle(dst *ebiten.Image, cx, cy, rad float64, clr color.Color) {
	FillRoundRect(dst, Rect{cx - rad, cy - rad, 2 * rad, 2 * rad}, rad, clr)
}

// StrokeCircle outlines a circle of radius rad with a line of width w inside it.
func StrokeCircle(dst *ebiten.Image, cx, cy, rad, w float64, clr color.Color) {
	StrokeRoundRect(dst, Rect{cx - rad, cy - rad, 2 * rad, 2 * rad}, rad, w, clr)
}
