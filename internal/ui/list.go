package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// ListItem is one row of a List.
type ListItem struct {
	Text   string
	Detail string     // smaller second line
	Swatch color.RGBA // a coloured square before the text, if Alpha > 0
	Data   any        // whatever the screen needs back
}

// List is a vertical list of selectable rows that scrolls with the wheel
// and moves its selection with the Up and Down keys.
type List struct {
	Items    []ListItem
	Selected int
	Bounds   Rect
	Scroll   float64 // pixels scrolled from the top

	hover int
}

// RowHeight is the height of one row under th.
func (l *List) RowHeight(th *Theme) float64 {
	h := LineHeight(th.Face(Bold, SizeBody)) + th.S(14)
	for _, it := range l.Items {
		if it.Detail != "" {
			return h + LineHeight(th.Face(Regular, SizeSmall))
		}
	}
	return h
}

// Update handles input. changed reports a new selection; activated reports
// a double action on the selected row (Enter, or a click on the row that
// was already selected).
func (l *List) Update(ctx *Context) (changed, activated bool) {
	in, th := ctx.In, ctx.Theme
	rh := l.RowHeight(th)
	l.hover = -1
	if l.Bounds.Contains(in.X, in.Y) {
		if w := in.Wheel(); w != 0 {
			l.Scroll -= w * rh
			in.ConsumeWheel()
		}
		i := int((in.Y - l.Bounds.Y + l.Scroll) / rh)
		if i >= 0 && i < len(l.Items) {
			l.hover = i
			if in.Clicked(MouseLeft) {
				in.ConsumeClick()
				if i == l.Selected {
					activated = true
				} else {
					l.Selected, changed = i, true
				}
			}
		}
	}
	if in.TakeKey(ebiten.KeyDown) && l.Selected < len(l.Items)-1 {
		l.Selected++
		changed = true
		l.reveal(rh)
	}
	if in.TakeKey(ebiten.KeyUp) && l.Selected > 0 {
		l.Selected--
		changed = true
		l.reveal(rh)
	}
	if in.TakeKey(ebiten.KeyEnter) || in.TakeKey(ebiten.KeyNumpadEnter) {
		activated = true
	}
	l.clamp(rh)
	return changed, activated
}

func (l *List) reveal(rh float64) {
	top := float64(l.Selected) * rh
	if top < l.Scroll {
		l.Scroll = top
	}
	if top+rh > l.Scroll+l.Bounds.H {
		l.Scroll = top + rh - l.Bounds.H
	}
}

func (l *List) clamp(rh float64) {
	maxScroll := math.Max(0, float64(len(l.Items))*rh-l.Bounds.H)
	l.Scroll = math.Min(math.Max(l.Scroll, 0), maxScroll)
}

// Draw paints the visible rows.
func (l *List) Draw(dst *ebiten.Image, th *Theme) {
	rh := l.RowHeight(th)
	sub := dst.SubImage(l.Bounds.Image()).(*ebiten.Image)
	bold, small := th.Face(Bold, SizeBody), th.Face(Regular, SizeSmall)
	for i, it := range l.Items {
		y := l.Bounds.Y + float64(i)*rh - l.Scroll
		if y+rh < l.Bounds.Y || y > l.Bounds.Bottom() {
			continue
		}
		row := Rect{l.Bounds.X, y, l.Bounds.W, rh - th.S(4)}
		fg := th.Text
		switch {
		case i == l.Selected:
			FillRoundRect(sub, row, th.S(6), th.Accent)
			fg = color.RGBA{0x1a, 0x16, 0x0c, 0xff}
		case i == l.hover:
			FillRoundRect(sub, row, th.S(6), th.ButtonHover)
		}
		x := row.X + th.S(12)
		if it.Swatch.A > 0 {
			s := th.S(14)
			FillRect(sub, Rect{x, row.Y + th.S(10), s, s}, it.Swatch)
			x += s + th.S(10)
		}
		DrawText(sub, Ellipsize(it.Text, bold, row.Right()-x-th.S(8)), bold, x, row.Y+th.S(7), fg)
		if it.Detail != "" {
			dim := th.TextDim
			if i == l.Selected {
				dim = fg
			}
			DrawText(sub, Ellipsize(it.Detail, small, row.Right()-x-th.S(8)), small, x, row.Y+th.S(7)+LineHeight(bold), dim)
		}
	}
}
