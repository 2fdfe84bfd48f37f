package ui

import (
	"image/color"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
)

// Context is what widgets see while updating: the frame's input, the theme,
// and the tooltip the hovered widget asks for.
type Context struct {
	In    *Input
	Theme *Theme
	// Tip is the tooltip text of the widget under the cursor, set during
	// Update; the screen draws it last.
	Tip string
}

// Button is a push button with an optional keyboard shortcut.
type Button struct {
	ID       string       // what the screen acts on
	Label    string       // text on the button
	Keys     []ebiten.Key // shortcuts; the first is shown as KeyLabel
	KeyLabel string       // e.g. "Enter", shown after the label
	Tip      string       // tooltip
	Disabled bool
	Primary  bool // drawn in the accent colour
	Selected bool // drawn as toggled on
	Bounds   Rect

	hover, down bool
}

// Text is the label with its shortcut, as drawn.
func (b *Button) Text() string {
	if b.KeyLabel == "" {
		return b.Label
	}
	return b.Label + "  [" + b.KeyLabel + "]"
}

// Update handles the mouse and the shortcut; it reports a click.
func (b *Button) Update(ctx *Context) bool {
	in := ctx.In
	b.hover = b.Bounds.Contains(in.X, in.Y)
	if b.hover && b.Tip != "" {
		ctx.Tip = b.Tip
	}
	if b.hover && in.PressedFree(MouseLeft) {
		b.down = true
		in.ConsumeClick()
	}
	clicked := false
	if in.Released[MouseLeft] {
		if b.down && b.hover && !b.Disabled {
			clicked = true
			in.ConsumeClick()
		}
		b.down = false
	}
	if !in.Down[MouseLeft] && !in.Released[MouseLeft] {
		b.down = false
	}
	if !b.Disabled {
		for _, k := range b.Keys {
			if in.TakeKey(k) {
				clicked = true
			}
		}
	}
	return clicked
}

// Draw paints the button.
func (b *Button) Draw(dst *ebiten.Image, th *Theme) {
	fill, fg := th.Button, th.Text
	switch {
	case b.Disabled:
		fill, fg = th.ButtonOff, th.TextDim
	case b.down:
		fill = th.ButtonDown
	case b.Primary || b.Selected:
		fill, fg = th.Accent, color.RGBA{0x1a, 0x16, 0x0c, 0xff}
		if b.hover {
			fill = Mix(th.Accent, color.RGBA{255, 255, 255, 255}, 0.2)
		}
	case b.hover:
		fill = th.ButtonHover
	}
	FillRoundRect(dst, b.Bounds, th.S(6), fill)
	if b.hover && !b.Disabled {
		StrokeRoundRect(dst, b.Bounds, th.S(6), max(1, th.S(1.5)), th.Accent)
	}
	face := th.Face(Bold, SizeBody)
	label := b.Label
	keyText := ""
	if b.KeyLabel != "" {
		keyText = b.KeyLabel
	}
	lw := TextWidth(label, face)
	small := th.Face(Regular, SizeSmall)
	kw := 0.0
	if keyText != "" {
		kw = TextWidth(keyText, small) + th.S(14)
	}
	if lw+kw > b.Bounds.W-th.S(12) {
		kw, keyText = 0, "" // no room for the shortcut
		label = Ellipsize(label, face, b.Bounds.W-th.S(12))
		lw = TextWidth(label, face)
	}
	x := b.Bounds.X + (b.Bounds.W-lw-kw)/2
	DrawTextIn(dst, label, face, Rect{x, b.Bounds.Y, lw, b.Bounds.H}, AlignLeft, fg)
	if keyText != "" {
		kr := Rect{x + lw + th.S(8), b.Bounds.Y + b.Bounds.H/2 - th.S(10), kw - th.S(8), th.S(20)}
		StrokeRoundRect(dst, kr, th.S(4), max(1, th.S(1)), WithAlpha(fg, 0x90))
		DrawTextIn(dst, keyText, small, kr, AlignCentre, fg)
	}
}

// NaturalWidth is the width the button needs for its text.
func (b *Button) NaturalWidth(th *Theme) float64 {
	w := TextWidth(b.Label, th.Face(Bold, SizeBody)) + th.S(28)
	if b.KeyLabel != "" {
		w += TextWidth(b.KeyLabel, th.Face(Regular, SizeSmall)) + th.S(16)
	}
	return w
}

// LayoutRow places buttons left to right in r at their natural widths, with
// gap between them; buttons that do not fit get zero bounds. It returns the
// width used.
func LayoutRow(buttons []*Button, r Rect, gap float64, th *Theme) float64 {
	x := r.X
	for _, b := range buttons {
		w := b.NaturalWidth(th)
		if x+w > r.Right()+0.5 {
			b.Bounds = Rect{}
			continue
		}
		b.Bounds = Rect{x, r.Y, w, r.H}
		x += w + gap
	}
	return x - r.X - gap
}

// LayoutRowRight places buttons right to left, ending at r's right edge.
func LayoutRowRight(buttons []*Button, r Rect, gap float64, th *Theme) {
	x := r.Right()
	for _, b := range slices.Backward(buttons) {
		w := b.NaturalWidth(th)
		x -= w
		b.Bounds = Rect{x, r.Y, w, r.H}
		x -= gap
	}
}

// LayoutGrid places buttons in cols equal columns, rows of height h with gap.
// It returns the height used.
func LayoutGrid(buttons []*Button, r Rect, cols int, h, gap float64) float64 {
	if len(buttons) == 0 {
		return 0
	}
	w := (r.W - gap*float64(cols-1)) / float64(cols)
	for i, b := range buttons {
		c, row := i%cols, i/cols
		b.Bounds = Rect{r.X + float64(c)*(w+gap), r.Y + float64(row)*(h+gap), w, h}
	}
	rows := (len(buttons) + cols - 1) / cols
	return float64(rows)*(h+gap) - gap
}

// Choice is a row of mutually exclusive options (a segmented control).
type Choice struct {
	Options  []string
	Selected int
	Bounds   Rect
	Tip      string

	buttons []*Button
}

// Update handles clicks; it reports whether the selection changed.
func (c *Choice) Update(ctx *Context) bool {
	c.sync()
	if c.Bounds.Contains(ctx.In.X, ctx.In.Y) && c.Tip != "" {
		ctx.Tip = c.Tip
	}
	changed := false
	for i, b := range c.buttons {
		if b.Update(ctx) && c.Selected != i {
			c.Selected = i
			changed = true
		}
	}
	return changed
}

func (c *Choice) sync() {
	for len(c.buttons) < len(c.Options) {
		c.buttons = append(c.buttons, &Button{})
	}
	c.buttons = c.buttons[:len(c.Options)]
	rects := c.Bounds.SplitH(len(c.Options), 4)
	for i, b := range c.buttons {
		b.Label = c.Options[i]
		b.Bounds = rects[i]
		b.Selected = i == c.Selected
	}
}

// Draw paints the options.
func (c *Choice) Draw(dst *ebiten.Image, th *Theme) {
	c.sync()
	for _, b := range c.buttons {
		b.Draw(dst, th)
	}
}
