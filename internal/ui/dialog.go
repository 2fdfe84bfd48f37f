package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
)

// Dialog is a modal box: a title, rows of text and a row of buttons. While
// it is open it takes every click and key, so nothing behind it reacts.
// Escape picks the button with ID "cancel" (or closes with ""), Enter picks
// the first Primary button.
type Dialog struct {
	Title   string
	Tabs    *Choice // optional row of alternatives under the title
	Rows    []Para
	Buttons []*Button
	Width   float64 // base width at scale 1 (default 520)
	Bounds  Rect

	body TextView
}

// Layout centres the dialog in screen, as tall as its content allows.
func (d *Dialog) Layout(screen Rect, th *Theme) {
	w := th.S(d.Width)
	if d.Width == 0 {
		w = th.S(520)
	}
	w = min(w, screen.W-th.S(20))
	pad := th.S(18)
	d.body.Paras = d.Rows
	d.body.Bounds = Rect{0, 0, w - 2*pad, 1}
	bodyH := d.body.ContentHeight(th)
	titleH := LineHeight(th.Face(Bold, SizeLarge)) + th.S(10)
	tabsH := 0.0
	if d.Tabs != nil {
		tabsH = th.S(46)
	}
	btnH := th.S(40)
	h := pad + titleH + tabsH + bodyH + th.S(14) + btnH + pad
	h = min(h, screen.H-th.S(20))
	d.Bounds = screen.Centred(w, h)
	inner := d.Bounds.Inset(pad)
	inner.CutTop(titleH)
	if d.Tabs != nil {
		d.Tabs.Bounds = inner.CutTop(tabsH)
		d.Tabs.Bounds.H -= th.S(8)
	}
	btns := inner.CutBottom(btnH)
	inner.CutBottom(th.S(14))
	d.body.Bounds = inner
	total := 0.0
	for _, b := range d.Buttons {
		total += b.NaturalWidth(th) + th.S(10)
	}
	LayoutRowRight(d.Buttons, btns, th.S(10), th)
	if total > btns.W { // too many to fit at natural width: share the row
		for i, r := range btns.SplitH(len(d.Buttons), th.S(8)) {
			d.Buttons[i].Bounds = r
		}
	}
}

// Update handles input and returns the ID of the button chosen, "tab" when
// the tab changed (a click, or the Left, Right and Tab keys), or "". Every
// click and key is consumed.
func (d *Dialog) Update(ctx *Context) string {
	in := ctx.In
	d.body.Update(ctx)
	chosen := ""
	if d.Tabs != nil {
		if d.Tabs.Update(ctx) {
			chosen = "tab"
		}
		n := len(d.Tabs.Options)
		switch {
		case in.TakeKey(ebiten.KeyArrowRight) || in.TakeKey(ebiten.KeyTab):
			d.Tabs.Selected, chosen = (d.Tabs.Selected+1)%n, "tab"
		case in.TakeKey(ebiten.KeyArrowLeft):
			d.Tabs.Selected, chosen = (d.Tabs.Selected+n-1)%n, "tab"
		}
	}
	for _, b := range d.Buttons {
		if b.Update(ctx) && chosen == "" {
			chosen = b.ID
		}
	}
	if chosen == "" && in.TakeKey(ebiten.KeyEscape) {
		chosen = "cancel"
	}
	if chosen == "" && (in.TakeKey(ebiten.KeyEnter) || in.TakeKey(ebiten.KeyNumpadEnter)) {
		for _, b := range d.Buttons {
			if b.Primary && !b.Disabled {
				chosen = b.ID
				break
			}
		}
	}
	in.ConsumeClick()
	in.ConsumeWheel()
	for _, k := range in.Keys {
		in.TakeKey(k)
	}
	return chosen
}

// Draw paints the dimmed backdrop and the dialog.
func (d *Dialog) Draw(dst *ebiten.Image, th *Theme) {
	b := dst.Bounds()
	FillRect(dst, Rect{0, 0, float64(b.Dx()), float64(b.Dy())}, WithAlpha(th.Background, 0x90))
	DrawPanel(dst, th, d.Bounds)
	pad := th.S(18)
	DrawText(dst, d.Title, th.Face(Bold, SizeLarge), d.Bounds.X+pad, d.Bounds.Y+pad, th.Accent)
	if d.Tabs != nil {
		d.Tabs.Draw(dst, th)
	}
	d.body.Draw(dst, th)
	for _, btn := range d.Buttons {
		btn.Draw(dst, th)
	}
}

// DrawTooltip draws lines in a box beside the point (x, y), kept inside the
// screen. The first line is bold.
func DrawTooltip(dst *ebiten.Image, th *Theme, lines []string, x, y float64) {
	if len(lines) == 0 {
		return
	}
	bold, reg := th.Face(Bold, SizeSmall+1), th.Face(Regular, SizeSmall+1)
	pad := th.S(8)
	w, h := 0.0, 0.0
	for i, l := range lines {
		f := reg
		if i == 0 {
			f = bold
		}
		w = max(w, TextWidth(l, f))
		h += LineHeight(f)
	}
	r := Rect{x + th.S(18), y + th.S(20), w + 2*pad, h + 2*pad}
	sb := dst.Bounds()
	if r.Right() > float64(sb.Max.X)-2 {
		r.X = x - r.W - th.S(10)
	}
	if r.Bottom() > float64(sb.Max.Y)-2 {
		r.Y = y - r.H - th.S(10)
	}
	r.X, r.Y = max(r.X, 2), max(r.Y, 2)
	FillRoundRect(dst, r, th.S(5), WithAlpha(th.Background, 0xf0))
	StrokeRoundRect(dst, r, th.S(5), max(1, th.S(1)), th.Accent)
	ty := r.Y + pad
	for i, l := range lines {
		f, c := reg, th.Text
		if i == 0 {
			f, c = bold, th.Accent
		}
		DrawText(dst, l, f, r.X+pad, ty, c)
		ty += LineHeight(f)
	}
}
