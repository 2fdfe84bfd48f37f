package ui

import "image"

// Rect is a rectangle on the screen in pixels: X, Y is the top-left corner.
type Rect struct {
	X, Y, W, H float64
}

// R is shorthand for Rect{x, y, w, h}.
func R(x, y, w, h float64) Rect { return Rect{x, y, w, h} }

// Contains reports whether the point (px, py) lies inside r.
func (r Rect) Contains(px, py float64) bool {
	return px >= r.X && py >= r.Y && px < r.X+r.W && py < r.Y+r.H
}

// Right is the x just past the right edge.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom is the y just past the bottom edge.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Centre returns the middle of r.
func (r Rect) Centre() (x, y float64) { return r.X + r.W/2, r.Y + r.H/2 }

// Inset shrinks r by d on every side (never below zero size).
func (r Rect) Inset(d float64) Rect {
	out := Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d}
	out.W, out.H = max(out.W, 0), max(out.H, 0)
	return out
}

// CutTop removes a strip of height h from the top of *r and returns it.
func (r *Rect) CutTop(h float64) Rect {
	h = min(max(h, 0), r.H)
	out := Rect{r.X, r.Y, r.W, h}
	r.Y += h
	r.H -= h
	return out
}

// CutBottom removes a strip of height h from the bottom of *r and returns it.
func (r *Rect) CutBottom(h float64) Rect {
	h = min(max(h, 0), r.H)
	r.H -= h
	return Rect{r.X, r.Y + r.H, r.W, h}
}

// CutLeft removes a strip of width w from the left of *r and returns it.
func (r *Rect) CutLeft(w float64) Rect {
	w = min(max(w, 0), r.W)
	out := Rect{r.X, r.Y, w, r.H}
	r.X += w
	r.W -= w
	return out
}

// CutRight removes a strip of width w from the right of *r and returns it.
func (r *Rect) CutRight(w float64) Rect {
	w = min(max(w, 0), r.W)
	r.W -= w
	return Rect{r.X + r.W, r.Y, w, r.H}
}

// Centred returns a w×h rectangle centred in r.
func (r Rect) Centred(w, h float64) Rect {
	return Rect{r.X + (r.W-w)/2, r.Y + (r.H-h)/2, w, h}
}

// SplitH divides r into n equal columns separated by gap.
func (r Rect) SplitH(n int, gap float64) []Rect {
	if n <= 0 {
		return nil
	}
	w := (r.W - gap*float64(n-1)) / float64(n)
	out := make([]Rect, n)
	for i := range out {
		out[i] = Rect{r.X + float64(i)*(w+gap), r.Y, w, r.H}
	}
	return out
}

// Image converts r to an image.Rectangle (rounded outwards).
func (r Rect) Image() image.Rectangle {
	return image.Rect(int(r.X), int(r.Y), int(r.X+r.W+0.999), int(r.Y+r.H+0.999))
}
