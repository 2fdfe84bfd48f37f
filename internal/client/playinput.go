package client

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/ui"
)

// panKeys move the map while held: arrows and WASD.
var panKeys = []panKey{
	{ebiten.KeyArrowLeft, 1, 0}, {ebiten.KeyA, 1, 0},
	{ebiten.KeyArrowRight, -1, 0}, {ebiten.KeyD, -1, 0},
	{ebiten.KeyArrowUp, 0, 1}, {ebiten.KeyW, 0, 1},
	{ebiten.KeyArrowDown, 0, -1}, {ebiten.KeyS, 0, -1},
}

// zoomKeys zoom in (+) and out (-) about the middle of the map.
var zoomKeys = []struct {
	keys   []ebiten.Key
	factor float64
}{
	{[]ebiten.Key{ebiten.KeyEqual, ebiten.KeyNumpadAdd}, 1.25},
	{[]ebiten.Key{ebiten.KeyMinus, ebiten.KeyNumpadSubtract}, 1 / 1.25},
}

// mapInput handles panning, zooming, hovering and clicking on the map.
func (p *playScreen) mapInput(ctx *ui.Context) {
	in := ctx.In
	cam := &p.view.Cam
	if in.TakeKey(ebiten.KeyHome) {
		// The whole field of the scenario, however small the counters.
		v := p.scn.View
		if v == [4]int{} {
			v = [4]int{0, 0, p.state.Map.Cols - 1, p.state.Map.Rows - 1}
		}
		cam.Fit(float64(v[0])-0.5, float64(v[1])-0.7, float64(v[2])+1, float64(v[3])+0.7)
	}
	if in.TakeKey(ebiten.KeyC) {
		if u := p.state.Unit(p.sel); u != nil {
			cam.X, cam.Y = centreOf(u.At)
		}
	}
	if in.TakeKey(ebiten.KeyN) {
		p.orderAction("next")
	}
	h, over, clicked := p.nav.update(ctx, cam, p.mapR, p.state.Map.Cols, p.state.Map.Rows, panKeys)
	if clicked >= 0 {
		p.click(clicked, h)
	}
	if h != p.hover {
		p.hover, p.hoverSince = h, p.app.Frame
	}
	p.hoverOK = over && p.state.Map.In(h)
	if p.hoverOK && p.app.Frame-p.hoverSince > 20 && ctx.Tip == "" {
		tint := ""
		if i := h.Row*p.state.Map.Cols + h.Col; i < len(p.tint) {
			tint = p.tint[i]
		}
		ctx.Tip = joinLines(hexTip(p.state, h, p.state.Unit(p.sel), tint))
	}
}

func centreOf(h game.Hex) (float64, float64) {
	return float64(h.Col) + 0.5*float64(h.Row&1), float64(h.Row)
}

// click handles a click (not a drag) of button b on hex h.
func (p *playScreen) click(b int, h game.Hex) {
	s := p.state
	if b != ui.MouseLeft {
		if p.mode != "" {
			p.mode = ""
		} else {
			p.deselect()
		}
		return
	}
	if !s.Map.In(h) {
		return
	}
	if !p.myTurn() {
		p.inspectHex(h)
		return
	}
	u := s.Unit(p.sel)
	if p.mode != "" {
		for _, o := range p.ch.byHex[h] {
			if o.Kind == p.mode {
				if o.Kind == game.Blockade {
					p.openCombat(h)
				} else {
					p.apply(o)
				}
				return
			}
		}
		p.toast("Click one of the highlighted hexes, or press Esc.", warn)
		return
	}
	if u != nil {
		if len(p.ch.combatAt(h)) > 0 {
			p.openCombat(h)
			return
		}
		for _, o := range p.ch.byHex[h] {
			if o.Kind == game.Disembark {
				p.apply(o)
				return
			}
		}
		if p.ch.canMove[h] {
			p.apply(game.Order{Kind: game.Move, Unit: u.ID, To: h})
			return
		}
	}
	// Select one of the side's units on the hex (cycling through a stack).
	var mine []*game.Unit
	for _, o := range s.UnitsAt(h) {
		if o.Side == s.ActiveSide() {
			mine = append(mine, o)
		}
	}
	if len(mine) > 0 {
		next := mine[0]
		for i, o := range mine {
			if o.ID == p.sel {
				next = mine[(i+1)%len(mine)]
			}
		}
		p.selectUnit(next.ID)
		return
	}
	if u != nil {
		if why := whyNot(s, u, h); why != "" {
			p.toast(why, warn)
		}
	}
	p.inspectHex(h)
}

// inspectHex shows a hex's place and units in the panel.
func (p *playScreen) inspectHex(h game.Hex) {
	p.sel, p.mode = "", ""
	p.ch = choicesFor(p.state, nil)
	hh := h
	p.inspect = &hh
	p.refreshInfo()
}

// openCombat opens the combat preview for the selected unit's orders on h.
func (p *playScreen) openCombat(h game.Hex) {
	orders := p.ch.combatAt(h)
	if len(orders) == 0 {
		return
	}
	s := p.state
	d := &ui.Dialog{Width: 560}
	var tabs *ui.Choice
	if len(orders) > 1 {
		tabs = &ui.Choice{}
		for _, o := range orders {
			tabs.Options = append(tabs.Options, orderLabel(s, o))
		}
		d.Tabs = tabs
	}
	fill := func() {
		o := orders[0]
		if tabs != nil {
			o = orders[tabs.Selected]
		}
		d.Title = orderLabel(s, o) + " — preview"
		if o.Kind == game.Blockade {
			d.Title = "Blockade " + hexName(s, o.To)
		}
		d.Rows = previewRows(s, o)
		d.Buttons = []*ui.Button{
			{ID: "cancel", Label: "Cancel", KeyLabel: "Esc"},
			{ID: "go", Label: confirmLabel(s, o), KeyLabel: "Enter", Primary: true},
		}
	}
	fill()
	var choose func(id string)
	choose = func(id string) {
		switch id {
		case "tab":
			fill()
			p.openDialog(d, choose)
		case "go":
			o := orders[0]
			if tabs != nil {
				o = orders[tabs.Selected]
			}
			p.apply(o)
		}
	}
	p.openDialog(d, choose)
}

// confirmLabel is the text of the button that gives a combat order.
func confirmLabel(s *game.State, o game.Order) string {
	switch o.Kind {
	case game.Attack:
		return "Attack!"
	case game.Assault:
		return "Storm the walls!"
	case game.Sally:
		return "Sally!"
	case game.Bombard:
		return "Fire!"
	case game.Blockade:
		return "Blockade"
	}
	return fmt.Sprintf("%s", orderLabel(s, o))
}
