package client

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/internal/save"
	"jinsong/internal/ui"
)

// loadScreen lists the saved games, newest first, and restores the one
// chosen. A file that cannot be read is listed with its error.
type loadScreen struct {
	back    screen
	entries []save.Entry
	list    ui.List
	detail  ui.TextView
	buttons []*ui.Button
	shown   int
	err     error // why the last restore failed
	listErr error // why the folder could not be read
}

func newLoad(a *App, back screen) *loadScreen {
	l := &loadScreen{back: back, shown: -1}
	if dir := a.saveDir(); dir != "" {
		l.entries, l.listErr = save.List(dir)
	}
	for _, e := range l.entries {
		item := ui.ListItem{Text: e.Name, Detail: e.When().Local().Format("2006-01-02 15:04") + " · cannot be loaded", Swatch: bad}
		if e.File != nil { // readable: named and dated, with no red mark
			item.Swatch.A = 0
			item.Text = e.File.Name
			if item.Text == "" {
				item.Text = e.Name
			}
			item.Detail = fmt.Sprintf("%s · turn %d, %s", e.When().Local().Format("2006-01-02 15:04"), e.File.Turn, e.File.Date)
		}
		l.list.Items = append(l.list.Items, item)
	}
	l.buttons = []*ui.Button{
		{ID: "back", Label: "Back", KeyLabel: "Esc", Keys: []ebiten.Key{ebiten.KeyEscape}},
		{ID: "watch", Label: "Watch replay", KeyLabel: "W", Keys: []ebiten.Key{ebiten.KeyW},
			Tip: "Watch this game from its first order: pause, step and jump on a timeline."},
		{ID: "load", Label: "Load", KeyLabel: "Enter", Keys: []ebiten.Key{ebiten.KeyEnter}, Primary: true},
	}
	return l
}

// restoreGame rebuilds a saved game and gives the play screen continuing it.
func restoreGame(a *App, f *save.File) (*playScreen, error) {
	if a.opt.Catalog.Open == nil {
		return nil, errors.New("this window cannot open the scenarios saves name")
	}
	scn, err := a.opt.Catalog.Open(f.Scenario, f.WhatIf)
	if scn == nil {
		return nil, err
	}
	changed := err
	s, err := save.Restore(f, scn.NewGame)
	if err != nil {
		if changed != nil {
			return nil, fmt.Errorf("%v; %v", changed, err)
		}
		return nil, err
	}
	p := newPlayFrom(a, scn, f.Players, f.Seed, s, f.Orders)
	if changed != nil {
		p.toast("The scenario's file has changed since this save, but its orders still give the same game.", warn)
	}
	return p, nil
}

func (l *loadScreen) layout(a *App) (left, right, buttons ui.Rect) {
	return listLayout(a, 560, 0.5)
}

func (l *loadScreen) selected() *save.Entry {
	if l.list.Selected < 0 || l.list.Selected >= len(l.entries) {
		return nil
	}
	return &l.entries[l.list.Selected]
}

func (l *loadScreen) Update(a *App, ctx *ui.Context) {
	th := a.Theme
	left, right, brow := l.layout(a)
	l.list.Bounds = left
	ui.LayoutRowRight(l.buttons, brow, th.S(12), th)
	for _, b := range l.buttons {
		if b.ID == "load" || b.ID == "watch" {
			e := l.selected()
			b.Disabled = e == nil || e.File == nil
		}
		if b.Update(ctx) {
			switch b.ID {
			case "back":
				a.show(l.back)
				return
			case "load":
				l.load(a)
				return
			case "watch":
				l.watch(a)
				return
			}
		}
	}
	if _, activated := l.list.Update(ctx); activated {
		l.load(a)
		return
	}
	if l.shown != l.list.Selected {
		l.shown, l.err = l.list.Selected, nil
		l.describe()
	}
	l.detail.Bounds = ui.R(right.X+th.S(20), right.Y+th.S(20), right.W-th.S(36), right.H-th.S(40))
	l.detail.Update(ctx)
}

// load restores the selected save, or says why it cannot.
func (l *loadScreen) load(a *App) {
	e := l.selected()
	if e == nil || e.File == nil {
		return
	}
	p, err := restoreGame(a, e.File)
	if err != nil {
		l.err = err
		l.describe()
		return
	}
	if old, ok := l.back.(*playScreen); ok {
		old.stop()
	}
	a.show(p)
	if p.toastText == "" {
		p.toast("Game loaded: "+e.Name, good)
	}
}

// watch opens the selected save as a replay, or says why it cannot.
func (l *loadScreen) watch(a *App) {
	e := l.selected()
	if e == nil || e.File == nil {
		return
	}
	w, err := newReplay(a, e.File, l)
	if err != nil {
		l.err = err
		l.describe()
		return
	}
	a.show(w)
}

// describe fills the right-hand panel for the selected save.
func (l *loadScreen) describe() {
	e := l.selected()
	var ps []ui.Para
	switch {
	case l.listErr != nil:
		ps = []ui.Para{{Text: "The save folder cannot be read:", Style: ui.Bold, Colour: bad}, {Text: l.listErr.Error(), Colour: dim}}
	case e == nil:
		ps = []ui.Para{{Text: "No saved games yet.", Style: ui.Bold}, {Text: "Save a game from its Menu or with Ctrl+S; the game also keeps an autosave at the start of each of your turns.", Colour: dim}}
	case e.File == nil:
		ps = []ui.Para{{Text: e.Name, Style: ui.Bold, Size: ui.SizeLarge}, {Text: "This file cannot be loaded:", Style: ui.Bold, Colour: bad, Gap: 8}, {Text: e.Err.Error(), Colour: dim}}
	default:
		f := e.File
		ps = []ui.Para{
			{Text: f.Name, Style: ui.Bold, Size: ui.SizeLarge},
			{Text: e.Name, Colour: dim},
			{Text: "Scenario", Right: f.Scenario.ID, Gap: 8},
			{Text: "Turn", Right: fmt.Sprintf("%d, %s", f.Turn, f.Date)},
			{Text: "To move", Right: f.Side},
			{Text: "Saved", Right: f.Saved.Local().Format("2006-01-02 15:04")},
			{Text: "Game number", Right: fmt.Sprint(f.Seed)},
			{Text: "Orders", Right: fmt.Sprint(len(f.Orders))},
		}
		if f.WhatIf != "" {
			ps = append(ps, ui.Para{Text: "What if", Right: f.WhatIf})
		}
		var who []string
		for side, pl := range f.Players {
			who = append(who, side+": "+playerText(pl))
		}
		slices.Sort(who)
		if len(who) > 0 {
			ps = append(ps, ui.Para{Text: "Players: " + strings.Join(who, "; "), Colour: dim, Gap: 6})
		}
	}
	if l.err != nil {
		ps = append(ps, ui.Para{Text: "This game could not be restored:", Style: ui.Bold, Colour: bad, Gap: 12}, ui.Para{Text: l.err.Error(), Colour: dim})
	}
	l.detail.Paras = ps
	l.detail.Scroll = 0
}

func (l *loadScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	drawHexBackdrop(dst, a.screenRect(), th)
	left, right, _ := l.layout(a)
	ui.DrawText(dst, "Load a saved game", th.Face(ui.Bold, ui.SizeTitle), th.S(30), th.S(28), th.Text)
	ui.DrawPanel(dst, th, left.Inset(-th.S(6)))
	l.list.Draw(dst, th)
	ui.DrawPanel(dst, th, right)
	l.detail.Draw(dst, th)
	for _, b := range l.buttons {
		b.Draw(dst, th)
	}
}

// The load screen changes only with input.
func (l *loadScreen) animating() bool { return false }
