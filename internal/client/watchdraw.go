package client

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/internal/playback"
	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// Draw implements screen.
func (w *watchScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	w.layout()
	if w.pl == nil {
		w.drawPreparing(dst, th)
		return
	}
	w.view.Scale = th.Scale
	ov := &render.Overlay{}
	now := time.Now()
	for _, ar := range w.arrows {
		arrow := ar.Arrow
		arrow.Alpha = math.Min(1, ar.until.Sub(now).Seconds()/0.8)
		ov.Arrows = append(ov.Arrows, arrow)
	}
	w.view.Draw(dst, ov)
	w.drawBar(dst, th)
	w.drawPanel(dst, th)
	w.drawControls(dst, th)
	if w.dialog != nil {
		w.dialog.Draw(dst, th)
	}
}

// drawPreparing shows the progress of preparing the tape, or why it failed.
func (w *watchScreen) drawPreparing(dst *ebiten.Image, th *ui.Theme) {
	drawHexBackdrop(dst, w.app.screenRect(), th)
	w.drawBarTitle(dst, th, w.title)
	r := w.app.screenRect().Centred(math.Min(th.S(640), float64(w.app.W)-th.S(40)), th.S(150))
	ui.DrawPanel(dst, th, r)
	in := r.Inset(th.S(20))
	if w.loadErr != nil {
		ui.DrawText(dst, "This recording cannot be shown", th.Face(ui.Bold, ui.SizeLarge), in.X, in.Y, bad)
		face := th.Face(ui.Regular, ui.SizeBody)
		for i, l := range ui.Wrap(w.loadErr.Error(), face, in.W) {
			if i == 3 {
				break
			}
			ui.DrawText(dst, l, face, in.X, in.Y+th.S(36)+float64(i)*ui.LineHeight(face), th.TextDim)
		}
		return
	}
	w.mu.Lock()
	done, total := w.done, w.total
	w.mu.Unlock()
	ui.DrawText(dst, "Preparing the recording...", th.Face(ui.Bold, ui.SizeLarge), in.X, in.Y, th.Text)
	bar := ui.R(in.X, in.Y+th.S(50), in.W, th.S(18))
	ui.FillRoundRect(dst, bar, th.S(4), th.Background)
	f := 0.0
	if total > 0 {
		f = float64(done) / float64(total)
	}
	if f > 0 {
		ui.FillRoundRect(dst, ui.R(bar.X, bar.Y, math.Max(bar.W*f, th.S(8)), bar.H), th.S(4), th.Accent)
	}
	ui.DrawText(dst, fmt.Sprintf("%d of %d orders checked", done, total), th.Face(ui.Regular, ui.SizeSmall), in.X, bar.Bottom()+th.S(8), th.TextDim)
}

// drawBarTitle draws the bar with only a title (while preparing).
func (w *watchScreen) drawBarTitle(dst *ebiten.Image, th *ui.Theme, title string) {
	ui.FillRect(dst, w.bar, th.Panel)
	ui.FillRect(dst, ui.R(w.bar.X, w.bar.Bottom()-th.S(2), w.bar.W, th.S(2)), th.PanelBorder)
	ui.DrawTextIn(dst, title, th.Face(ui.Bold, ui.SizeLarge+2), ui.R(w.bar.X+th.S(16), w.bar.Y, w.bar.W, w.bar.H), ui.AlignLeft, th.Text)
	for _, b := range w.barBtns {
		b.Draw(dst, th)
	}
}

// drawBar draws the top bar: what is watched, the turn and the date.
func (w *watchScreen) drawBar(dst *ebiten.Image, th *ui.Theme) {
	s := w.pl.State()
	ui.FillRect(dst, w.bar, th.Panel)
	ui.FillRect(dst, ui.R(w.bar.X, w.bar.Bottom()-th.S(2), w.bar.W, th.S(2)), th.PanelBorder)
	big := th.Face(ui.Bold, ui.SizeLarge+2)
	x := w.bar.X + th.S(16)
	right := w.bar.Right()
	for _, b := range w.barBtns {
		right = math.Min(right, b.Bounds.X)
	}
	parts := []struct {
		text  string
		ink   color.RGBA
		space float64
	}{
		{w.title, th.TextDim, 24},
		{fmt.Sprintf("Turn %d of %d", s.Turn, s.Scn.MaxTurns), th.Text, 18},
		{s.DateString(), th.Accent, 22},
	}
	for _, p := range parts {
		tw := ui.TextWidth(p.text, big)
		if x+tw > right-th.S(10) {
			break
		}
		ui.DrawTextIn(dst, p.text, big, ui.R(x, w.bar.Y, tw+1, w.bar.H), ui.AlignLeft, p.ink)
		x += tw + th.S(p.space)
	}
	who := sideName(s, s.ActiveSide()) + " to move"
	if s.Over {
		who = "The end"
		if s.Winner != "" {
			who = sideName(s, s.Winner) + " has won"
		}
	}
	if x < right-th.S(80) {
		sw := th.S(22)
		ui.FillRoundRect(dst, ui.R(x, w.bar.Y+(w.bar.H-sw)/2, sw, sw), th.S(4), sideColour(s, s.ActiveSide()))
		x += sw + th.S(10)
		ui.DrawTextIn(dst, ui.Ellipsize(who, big, right-x-th.S(10)), big, ui.R(x, w.bar.Y, right-x, w.bar.H), ui.AlignLeft, th.Text)
	}
	for _, b := range w.barBtns {
		b.Draw(dst, th)
	}
}

// drawPanel draws the narration card, the messages and the minimap.
func (w *watchScreen) drawPanel(dst *ebiten.Image, th *ui.Theme) {
	s := w.pl.State()
	ui.FillRect(dst, w.panel, th.Panel)
	ui.FillRect(dst, ui.R(w.panel.X, w.panel.Y, th.S(2), w.panel.H), th.PanelBorder)
	ui.FillRoundRect(dst, w.cardR, th.S(8), ui.WithAlpha(th.Background, 0xd8))
	ui.StrokeRoundRect(dst, w.cardR, th.S(8), th.S(1.5), th.Accent)
	w.card.Draw(dst, th)
	ui.FillRoundRect(dst, w.logR, th.S(6), ui.WithAlpha(th.Background, 0xc0))
	ui.DrawText(dst, "Messages", th.Face(ui.Bold, ui.SizeBody), w.logR.X+th.S(8), w.logR.Y+th.S(6), th.TextDim)
	w.log.Draw(dst, th)
	ui.FillRect(dst, w.miniR, th.Background)
	w.mini.Draw(dst, w.miniR, &w.view.Cam, unitDots(s))
}

// drawControls draws the transport buttons, the speed and the timeline.
func (w *watchScreen) drawControls(dst *ebiten.Image, th *ui.Theme) {
	ui.FillRect(dst, w.controls, th.Panel)
	ui.FillRect(dst, ui.R(w.controls.X, w.controls.Y, w.controls.W, th.S(2)), th.PanelBorder)
	for _, b := range w.buttons {
		b.Draw(dst, th)
	}
	w.speedSel.Draw(dst, th)
	p := w.pl
	tr := w.trackBar()
	small := th.Face(ui.Regular, ui.SizeSmall)
	pos := fmt.Sprintf("Order %d of %d", p.Pos(), p.Len())
	if w.playing {
		pos += " · playing"
	}
	if !w.follow {
		pos += " · follow off (F)"
	}
	x := w.btnRow.X
	for _, b := range w.buttons {
		x = math.Max(x, b.Bounds.Right())
	}
	x += th.S(14)
	if room := w.speedSel.Bounds.X - x - th.S(10); room > th.S(60) {
		ui.DrawTextIn(dst, ui.Ellipsize(pos, small, room), small, ui.R(x, w.btnRow.Y, room, w.btnRow.H), ui.AlignLeft, th.TextDim)
	}
	ui.FillRoundRect(dst, tr, tr.H/2, th.Background)
	n := math.Max(float64(p.Len()), 1)
	xOf := func(at int) float64 { return tr.X + tr.W*float64(at)/n }
	if f := float64(p.Pos()) / n; f > 0 {
		ui.FillRoundRect(dst, ui.R(tr.X, tr.Y, math.Max(tr.W*f, tr.H), tr.H), tr.H/2, ui.WithAlpha(th.Accent, 0x90))
	}
	// A tick at each turn's start (thinned when turns are many), a dot
	// above the bar at each narration card.
	marks := p.Marks()
	turns := 0
	for i, m := range marks {
		if i == 0 || m.Turn != marks[i-1].Turn {
			turns++
		}
	}
	every := max(1, int(math.Ceil(float64(turns)*th.S(6)/math.Max(tr.W, 1))))
	turn := 0
	for i, m := range marks {
		if i > 0 && m.Turn == marks[i-1].Turn {
			continue
		}
		turn++
		if turn%every != 0 && i != 0 {
			continue
		}
		x := xOf(m.At)
		ui.FillRect(dst, ui.R(x, tr.Y+tr.H*0.2, math.Max(1, th.S(1)), tr.H*0.6), th.PanelBorder)
	}
	// Dates along the top of the timeline: years on a long campaign,
	// days on a short one, as many as fit.
	small2 := th.Face(ui.Regular, ui.SizeSmall)
	right := -1.0
	for _, l := range timelineLabels(marks) {
		x := xOf(l.at)
		tw := ui.TextWidth(l.text, small2)
		lx := math.Min(math.Max(x-tw/2, tr.X), tr.Right()-tw) // kept within the bar
		if right >= 0 && lx < right+th.S(12) {
			continue
		}
		ui.FillRect(dst, ui.R(x, tr.Y-th.S(16), math.Max(1, th.S(1)), th.S(6)), th.TextDim)
		ui.DrawText(dst, l.text, small2, lx, tr.Y-th.S(34), th.TextDim)
		right = lx + tw
	}
	cardY := tr.Y - th.S(7)
	last := -1.0
	for _, c := range p.Cards() {
		x := xOf(c.At)
		if x-last < th.S(3) {
			continue
		}
		last = x
		clr := th.Accent
		if c.Kind == playback.CardEvent {
			clr = ui.Mix(th.Accent, th.Text, 0.6)
		}
		ui.FillRoundRect(dst, ui.R(x-th.S(2.5), cardY-th.S(2.5), th.S(5), th.S(5)), th.S(2.5), clr)
	}
	kx := xOf(p.Pos())
	k := th.S(18)
	ui.FillRoundRect(dst, ui.R(kx-k/2, tr.Y+tr.H/2-k/2, k, k), k/2, th.Text)
	ui.StrokeRoundRect(dst, ui.R(kx-k/2, tr.Y+tr.H/2-k/2, k, k), k/2, th.S(2), th.Accent)
}

// timeLabel is a date written along the timeline at a position.
type timeLabel struct {
	at   int
	text string
}

// timelineLabels are the dates to write along a timeline with these turn
// marks: each new year when the recording spans several, otherwise the day
// and month each turn begins (the caller drops those that do not fit).
func timelineLabels(marks []playback.Mark) []timeLabel {
	if len(marks) == 0 {
		return nil
	}
	year := func(date string) string { // "2 Jan 1127" → "1127"
		f := strings.Fields(date)
		return f[len(f)-1]
	}
	var out []timeLabel
	if year(marks[0].Date) != year(marks[len(marks)-1].Date) {
		last := ""
		for _, m := range marks {
			if y := year(m.Date); y != last {
				out = append(out, timeLabel{m.At, y})
				last = y
			}
		}
		return out
	}
	for i, m := range marks {
		if i == 0 || m.Turn != marks[i-1].Turn {
			out = append(out, timeLabel{m.At, strings.TrimSuffix(m.Date, " "+year(m.Date))})
		}
	}
	return out
}
