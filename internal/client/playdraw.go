package client

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"math"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// overlay says what the map highlights this frame.
func (p *playScreen) overlay() *render.Overlay {
	s := p.state
	ov := &render.Overlay{Selected: p.sel}
	if p.hoverOK {
		h := p.hover
		ov.Hover = &h
	}
	now := time.Now()
	for _, a := range p.arrows {
		ar := a.Arrow
		ar.Alpha = math.Min(1, a.until.Sub(now).Seconds()/1.0)
		ov.Arrows = append(ov.Arrows, ar)
	}
	for _, sl := range p.slides {
		t := float64(now.Sub(sl.start)) / float64(sl.end.Sub(sl.start))
		if t < 1 {
			ov.Slides = append(ov.Slides, render.Slide{Unit: sl.unit, Path: sl.path, T: t})
		}
	}
	u := s.Unit(p.sel)
	if u == nil || !p.myTurn() {
		return ov
	}
	if p.mode != "" {
		ov.Targets = p.ch.targets([]game.OrderKind{p.mode})
		ov.Reach = append([]game.Hex{u.At}, targetHexes(ov.Targets)...)
		return ov
	}
	ov.Targets = p.ch.targets(nil)
	ov.Reach = append(append([]game.Hex{u.At}, p.ch.moves...), targetHexes(ov.Targets)...)
	if p.hoverOK && p.ch.canMove[p.hover] {
		if path, cost, ok := game.Path(s, u, p.hover); ok {
			ov.Path, ov.PathCost = path, cost
			ov.PathLabel = fmt.Sprintf("%d of %d MP", cost, u.MovesLeft)
		}
	}
	return ov
}

func targetHexes(ts []render.Target) []game.Hex {
	out := make([]game.Hex, len(ts))
	for i, t := range ts {
		out[i] = t.Hex
	}
	return out
}

// Draw implements screen.
//
// The map is drawn every time. The top bar and the side panel are drawn
// only when they changed since the last frame, when the screen still holds
// that frame (the screen is not cleared between frames): under software
// rendering every pixel written counts, and most redraws (the pointer
// moving over the map, the computer's moves) leave them as they were.
func (p *playScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	top := a.screen == p
	sh := &p.shown
	// The screen holds our last frame if it was the last thing drawn on it,
	// at this size, with nothing over the bar and the panel.
	keep := top && !p.noKeep && sh.ok && sh.dst == dst && sh.bounds == dst.Bounds() && a.Redraws == sh.redraws+1
	p.view.Scale = th.Scale
	p.view.Draw(dst, p.overlay())
	p.drawLegend(dst, th)
	p.drawToast(dst, th)
	barKey := p.barKey(th)
	if !keep || barKey != sh.bar {
		p.drawBar(dst, th)
	}
	panelKey, miniKey := p.panelKey(th), p.minimapKey()
	if !keep || panelKey != sh.panel {
		p.drawPanel(dst, th, panelKey)
	} else if miniKey != sh.mini {
		p.drawMinimap(dst, th)
	}
	if p.dialog != nil {
		p.dialog.Draw(dst, th)
	}
	// What the window draws over us after this (a tooltip, a notice) may
	// cover the bar or the panel: then they are drawn again next time.
	over := p.dialog != nil || a.notice != "" || (a.tip != "" && a.Frame-a.tipSince > tipDelay)
	*sh = shownFrame{ok: top && !over, dst: dst, bounds: dst.Bounds(), redraws: a.Redraws, bar: barKey, panel: panelKey, mini: miniKey}
}

// shownFrame is what the play screen last drew on the screen.
type shownFrame struct {
	ok         bool // the bar and the panel are on it as drawn, nothing over them
	dst        *ebiten.Image
	bounds     image.Rectangle
	redraws    int // the window's redraw count then
	bar, panel uint64
	mini       uint64
}

// minimapKey sums up what the minimap shows: its picture, the cities, the
// units and the camera's view.
func (p *playScreen) minimapKey() uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%v|%v|%v|%d|", p.miniR, p.view.Cam, p.miniAt.UnixNano(), len(p.mini.Cities))
	for _, c := range p.mini.Cities {
		fmt.Fprintf(h, "%v", c.Colour)
	}
	var b [8]byte
	for _, u := range p.state.Units {
		if u.Alive() && u.Carrier == "" {
			binary.LittleEndian.PutUint32(b[:], uint32(u.At.Col))
			binary.LittleEndian.PutUint32(b[4:], uint32(u.At.Row))
			h.Write(b[:])
			h.Write([]byte(u.Side))
		}
	}
	return h.Sum64()
}

// barKey sums up everything the top bar shows.
func (p *playScreen) barKey(th *ui.Theme) uint64 {
	s := p.state
	h := fnv.New64a()
	fmt.Fprintf(h, "%p|%v|%d|%s|%s|%v|%v|%s|%v|%v|", th, p.bar, s.Turn, s.DateString(), s.ActiveSide(), s.Over, s.Winner, p.whoText(s), p.mouseDown, p.human[s.ActiveSide()])
	if x, y := p.app.cursorX, p.app.cursorY; p.bar.Contains(x, y) {
		fmt.Fprintf(h, "%v,%v|", x, y)
	}
	for _, b := range p.barButtons {
		fmt.Fprintf(h, "%s|%s|%s|%v|%v|%v|%v|", b.ID, b.Label, b.KeyLabel, b.Disabled, b.Primary, b.Selected, b.Bounds)
	}
	return h.Sum64()
}

// drawBar draws the top bar: turn, date and who is to move, and the buttons.
func (p *playScreen) drawBar(dst *ebiten.Image, th *ui.Theme) {
	s := p.state
	ui.FillRect(dst, p.bar, th.Background) // under the translucent panel colour, as for the panel
	ui.FillRect(dst, p.bar, th.Panel)
	ui.FillRect(dst, ui.R(p.bar.X, p.bar.Bottom()-th.S(2), p.bar.W, th.S(2)), th.PanelBorder)
	x := p.bar.X + th.S(16)
	big := th.Face(ui.Bold, ui.SizeLarge+2)
	turn := fmt.Sprintf("Turn %d of %d", s.Turn, s.Scn.MaxTurns)
	ui.DrawTextIn(dst, turn, big, ui.R(x, p.bar.Y, 1000, p.bar.H), ui.AlignLeft, th.Text)
	x += ui.TextWidth(turn, big) + th.S(18)
	date := s.DateString()
	ui.DrawTextIn(dst, date, big, ui.R(x, p.bar.Y, 1000, p.bar.H), ui.AlignLeft, th.Accent)
	x += ui.TextWidth(date, big) + th.S(22)
	side := s.ActiveSide()
	swatch := sideColour(s, side)
	if s.Over {
		swatch = sideColour(s, s.Winner) // grey for a draw
	}
	sw := th.S(22)
	ui.FillRoundRect(dst, ui.R(x, p.bar.Y+(p.bar.H-sw)/2, sw, sw), th.S(4), swatch)
	x += sw + th.S(10)
	who := p.whoText(s)
	right := p.barButtons[0].Bounds.X
	for _, b := range p.barButtons {
		if b.Bounds.W > 0 {
			right = math.Min(right, b.Bounds.X)
		}
	}
	ui.DrawTextIn(dst, ui.Ellipsize(who, big, right-x-th.S(10)), big, ui.R(x, p.bar.Y, right-x, p.bar.H), ui.AlignLeft, th.Text)
	for _, b := range p.barButtons {
		if b.Bounds.W > 0 {
			b.Draw(dst, th)
		}
	}
}

// panelPicture is the side panel (all but the minimap) as last drawn: its
// text and buttons cost hundreds of small translucent triangles a frame
// under software rendering, one copy of the picture far less.
type panelPicture struct {
	canvas    *ebiten.Image
	img       *ebiten.Image // the panel's part of canvas
	key, last uint64        // what img shows (if ok); the key of the last frame
	ok        bool
}

// panelKey sums up everything the panel shows but the minimap.
func (p *playScreen) panelKey(th *ui.Theme) uint64 {
	h := fnv.New64a()
	var b [8]byte
	f := func(v float64) {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
		h.Write(b[:])
	}
	str := func(v string) {
		h.Write([]byte(v))
		h.Write([]byte{0})
	}
	flag := func(v bool) {
		if v {
			h.Write([]byte{1})
		} else {
			h.Write([]byte{0})
		}
	}
	rect := func(r ui.Rect) { f(r.X); f(r.Y); f(r.W); f(r.H) }
	fmt.Fprintf(h, "%p", th)
	rect(p.panel)
	rect(p.infoR)
	rect(p.logR)
	rect(p.ordersR)
	// The pointer over the panel lights buttons up.
	if x, y := p.app.cursorX, p.app.cursorY; p.panel.Contains(x, y) {
		f(x)
		f(y)
	}
	flag(p.mouseDown)
	for _, tv := range []*ui.TextView{&p.info, &p.log} {
		rect(tv.Bounds)
		f(tv.Scroll)
		binary.LittleEndian.PutUint64(b[:], uint64(len(tv.Paras)))
		h.Write(b[:])
		for _, pa := range tv.Paras {
			fmt.Fprintf(h, "%s\x00%s\x00%v%v%v%v%v\x00", pa.Text, pa.Right, pa.Colour, pa.Marker, pa.Style, pa.Size, pa.Gap)
		}
	}
	for _, list := range [][]*ui.Button{p.stackButtons, p.orderButtons, p.actionButtons} {
		for _, bt := range list {
			str(bt.ID)
			str(bt.Label)
			str(bt.KeyLabel)
			flag(bt.Disabled)
			flag(bt.Primary)
			flag(bt.Selected)
			rect(bt.Bounds)
		}
	}
	if u := p.state.Unit(p.sel); u != nil {
		fmt.Fprintf(h, "%+v", p.view.CounterFor(u))
	}
	return h.Sum64()
}

// whoText says who is to move, in the top bar.
func (p *playScreen) whoText(s *game.State) string {
	side := s.ActiveSide()
	switch {
	case s.Over:
		if s.Winner != "" {
			return sideName(s, s.Winner) + " has won"
		}
		return "Game over"
	case p.comp != nil:
		dots := strings.Repeat(".", 1+(p.app.Frame/20)%3)
		return sideName(s, side) + " (computer) is moving" + dots
	case !p.human[side]:
		return sideName(s, side) + " (computer) is thinking..."
	}
	return sideName(s, side) + " to move"
}

// drawPanel draws the side panel: from the kept picture when nothing in it
// changed, into a new picture when it stayed the same for two frames,
// otherwise straight onto the screen; then the minimap over it.
func (p *playScreen) drawPanel(dst *ebiten.Image, th *ui.Theme, key uint64) {
	pp := &p.panelPic
	defer func() { pp.last = key }()
	r := p.panel.Image().Intersect(dst.Bounds())
	switch {
	case p.noKeep:
		p.drawPanelBody(dst, th)
		p.drawMinimap(dst, th)
		return
	case pp.ok && key == pp.key && pp.img.Bounds() == r:
	case key == pp.last && !r.Empty():
		// The picture is the panel's part of a canvas the size of the
		// screen, so the panel draws at its usual coordinates.
		if pp.canvas == nil || pp.canvas.Bounds() != dst.Bounds() {
			if pp.canvas != nil {
				pp.canvas.Deallocate()
			}
			pp.canvas = ebiten.NewImageWithOptions(image.Rect(0, 0, dst.Bounds().Dx(), dst.Bounds().Dy()), &ebiten.NewImageOptions{Unmanaged: true})
		}
		pp.img = pp.canvas.SubImage(r).(*ebiten.Image)
		pp.img.Clear()
		p.drawPanelBody(pp.img, th)
		pp.key, pp.ok = key, true
	default:
		pp.ok = false
		p.drawPanelBody(dst, th)
		p.drawMinimap(dst, th)
		return
	}
	op := &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy}
	op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
	dst.DrawImage(pp.img, op)
	p.drawMinimap(dst, th)
}

// drawPanelBody draws the panel but the minimap.
func (p *playScreen) drawPanelBody(dst *ebiten.Image, th *ui.Theme) {
	s := p.state
	// The panel's colour is a little translucent: on the window's
	// background, never on what the panel showed before.
	ui.FillRect(dst, p.panel, th.Background)
	ui.FillRect(dst, p.panel, th.Panel)
	ui.FillRect(dst, ui.R(p.panel.X, p.panel.Y, th.S(2), p.panel.H), th.PanelBorder)
	p.info.Draw(dst, th)
	if u := s.Unit(p.sel); u != nil {
		size := th.S(60)
		c := p.view.CounterFor(u)
		c.Stack = 1
		p.view.Counters.Draw(dst, p.infoR.Right()-size/2-th.S(6), p.infoR.Y+size/2+th.S(4), size, c)
	}
	for _, b := range p.stackButtons {
		b.Draw(dst, th)
	}
	ui.FillRect(dst, ui.R(p.ordersR.X, p.ordersR.Y-th.S(5), p.ordersR.W, max(1, th.S(1))), th.PanelBorder)
	for _, b := range p.orderButtons {
		b.Draw(dst, th)
	}
	for _, b := range p.actionButtons {
		b.Draw(dst, th)
	}
	ui.FillRoundRect(dst, p.logR, th.S(6), ui.WithAlpha(th.Background, 0xc0))
	ui.DrawText(dst, "Messages", th.Face(ui.Bold, ui.SizeBody), p.logR.X+th.S(8), p.logR.Y+th.S(6), th.TextDim)
	p.log.Draw(dst, th)
}

// drawMinimap draws the minimap with the units as dots.
func (p *playScreen) drawMinimap(dst *ebiten.Image, th *ui.Theme) {
	ui.FillRect(dst, p.miniR, th.Background)
	p.mini.Draw(dst, p.miniR, &p.view.Cam, unitDots(p.state))
}

// unitDots are the units on the map (not those on board) as minimap dots.
func unitDots(s *game.State) []render.MinimapDot {
	var dots []render.MinimapDot
	for _, u := range s.Units {
		if u.Alive() && u.Carrier == "" {
			x, y := render.Centre(u.At)
			dots = append(dots, render.MinimapDot{X: x, Y: y, Colour: sideColour(s, u.Side)})
		}
	}
	return dots
}

// legendRows explain the highlights on the map while a unit is selected.
var legendRows = []struct {
	kind  render.TargetKind
	text  string
	moves bool
}{
	{moves: true, text: "shaded: out of reach"},
	{kind: render.TargetAttack, text: "attack / assault"},
	{kind: render.TargetBombard, text: "bombard"},
	{kind: render.TargetBlockade, text: "blockade"},
	{kind: render.TargetLand, text: "land / board"},
}

// drawLegend explains the highlights in the corner of the map.
func (p *playScreen) drawLegend(dst *ebiten.Image, th *ui.Theme) {
	if p.sel == "" || !p.myTurn() {
		return
	}
	face := th.Face(ui.Regular, ui.SizeSmall)
	lh := ui.LineHeight(face) + th.S(4)
	w := th.S(190)
	r := ui.R(p.mapR.X+th.S(10), p.mapR.Bottom()-th.S(10)-lh*float64(len(legendRows))-th.S(12), w, lh*float64(len(legendRows))+th.S(12))
	ui.FillRoundRect(dst, r, th.S(6), ui.WithAlpha(th.Background, 0xd0))
	y := r.Y + th.S(6)
	for _, row := range legendRows {
		sw := ui.R(r.X+th.S(8), y+th.S(3), th.S(18), lh-th.S(8))
		if row.moves {
			ui.FillRect(dst, sw, color.RGBA{0x6a, 0x6e, 0x5a, 0xff})
		} else {
			ui.StrokeRect(dst, sw, th.S(3), render.TargetColour(row.kind))
		}
		ui.DrawText(dst, row.text, face, sw.Right()+th.S(8), y, th.Text)
		y += lh
	}
}

// drawToast shows the last short message over the bottom of the map.
func (p *playScreen) drawToast(dst *ebiten.Image, th *ui.Theme) {
	if p.toastText == "" || time.Now().After(p.toastEnd) {
		return
	}
	face := th.Face(ui.Bold, ui.SizeBody)
	lines := ui.Wrap(p.toastText, face, math.Min(th.S(640), p.mapR.W-th.S(40)))
	w := 0.0
	for _, l := range lines {
		w = math.Max(w, ui.TextWidth(l, face))
	}
	lh := ui.LineHeight(face)
	r := ui.R(p.mapR.X+(p.mapR.W-w)/2-th.S(16), p.mapR.Bottom()-th.S(24)-lh*float64(len(lines))-th.S(16), w+th.S(32), lh*float64(len(lines))+th.S(16))
	ui.FillRoundRect(dst, r, th.S(8), ui.WithAlpha(th.Background, 0xe8))
	ui.StrokeRoundRect(dst, r, th.S(8), th.S(1.5), p.toastColour)
	for i, l := range lines {
		ui.DrawText(dst, l, face, r.X+th.S(16), r.Y+th.S(8)+float64(i)*lh, th.Text)
	}
}
