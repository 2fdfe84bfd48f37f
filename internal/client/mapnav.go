package client

import (
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// panKey pans the map while it is held.
type panKey struct {
	key    ebiten.Key
	dx, dy float64
}

// mapNav moves a camera over a map by mouse and keys: drag to pan, wheel
// and +/- to zoom, held keys to pan; it tells clicks from drags. The play
// and watch screens share it.
type mapNav struct {
	pressing, dragging bool
	button             int
	pressX, pressY     float64
	lastX, lastY       float64
	hover              game.Hex
	hoverFrames        int // frames the cursor has rested on hover
}

// update handles this frame's input for the map shown in r and returns the
// hex under the cursor, with ok false when the cursor is not on the map
// (or drags it), and the mouse button clicked on the map this frame (a
// press and release without a drag), or -1.
func (n *mapNav) update(ctx *ui.Context, cam *render.Camera, r ui.Rect, cols, rows int, pan []panKey) (h game.Hex, ok bool, clicked int) {
	clicked = -1
	in, th := ctx.In, ctx.Theme
	speed := 16 * th.Scale
	for _, pk := range pan {
		if in.IsHeld(pk.key) {
			cam.Pan(pk.dx*speed, pk.dy*speed)
		}
	}
	cx, cy := r.Centre()
	for _, zk := range zoomKeys {
		for _, k := range zk.keys {
			if in.TakeKey(k) {
				cam.ZoomAt(cx, cy, zk.factor)
			}
		}
	}
	inMap := r.Contains(in.X, in.Y)
	if wh := in.Wheel(); wh != 0 && inMap {
		cam.ZoomAt(in.X, in.Y, math.Pow(1.15, wh))
		in.ConsumeWheel()
	}
	for b := 0; b < 3; b++ {
		if in.PressedFree(b) && inMap && !n.pressing {
			n.pressing, n.dragging, n.button = true, false, b
			n.pressX, n.pressY = in.X, in.Y
		}
	}
	if n.pressing {
		b := n.button
		if !n.dragging && math.Hypot(in.X-n.pressX, in.Y-n.pressY) > 6*th.Scale {
			n.dragging = true
			n.lastX, n.lastY = n.pressX, n.pressY
		}
		if n.dragging {
			cam.Pan(in.X-n.lastX, in.Y-n.lastY)
			n.lastX, n.lastY = in.X, in.Y
		}
		if in.Released[b] || !in.Down[b] {
			if !n.dragging && in.Released[b] && inMap && !in.ClickUsed() {
				clicked = b
			}
			n.pressing, n.dragging = false, false
		}
	}
	cam.Clamp(cols, rows)
	h = cam.HexUnder(in.X, in.Y)
	if h != n.hover {
		n.hover, n.hoverFrames = h, 0
	} else {
		n.hoverFrames++
	}
	return h, inMap && in.Hovered && !n.dragging, clicked
}

func joinLines(lines []string) string { return strings.Join(lines, "\n") }
