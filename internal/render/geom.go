package render

import (
	"math"

	"jinsong/game"
	"jinsong/internal/ui"
)

// RowH is the distance between hex rows in hex widths (√3/2 for regular
// pointy-top hexes).
const RowH = 0.8660254037844386

// Centre returns the hex-space centre of h.
func Centre(h game.Hex) (x, y float64) {
	return float64(h.Col) + 0.5*float64(h.Row&1), float64(h.Row)
}

// Corners are the six corners of a hex relative to its centre in hex space
// (x in hex widths, y in rows), clockwise from the top.
var Corners = [6][2]float64{
	{0, -2.0 / 3}, {0.5, -1.0 / 3}, {0.5, 1.0 / 3}, {0, 2.0 / 3}, {-0.5, 1.0 / 3}, {-0.5, -1.0 / 3},
}

// HexAt returns the hex containing the hex-space point (x, y) (it may lie
// off the map).
func HexAt(x, y float64) game.Hex {
	best := game.Hex{}
	bestD := math.Inf(1)
	r0 := int(math.Floor(y))
	for row := r0 - 1; row <= r0+2; row++ {
		shift := 0.5 * float64(row&1)
		c0 := int(math.Round(x - shift))
		for col := c0 - 1; col <= c0+1; col++ {
			dx := x - (float64(col) + shift)
			dy := (y - float64(row)) * RowH
			if d := dx*dx + dy*dy; d < bestD {
				best, bestD = game.Hex{Col: col, Row: row}, d
			}
		}
	}
	return best
}

// Camera maps hex space to the screen: the hex-space point (X, Y) is drawn
// at the centre of View, and one hex width is Zoom pixels.
type Camera struct {
	X, Y float64
	Zoom float64
	View ui.Rect
}

// Zoom limits in pixels per hex width.
const (
	MinZoom = 4
	MaxZoom = 160
)

// ToScreen converts a hex-space point to screen pixels.
func (c *Camera) ToScreen(x, y float64) (sx, sy float64) {
	return c.View.X + c.View.W/2 + (x-c.X)*c.Zoom, c.View.Y + c.View.H/2 + (y-c.Y)*RowH*c.Zoom
}

// ToWorld converts screen pixels to a hex-space point.
func (c *Camera) ToWorld(sx, sy float64) (x, y float64) {
	return c.X + (sx-c.View.X-c.View.W/2)/c.Zoom, c.Y + (sy-c.View.Y-c.View.H/2)/(RowH*c.Zoom)
}

// HexCentre returns the screen position of h's centre.
func (c *Camera) HexCentre(h game.Hex) (sx, sy float64) { return c.ToScreen(Centre(h)) }

// HexUnder returns the hex under the screen point.
func (c *Camera) HexUnder(sx, sy float64) game.Hex { return HexAt(c.ToWorld(sx, sy)) }

// Pan moves the view by (dx, dy) screen pixels.
func (c *Camera) Pan(dx, dy float64) {
	c.X -= dx / c.Zoom
	c.Y -= dy / (RowH * c.Zoom)
}

// ZoomAt multiplies the zoom by f, keeping the hex-space point under the
// screen point (sx, sy) where it is.
func (c *Camera) ZoomAt(sx, sy, f float64) {
	wx, wy := c.ToWorld(sx, sy)
	c.Zoom = math.Min(math.Max(c.Zoom*f, MinZoom), MaxZoom)
	nx, ny := c.ToWorld(sx, sy)
	c.X += wx - nx
	c.Y += wy - ny
}

// Fit centres the hex-space rectangle (x0, y0)–(x1, y1) and zooms so it fills
// the view.
func (c *Camera) Fit(x0, y0, x1, y1 float64) {
	w, h := math.Max(x1-x0, 1), math.Max(y1-y0, 1)
	c.Zoom = math.Min(c.View.W/w, c.View.H/(h*RowH))
	c.Zoom = math.Min(math.Max(c.Zoom, MinZoom), MaxZoom)
	c.X, c.Y = (x0+x1)/2, (y0+y1)/2
}

// Clamp keeps the centre of the view over a map of cols × rows hexes.
func (c *Camera) Clamp(cols, rows int) {
	c.X = math.Min(math.Max(c.X, -0.5), float64(cols))
	c.Y = math.Min(math.Max(c.Y, -0.5), float64(rows)-0.5)
}

// Visible returns the range of hexes (inclusive) that may show in the view.
func (c *Camera) Visible() (col0, row0, col1, row1 int) {
	x0, y0 := c.ToWorld(c.View.X, c.View.Y)
	x1, y1 := c.ToWorld(c.View.Right(), c.View.Bottom())
	return int(math.Floor(x0)) - 1, int(math.Floor(y0)) - 1, int(math.Ceil(x1)) + 1, int(math.Ceil(y1)) + 1
}

// Contain moves the view so that it shows as much of a cols × rows map as
// it can: no empty margin on a side where the map extends beyond the view.
func (c *Camera) Contain(cols, rows int) {
	halfW, halfH := c.View.W/2/c.Zoom, c.View.H/2/(RowH*c.Zoom)
	x0, x1 := -0.5, float64(cols)
	y0, y1 := -2.0/3, float64(rows)-1+2.0/3
	if x1-x0 <= 2*halfW {
		c.X = (x0 + x1) / 2
	} else {
		c.X = math.Min(math.Max(c.X, x0+halfW), x1-halfW)
	}
	if y1-y0 <= 2*halfH {
		c.Y = (y0 + y1) / 2
	} else {
		c.Y = math.Min(math.Max(c.Y, y0+halfH), y1-halfH)
	}
}
