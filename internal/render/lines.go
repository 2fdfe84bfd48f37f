package render

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Line is a river, canal, coast or border drawn over the hexes, with its
// points in hex space.
type Line struct {
	Kind   string
	Name   string
	Points [][2]float64
}

// stroke is one pass of a line style: a colour and a width in hex widths,
// kept between MinPx and MaxPx pixels; Dash > 0 draws dashes of that many
// pixels (with equal gaps).
type stroke struct {
	Colour       color.RGBA
	Width        float64
	MinPx, MaxPx float64
	Dash         float64
}

// lineStyles gives the look of each kind of line: strokes drawn in order.
// A kind not listed is drawn as "river".
var lineStyles = map[string][]stroke{
	"river": {{Colour: rgb(0x2c, 0x66, 0xa8), Width: 0.11, MinPx: 1.6, MaxPx: 8}},
	"canal": {
		{Colour: rgb(0x2c, 0x5a, 0x8c), Width: 0.10, MinPx: 2.4, MaxPx: 7},
		{Colour: rgb(0x9c, 0xc8, 0xee), Width: 0.04, MinPx: 0.8, MaxPx: 3},
	},
	"coast":  {{Colour: rgb(0x1d, 0x3a, 0x5c), Width: 0.05, MinPx: 1.2, MaxPx: 3.5}},
	"lake":   {{Colour: rgb(0x2c, 0x66, 0xa8), Width: 0.05, MinPx: 1, MaxPx: 3}},
	"border": {{Colour: rgb(0xb0, 0x2a, 0x2a), Width: 0.05, MinPx: 1.5, MaxPx: 4, Dash: 8}},
}

func rgb(r, g, b uint8) color.RGBA { return color.RGBA{r, g, b, 0xff} }

// flatLine is a line flattened to a dense polyline in world pixels at one
// zoom (a Catmull–Rom spline through the line's points).
type flatLine struct {
	style      []stroke
	pts        []float64 // x0, y0, x1, y1, ...
	minX, minY float64
	maxX, maxY float64
}

// flatten turns l into a smooth polyline in world pixels at zoom z.
func flatten(l Line, z float64) flatLine {
	style, ok := lineStyles[l.Kind]
	if !ok {
		style = lineStyles["river"]
	}
	fl := flatLine{style: style, minX: math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1), maxY: math.Inf(-1)}
	n := len(l.Points)
	if n < 2 {
		return fl
	}
	p := func(i int) (float64, float64) {
		i = min(max(i, 0), n-1)
		return l.Points[i][0] * z, l.Points[i][1] * RowH * z
	}
	add := func(x, y float64) {
		fl.pts = append(fl.pts, x, y)
		fl.minX, fl.minY = math.Min(fl.minX, x), math.Min(fl.minY, y)
		fl.maxX, fl.maxY = math.Max(fl.maxX, x), math.Max(fl.maxY, y)
	}
	add(p(0))
	for i := 0; i < n-1; i++ {
		x0, y0 := p(i - 1)
		x1, y1 := p(i)
		x2, y2 := p(i + 1)
		x3, y3 := p(i + 2)
		steps := int(math.Min(math.Max(math.Hypot(x2-x1, y2-y1)/4, 1), 24))
		for s := 1; s <= steps; s++ {
			t := float64(s) / float64(steps)
			add(catmull(x0, x1, x2, x3, t), catmull(y0, y1, y2, y3, t))
		}
	}
	return fl
}

func catmull(p0, p1, p2, p3, t float64) float64 {
	t2, t3 := t*t, t*t*t
	return 0.5 * (2*p1 + (-p0+p2)*t + (2*p0-5*p1+4*p2-p3)*t2 + (-p0+3*p1-3*p2+p3)*t3)
}

// draw strokes the parts of fl that cross the world-pixel rectangle
// (rx, ry, rw, rh) onto dst, whose top-left is at world pixel (rx, ry).
func (fl *flatLine) draw(dst *ebiten.Image, rx, ry, rw, rh, z float64) {
	if len(fl.pts) < 4 {
		return
	}
	for _, st := range fl.style {
		w := math.Min(math.Max(st.Width*z, st.MinPx), st.MaxPx)
		m := w + 2
		if fl.maxX < rx-m || fl.minX > rx+rw+m || fl.maxY < ry-m || fl.minY > ry+rh+m {
			continue
		}
		var path vector.Path
		open := false
		dashLeft, dashOn := st.Dash, true
		for i := 0; i+3 < len(fl.pts); i += 2 {
			x0, y0, x1, y1 := fl.pts[i], fl.pts[i+1], fl.pts[i+2], fl.pts[i+3]
			if math.Max(x0, x1) < rx-m || math.Min(x0, x1) > rx+rw+m || math.Max(y0, y1) < ry-m || math.Min(y0, y1) > ry+rh+m {
				open = false
				continue
			}
			if st.Dash <= 0 {
				if !open {
					path.MoveTo(float32(x0-rx), float32(y0-ry))
					open = true
				}
				path.LineTo(float32(x1-rx), float32(y1-ry))
				continue
			}
			// Dashes: walk the segment, switching on and off every Dash pixels.
			seg := math.Hypot(x1-x0, y1-y0)
			done := 0.0
			for done < seg {
				step := math.Min(dashLeft, seg-done)
				ax, ay := x0+(x1-x0)*done/seg, y0+(y1-y0)*done/seg
				bx, by := x0+(x1-x0)*(done+step)/seg, y0+(y1-y0)*(done+step)/seg
				if dashOn {
					if !open {
						path.MoveTo(float32(ax-rx), float32(ay-ry))
						open = true
					}
					path.LineTo(float32(bx-rx), float32(by-ry))
				}
				done += step
				dashLeft -= step
				if dashLeft <= 1e-9 {
					dashOn, dashLeft, open = !dashOn, st.Dash, false
				}
			}
		}
		op := &vector.DrawPathOptions{AntiAlias: true}
		op.ColorScale.ScaleWithColor(st.Colour)
		// The polyline is dense, so bevel joins look round; round joins and
		// caps would multiply the stencil work.
		vector.StrokePath(dst, &path, &vector.StrokeOptions{Width: float32(w), LineJoin: vector.LineJoinBevel, LineCap: vector.LineCapButt}, op)
	}
}
