package client

import (
	"fmt"
	"image/color"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// ---------------------------------------------------------------- title --

// titleScreen is the first screen: the game's name and the main choices.
type titleScreen struct {
	buttons  []*ui.Button
	backdrop chan *Scenario
	view     *render.MapView
}

func newTitle(a *App) *titleScreen {
	t := &titleScreen{buttons: []*ui.Button{
		{ID: "play", Label: "Play a scenario", Primary: true, Keys: []ebiten.Key{ebiten.KeyEnter}, KeyLabel: "Enter"},
		{ID: "load", Label: "Load a game", Keys: []ebiten.Key{ebiten.KeyL}, KeyLabel: "L"},
		{ID: "settings", Label: "Settings", Keys: []ebiten.Key{ebiten.KeyS}, KeyLabel: "S"},
		{ID: "quit", Label: "Quit", Keys: []ebiten.Key{ebiten.KeyEscape}, KeyLabel: "Esc"},
	}}
	t.buttons = quitButtons(t.buttons)
	if a.titleMap != nil {
		t.view = a.titleMap
	} else if f := a.opt.Catalog.Backdrop; f != nil {
		t.backdrop = make(chan *Scenario, 1)
		go func() {
			s, err := f()
			if err != nil {
				s = nil
			}
			t.backdrop <- s
		}()
	}
	return t
}

// backdropView makes the title's map: the scenario's map and places,
// without units.
func backdropView(a *App, scn *Scenario) *render.MapView {
	s := scn.NewGame(1).Clone()
	s.Units = nil
	s.Index()
	v := render.NewMapView(s, scn.Lines, a.Theme.Fonts)
	v.Kinds = scn.Kinds
	return v
}

func (t *titleScreen) Update(a *App, ctx *ui.Context) {
	th := a.Theme
	r := a.screenRect()
	if t.backdrop != nil {
		select {
		case scn := <-t.backdrop:
			t.backdrop = nil
			if scn != nil {
				t.view = backdropView(a, scn)
				a.titleMap = t.view
			}
		default:
		}
	}
	if t.view != nil {
		// Fill the screen with the map and let it drift slowly east.
		s := t.view.State()
		t.view.Cam.View = r
		t.view.Cam.Zoom = max(r.W/float64(s.Map.Cols), r.H/(float64(s.Map.Rows)*render.RowH)) * 1.25
		if t.view.Cam.X == 0 {
			t.view.Cam.X, t.view.Cam.Y = float64(s.Map.Cols)*0.3, float64(s.Map.Rows)*0.55
		}
		t.view.Cam.X += 0.004
		if t.view.Cam.X > float64(s.Map.Cols)*0.7 {
			t.view.Cam.X = float64(s.Map.Cols) * 0.3
		}
	}
	col := r.Centred(th.S(360), th.S(3*52))
	col.Y = r.H*0.58 - th.S(20)
	for i, b := range t.buttons {
		b.Bounds = ui.R(col.X, col.Y+float64(i)*th.S(58), col.W, th.S(48))
	}
	for _, b := range t.buttons {
		if b.Update(ctx) {
			switch b.ID {
			case "play":
				a.show(newPick(a))
			case "load":
				a.show(newLoad(a, t))
			case "settings":
				a.show(newSettings(a, t))
			case "quit":
				a.Quit()
			}
		}
	}
}

func (t *titleScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	r := a.screenRect()
	if t.view != nil {
		t.view.Scale = th.Scale
		t.view.Draw(dst, nil)
		ui.FillRect(dst, r, ui.WithAlpha(th.Background, 0xa8))
	} else {
		drawHexBackdrop(dst, r, th)
	}
	title := th.Face(ui.Bold, ui.SizeHeroic*1.3)
	ui.DrawTextIn(dst, "Jin–Song Wars", title, ui.R(0, r.H*0.22, r.W, th.S(90)), ui.AlignCentre, th.Text)
	sub := th.Face(ui.Regular, ui.SizeLarge+2)
	ui.DrawTextIn(dst, "The Jurchen Jin and the Song, 1115–1234", sub, ui.R(0, r.H*0.22+th.S(95), r.W, th.S(40)), ui.AlignCentre, th.Accent)
	small := th.Face(ui.Regular, ui.SizeSmall)
	ui.DrawTextIn(dst, "A turn-based hex wargame of cavalry, walls, rivers and gunpowder.", small, ui.R(0, r.H*0.22+th.S(140), r.W, th.S(24)), ui.AlignCentre, th.TextDim)
	for _, b := range t.buttons {
		b.Draw(dst, th)
	}
	ui.DrawTextIn(dst, "F11 full screen · Go fonts © the Go Authors (BSD licence)", small, ui.R(0, r.H-th.S(36), r.W, th.S(24)), ui.AlignCentre, th.TextDim)
}

// drawHexBackdrop fills r with a faint field of hexes.
func drawHexBackdrop(dst *ebiten.Image, r ui.Rect, th *ui.Theme) {
	ui.FillRect(dst, r, th.Background)
	size := th.S(46)
	rowH := size * math.Sqrt(3) / 2
	for row := 0; float64(row)*rowH < r.H+size; row++ {
		for col := 0; float64(col)*size < r.W+size; col++ {
			x := float64(col)*size + float64(row&1)*size/2
			y := float64(row) * rowH
			n := (col*7 + row*13) % 11
			c := color.RGBA{0x22 + uint8(n), 0x29 + uint8(n), 0x36 + uint8(n), 0xff}
			ui.FillRect(dst, ui.R(x-size*0.42, y-size*0.3, size*0.84, size*0.6), c)
		}
	}
}

// ------------------------------------------------------------ scenarios --

// pickScreen lists the scenarios with the briefing of the one selected.
type pickScreen struct {
	entries  []Entry
	list     ui.List
	briefing ui.TextView
	loaded   map[string]*Scenario
	errs     map[string]error
	buttons  []*ui.Button
	shown    int
	whatifs  ui.List // "As it happened", then the selected scenario's what-ifs
	whatifN  int     // the what-if row whose text the briefing shows
}

func newPick(a *App) *pickScreen {
	p := &pickScreen{loaded: map[string]*Scenario{}, errs: map[string]error{}, shown: -1, whatifN: -1}
	if a.opt.Catalog.List != nil {
		p.entries = a.opt.Catalog.List()
	}
	for _, e := range p.entries {
		detail := fmt.Sprintf("%s – %s · %s", e.Start, e.End, strings.Join(e.Sides, " vs "))
		if e.Start == "" && e.Subtitle != "" {
			detail = e.Subtitle // a scenario file that does not load has no dates
		}
		if e.Mod {
			detail += " · mod"
		}
		p.list.Items = append(p.list.Items, ui.ListItem{Text: e.Title, Detail: detail})
	}
	p.buttons = []*ui.Button{
		{ID: "back", Label: "Back", KeyLabel: "Esc", Keys: []ebiten.Key{ebiten.KeyEscape}},
		{ID: "history", Label: "Watch history", KeyLabel: "H", Keys: []ebiten.Key{ebiten.KeyH},
			Tip: "Watch the campaign as it happened, with narration: pause, step and jump on a timeline."},
		{ID: "next", Label: "Choose sides", KeyLabel: "Enter", Primary: true},
	}
	return p
}

func (p *pickScreen) selected(a *App) (*Scenario, error) {
	if p.list.Selected < 0 || p.list.Selected >= len(p.entries) {
		return nil, fmt.Errorf("no scenario selected")
	}
	id := p.entries[p.list.Selected].ID
	if s, ok := p.loaded[id]; ok {
		return s, nil
	}
	if err, ok := p.errs[id]; ok {
		return nil, err
	}
	s, err := a.opt.Catalog.Load(id)
	if err != nil {
		p.errs[id] = err
		return nil, err
	}
	p.loaded[id] = s
	return s, nil
}

func (p *pickScreen) layout(a *App) (left, right, buttons ui.Rect) {
	return listLayout(a, 480, 0.42)
}

// listLayout cuts a list screen (scenarios, saves) below its title into a
// list on the left, at most width (at scale 1) or share of the screen, the
// details on the right and a row of buttons along the bottom.
func listLayout(a *App, width, share float64) (left, right, buttons ui.Rect) {
	th := a.Theme
	r := a.screenRect().Inset(th.S(30))
	r.CutTop(th.S(60))
	buttons = r.CutBottom(th.S(46))
	r.CutBottom(th.S(16))
	left = r.CutLeft(math.Min(th.S(width), r.W*share))
	r.CutLeft(th.S(24))
	return left, r, buttons
}

func (p *pickScreen) Update(a *App, ctx *ui.Context) {
	th := a.Theme
	left, right, brow := p.layout(a)
	p.list.Bounds = left
	ui.LayoutRowRight(p.buttons, brow, th.S(12), th)
	for _, b := range p.buttons {
		if b.ID == "history" {
			s, err := p.selected(a)
			b.Disabled = err != nil || s.Chronicle == nil
		}
		if b.Update(ctx) {
			switch b.ID {
			case "back":
				a.show(newTitle(a))
				return
			case "history":
				if s, err := p.selected(a); err == nil {
					a.show(newHistory(a, s, p))
				}
				return
			case "next":
				p.next(a)
				return
			}
		}
	}
	_, activated := p.list.Update(ctx)
	if activated {
		p.next(a)
		return
	}
	p.whatifs.Update(ctx) // after the scenario list, which takes the arrow keys
	if p.shown != p.list.Selected || p.whatifN != p.whatifs.Selected {
		if p.shown != p.list.Selected {
			p.briefing.Scroll = 0
			p.whatifs = ui.List{}
		}
		p.shown = p.list.Selected
		s, err := p.selected(a)
		switch {
		case err != nil:
			p.briefing.Paras = []ui.Para{{Text: "This scenario does not load:", Style: ui.Bold, Colour: bad}, {Text: err.Error(), Colour: dim}}
		default:
			if len(p.whatifs.Items) == 0 && len(s.WhatIfs) > 0 {
				p.whatifs.Items = whatIfItems(s)
			}
			p.briefing.Paras = append(whatIfParas(s, p.whatifs.Selected), briefingParas(s)...)
		}
		p.whatifN = p.whatifs.Selected
	}
	brief, wl := p.splitRight(a, right)
	p.briefing.Bounds = brief
	p.whatifs.Bounds = wl
	p.briefing.Update(ctx)
}

// briefingParas is what the scenario list shows of a scenario.
func briefingParas(s *Scenario) []ui.Para {
	ps := []ui.Para{
		{Text: s.Title, Style: ui.Bold, Size: ui.SizeTitle},
		{Text: s.Subtitle, Colour: accent, Size: ui.SizeLarge},
		{Text: fmt.Sprintf("%s to %s", s.Start, s.End), Colour: dim, Gap: 4},
	}
	for _, para := range strings.Split(strings.TrimSpace(s.Briefing), "\n\n") {
		ps = append(ps, ui.Para{Text: strings.Join(strings.Fields(para), " "), Gap: 10})
	}
	for i, sd := range s.Sides {
		c := sideInfoColour(i, sd.Colour)
		ps = append(ps, ui.Para{Text: sd.Name, Style: ui.Bold, Gap: 12, Marker: c})
		if sd.Briefing != "" {
			ps = append(ps, ui.Para{Text: strings.Join(strings.Fields(sd.Briefing), " "), Colour: dim, Marker: c})
		}
	}
	return ps
}

func (p *pickScreen) next(a *App) {
	s, err := p.selected(a)
	if err != nil {
		return
	}
	if i := p.whatifs.Selected; i > 0 && i <= len(s.WhatIfs) && s.WithWhatIf != nil {
		w, err := s.WithWhatIf(s.WhatIfs[i-1].ID)
		if err != nil {
			p.briefing.Paras = append([]ui.Para{{Text: "This what-if does not load:", Style: ui.Bold, Colour: bad}, {Text: err.Error(), Colour: dim, Gap: 4}}, p.briefing.Paras...)
			return
		}
		s = w
	}
	a.show(newSides(a, s, p))
}

func (p *pickScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	drawHexBackdrop(dst, a.screenRect(), th)
	left, right, _ := p.layout(a)
	ui.DrawText(dst, "Choose a scenario", th.Face(ui.Bold, ui.SizeTitle), th.S(30), th.S(28), th.Text)
	if len(p.entries) == 0 {
		ui.DrawText(dst, "No scenarios were found.", th.Body(), left.X, left.Y, bad)
	}
	ui.DrawPanel(dst, th, left.Inset(-th.S(6)))
	p.list.Draw(dst, th)
	ui.DrawPanel(dst, th, right)
	p.briefing.Draw(dst, th)
	if len(p.whatifs.Items) > 0 {
		wl := p.whatifs.Bounds
		ui.DrawText(dst, "Play history as it happened, or switch on a what-if:", th.Face(ui.Bold, ui.SizeBody), wl.X, wl.Y-th.S(30), th.Accent)
		p.whatifs.Draw(dst, th)
	}
	for _, b := range p.buttons {
		b.Draw(dst, th)
	}
}

// ---------------------------------------------------------------- sides --

// sidesScreen chooses who plays each side: a person or the computer.
type sidesScreen struct {
	scn     *Scenario
	back    screen
	choices []*ui.Choice
	buttons []*ui.Button
	text    ui.TextView
	seed    int64
	rows    []ui.Rect
}

func newSides(a *App, scn *Scenario, back screen) *sidesScreen {
	s := &sidesScreen{scn: scn, back: back, seed: a.opt.Seed}
	if s.seed == 0 {
		s.seed = 1
	}
	for i := range scn.Sides {
		c := &ui.Choice{Options: playerOptions, Selected: choiceFor(DefaultAI), Tip: "Who gives this side's orders: a person, or the computer at one of three strengths. Two people can play at one computer, taking turns."}
		if i == 0 {
			c.Selected = 0
		}
		s.choices = append(s.choices, c)
	}
	s.buttons = []*ui.Button{
		{ID: "back", Label: "Back", KeyLabel: "Esc", Keys: []ebiten.Key{ebiten.KeyEscape}},
		{ID: "seed", Label: "Another game number", Tip: "The game number (seed) fixes the luck of the dice: the same number and the same orders give the same game."},
		{ID: "start", Label: "Start", KeyLabel: "Enter", Keys: []ebiten.Key{ebiten.KeyEnter}, Primary: true},
	}
	return s
}

func (s *sidesScreen) layout(a *App) (ui.Rect, ui.Rect) {
	th := a.Theme
	r := a.screenRect().Inset(th.S(30))
	r.CutTop(th.S(60))
	brow := r.CutBottom(th.S(46))
	r.CutBottom(th.S(16))
	panel := r.Centred(math.Min(r.W, th.S(900)), r.H)
	return panel, brow
}

// place lays out the rows of sides, the text and the buttons.
func (s *sidesScreen) place(a *App) {
	th := a.Theme
	panel, brow := s.layout(a)
	ui.LayoutRowRight(s.buttons, brow, th.S(12), th)
	in := panel.Inset(th.S(20))
	s.rows = s.rows[:0]
	for i := range s.choices {
		row := in.CutTop(th.S(56))
		s.rows = append(s.rows, row)
		w := math.Min(th.S(420), row.W*0.6)
		s.choices[i].Bounds = ui.R(row.Right()-w, row.Y+th.S(8), w, th.S(40))
	}
	in.CutTop(th.S(10))
	s.text.Bounds = in
}

func (s *sidesScreen) Update(a *App, ctx *ui.Context) {
	s.place(a)
	for _, c := range s.choices {
		c.Update(ctx)
	}
	var ps []ui.Para
	if s.scn.WhatIf != "" {
		ps = append(ps, ui.Para{Text: "What if: " + whatIfName(s.scn), Style: ui.Bold, Colour: accent})
	}
	for i, sd := range s.scn.Sides {
		c := sideInfoColour(i, sd.Colour)
		who := "played by " + playerText(playerFor(s.choices[i].Selected))
		ps = append(ps, ui.Para{Text: fmt.Sprintf("%s (%s)", sd.Name, who), Style: ui.Bold, Marker: c, Gap: 8})
		ps = append(ps, ui.Para{Text: strings.Join(strings.Fields(sd.Briefing), " "), Colour: dim, Marker: c})
	}
	ps = append(ps, ui.Para{Text: fmt.Sprintf("Game number (seed): %d", s.seed), Colour: dim, Gap: 12})
	s.text.Paras = ps
	s.text.Update(ctx)
	for _, b := range s.buttons {
		if b.Update(ctx) {
			switch b.ID {
			case "back":
				a.show(s.back)
			case "seed":
				s.seed = rand.Int64N(1_000_000) + 1
			case "start":
				a.show(newPlay(a, s.scn, s.players(), s.seed))
			}
		}
	}
}

// players is who plays each side, as chosen.
func (s *sidesScreen) players() map[string]string {
	out := map[string]string{}
	for i, sd := range s.scn.Sides {
		out[sd.ID] = playerFor(s.choices[i].Selected)
	}
	return out
}

func (s *sidesScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	s.place(a)
	drawHexBackdrop(dst, a.screenRect(), th)
	panel, _ := s.layout(a)
	ui.DrawText(dst, s.scn.Title+": who plays which side?", th.Face(ui.Bold, ui.SizeTitle), th.S(30), th.S(28), th.Text)
	ui.DrawPanel(dst, th, panel)
	for i, sd := range s.scn.Sides {
		row := s.rows[i]
		c := sideInfoColour(i, sd.Colour)
		sw := th.S(30)
		ui.FillRoundRect(dst, ui.R(row.X, row.Y+(row.H-sw)/2, sw, sw), th.S(5), c)
		ui.DrawTextIn(dst, sd.Name, th.Face(ui.Bold, ui.SizeLarge+2), ui.R(row.X+sw+th.S(14), row.Y, row.W, row.H), ui.AlignLeft, th.Text)
		s.choices[i].Draw(dst, th)
	}
	s.text.Draw(dst, th)
	for _, b := range s.buttons {
		b.Draw(dst, th)
	}
}

// ------------------------------------------------------------- settings --

// settingsScreen changes the UI scale, full screen and the computer's speed;
// every change is saved at once.
type settingsScreen struct {
	back       screen
	scale      *ui.Choice
	fullscreen *ui.Choice
	speed      *ui.Choice
	contrast   *ui.Choice
	colours    *ui.Choice
	done       *ui.Button
}

func newSettings(a *App, back screen) *settingsScreen {
	s := &settingsScreen{back: back,
		scale:      &ui.Choice{Tip: "Size of text and buttons together: larger (big fonts) for projectors and high-density screens."},
		fullscreen: &ui.Choice{Options: []string{"Window", "Full screen"}, Tip: "F11 switches at any time."},
		speed:      &ui.Choice{Options: aiSpeedNames, Selected: a.Settings.AISpeed, Tip: "Pause between the computer's moves, so you can follow them."},
		contrast:   &ui.Choice{Options: []string{"Normal", "High contrast"}, Selected: b2i(a.Settings.HighContrast), Tip: "Black background, white text and bright accents: easier to read on a projector in a lit room."},
		colours:    &ui.Choice{Options: []string{"The scenario's", "Colour-blind safe"}, Selected: b2i(a.Settings.SafeColours), Tip: "Side colours that stay apart for red–green colour blindness (protanopia, deuteranopia): orange, blue, bluish green."},
		done:       &ui.Button{ID: "done", Label: "Done", KeyLabel: "Esc", Keys: []ebiten.Key{ebiten.KeyEscape, ebiten.KeyEnter}, Primary: true},
	}
	for i, v := range UIScales {
		s.scale.Options = append(s.scale.Options, strings.TrimSuffix(fmt.Sprintf("%.2f", v), "0")+"×")
		if v == a.Settings.UIScale {
			s.scale.Selected = i
		}
	}
	if a.Settings.Fullscreen {
		s.fullscreen.Selected = 1
	}
	return s
}

func (s *settingsScreen) rows(a *App) (ui.Rect, []ui.Rect) {
	th := a.Theme
	r := a.screenRect().Centred(math.Min(th.S(820), float64(a.W)-th.S(20)), math.Min(th.S(480), float64(a.H)-th.S(20)))
	in := r.Inset(th.S(24))
	in.CutTop(th.S(50))
	var rows []ui.Rect
	for i := 0; i < 5; i++ {
		rows = append(rows, in.CutTop(th.S(60)))
	}
	return r, rows
}

func (s *settingsScreen) Update(a *App, ctx *ui.Context) {
	th := a.Theme
	box, rows := s.rows(a)
	for i, c := range s.choices() {
		row := rows[i]
		c.Bounds = ui.R(row.X+row.W*0.34, row.Y+th.S(8), row.W*0.66, th.S(42))
	}
	s.done.Bounds = ui.R(box.Right()-th.S(24)-th.S(160), box.Bottom()-th.S(24)-th.S(44), th.S(160), th.S(44))
	if s.scale.Update(ctx) {
		a.SetScale(UIScales[s.scale.Selected])
		a.SaveSettings()
	}
	if s.fullscreen.Update(ctx) {
		a.Settings.Fullscreen = s.fullscreen.Selected == 1
		ebiten.SetFullscreen(a.Settings.Fullscreen)
		a.SaveSettings()
	}
	if s.speed.Update(ctx) {
		a.Settings.AISpeed = s.speed.Selected
		a.SaveSettings()
	}
	if s.contrast.Update(ctx) {
		a.Settings.HighContrast = s.contrast.Selected == 1
		a.SetLook()
		a.SaveSettings()
	}
	if s.colours.Update(ctx) {
		a.Settings.SafeColours = s.colours.Selected == 1
		a.SetLook()
		if p, ok := s.back.(*playScreen); ok {
			p.refresh()
		}
		a.SaveSettings()
	}
	if s.done.Update(ctx) {
		a.show(s.back)
	}
}

func (s *settingsScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	if p, ok := s.back.(*playScreen); ok {
		p.Draw(a, dst)
		ui.FillRect(dst, a.screenRect(), ui.WithAlpha(th.Background, 0xa0))
	} else {
		drawHexBackdrop(dst, a.screenRect(), th)
	}
	box, rows := s.rows(a)
	ui.DrawPanel(dst, th, box)
	ui.DrawText(dst, "Settings", th.Face(ui.Bold, ui.SizeTitle), box.X+th.S(24), box.Y+th.S(20), th.Accent)
	for i, label := range []string{"Interface and text size", "Display", "Computer's pace", "Contrast", "Side colours"} {
		ui.DrawTextIn(dst, label, th.Face(ui.Bold, ui.SizeBody), ui.R(rows[i].X, rows[i].Y+th.S(8), rows[i].W*0.3, th.S(42)), ui.AlignLeft, th.Text)
	}
	for _, c := range s.choices() {
		c.Draw(dst, th)
	}
	s.done.Draw(dst, th)
}

// choices are the settings' rows, top to bottom.
func (s *settingsScreen) choices() []*ui.Choice {
	return []*ui.Choice{s.scale, s.fullscreen, s.speed, s.contrast, s.colours}
}

// b2i is 1 for true, 0 for false (a two-way choice's selection).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ----------------------------------------------------------------- help --

// helpRows list the controls.
var helpRows = [][2]string{
	{"Select a unit", "left click on it (click again to cycle a stack)"},
	{"Move", "click a hex that is not shaded; the path and its cost show as you point"},
	{"Attack, assault, bombard", "click a ringed hex: a preview shows odds and losses"},
	{"Cancel, deselect", "right click or Esc"},
	{"Next unit that can act", "Tab or N"},
	{"Fortify, rest, blockade", "F, R, B"},
	{"Embark, land from a ship", "E, L"},
	{"Undo the last move", "Z"},
	{"End the turn", "Enter"},
	{"Pan the map", "drag, arrow keys or WASD"},
	{"Zoom", "mouse wheel, + and -; Home shows the whole field"},
	{"Centre on the selected unit", "C"},
	{"Full screen", "F11"},
	{"Save the game", "Ctrl+S"},
	{"Save the view as a picture", "P or F12"},
}

func helpDialog() *ui.Dialog {
	return keysDialog("How to play", helpRows, "Counters show the side's colour, the kind of troops and their strength. A star marks a leader, an orange ! a unit out of supply, a red triangle low morale, F a fortified unit. Greyed counters have used their turn.")
}

// keysDialog lists what each key and click does, with a note under the list.
func keysDialog(title string, rows [][2]string, note string) *ui.Dialog {
	d := &ui.Dialog{Title: title, Width: 640}
	for _, r := range rows {
		d.Rows = append(d.Rows, ui.Para{Text: r[0], Right: r[1]})
	}
	d.Rows = append(d.Rows, ui.Para{Text: note, Colour: dim, Gap: 10})
	d.Buttons = []*ui.Button{{ID: "ok", Label: "Close", KeyLabel: "Enter", Primary: true}}
	return d
}

// The menus change only with input.
func (p *pickScreen) animating() bool     { return false }
func (s *sidesScreen) animating() bool    { return false }
func (s *settingsScreen) animating() bool { return false }
func (v *victoryScreen) animating() bool  { return false }

// The title's map drifts.
func (t *titleScreen) animating() bool { return true }
