package client

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// playScreen is a game in progress: the map, the side panel and the top bar.
type playScreen struct {
	app      *App
	scn      *Scenario
	state    *game.State
	seed     int64
	human    map[string]bool
	players  map[string]string // side id → PlayerHuman or an ai.New name
	policies map[string]ai.Policy
	orders   []game.Order // every order applied since the start, for saves

	reload    chan struct{} // the scenario's files changed (live reload)
	stopWatch func()        // ends the watch of the scenario's folder
	problems  []problem     // why the last reload failed, shown once

	view      *render.MapView
	mini      render.Minimap
	miniAt    time.Time
	miniStale bool
	tint      []string

	spent   map[string]bool // units of the side to move with no order left
	sel     string          // selected unit
	inspect *game.Hex       // hex shown in the panel when no unit is selected
	ch      choices
	mode    game.OrderKind // "" or the kind whose targets are being chosen (embark, disembark, blockade)
	undo    []*game.State

	hover      game.Hex
	hoverOK    bool
	hoverSince int

	nav mapNav // mouse and keys moving the map

	dialog   *ui.Dialog
	onChoose func(id string)

	comp        *computerTurn
	compNext    time.Time
	compSide    string
	arrows      []timedArrow
	slides      []slide // units moving between hexes
	panelPic    panelPicture
	shown       shownFrame
	noKeep      bool // draw the bar and the panel in full every frame (benchmarks compare)
	mouseDown   bool // the left button is down (buttons show it)
	toastText   string
	toastColour color.RGBA
	toastEnd    time.Time
	handoff     bool // waiting for the next person in hot-seat play
	needFit     bool // fit the opening view once the window's size is known
	finished    bool // the victory screen has been shown
	changed     bool // the state changed since the last frame
	toastShown  bool

	// layout
	bar, mapR, panel, infoR, ordersR, logR, miniR ui.Rect
	barButtons                                    []*ui.Button
	orderButtons                                  []*ui.Button
	actionButtons                                 []*ui.Button
	stackButtons                                  []*ui.Button
	info, log                                     ui.TextView
	logN                                          int
}

type timedArrow struct {
	render.Arrow
	until time.Time
}

// slide is a unit gliding along the path of its last move.
type slide struct {
	unit       string
	path       []game.Hex
	start, end time.Time
}

// slideTime is how long a unit takes to slide along a path of n hexes
// (its starting hex included): short, so play never waits on it.
func slideTime(n int) time.Duration {
	return min(150*time.Millisecond+time.Duration(max(n-2, 0))*25*time.Millisecond, 250*time.Millisecond)
}

// slides are skipped at the Instant pace (which tests use) and for
// screenshots, which want the result at once.
func (p *playScreen) slidesOn() bool {
	return p.app.Settings.AISpeed < len(aiDelays)-1 && p.app.opt.Screenshot == ""
}

// startSlide shows unit moving along path (the hex it left first).
func (p *playScreen) startSlide(unit string, path []game.Hex) {
	if !p.slidesOn() || len(path) < 2 {
		return
	}
	now := time.Now()
	kept := p.slides[:0]
	for _, sl := range p.slides {
		if sl.unit != unit {
			kept = append(kept, sl)
		}
	}
	p.slides = append(kept, slide{unit: unit, path: path, start: now, end: now.Add(slideTime(len(path)))})
	p.changed = true
}

// movePath is the way u will take to o.To (a move's cheapest path, or the
// step ashore), asked before the order is applied.
func movePath(s *game.State, u *game.Unit, o game.Order) []game.Hex {
	if u == nil {
		return nil
	}
	switch o.Kind {
	case game.Move:
		if path, _, ok := game.Path(s, u, o.To); ok {
			return path
		}
		return []game.Hex{u.At, o.To}
	case game.Disembark:
		return []game.Hex{u.At, o.To}
	}
	return nil
}

// newPlay starts a game of scn; players says who plays each side
// (PlayerHuman or a computer level for ai.New).
func newPlay(a *App, scn *Scenario, players map[string]string, seed int64) *playScreen {
	return newPlayFrom(a, scn, players, seed, scn.NewGame(seed), nil)
}

// newPlayFrom continues a game of scn that reached state s by orders (a
// restored save); s is a fresh game when orders is empty.
func newPlayFrom(a *App, scn *Scenario, players map[string]string, seed int64, s *game.State, orders []game.Order) *playScreen {
	p := &playScreen{app: a, scn: scn, human: map[string]bool{}, players: map[string]string{}, seed: seed, policies: map[string]ai.Policy{}}
	p.state = s
	p.orders = slices.Clone(orders)
	for i, sd := range p.state.Scn.Sides {
		who := players[sd.ID]
		if who == "" {
			who = DefaultAI
		}
		p.players[sd.ID] = who
		p.human[sd.ID] = who == PlayerHuman
		if who == PlayerHuman {
			who = DefaultAI // a person's side still needs a policy for --after-turns
		}
		pol, err := ai.New(who, seed*31+int64(i))
		if err != nil {
			pol, _ = ai.New("simple", seed*31+int64(i))
		}
		p.policies[sd.ID] = pol
	}
	p.view = render.NewMapView(p.state, scn.Lines, a.Theme.Fonts)
	p.view.Kinds = scn.Kinds
	p.view.Spent = func(u *game.Unit) bool { return p.spent[u.ID] }
	p.log.FollowEnd = true
	p.barButtons = []*ui.Button{
		{ID: "undo", Label: "Undo move", Keys: []ebiten.Key{ebiten.KeyZ, ebiten.KeyU}, KeyLabel: "Z", Tip: "Take back your last move (not a combat)."},
		{ID: "end", Label: "End turn", Keys: []ebiten.Key{ebiten.KeyEnter, ebiten.KeyNumpadEnter}, KeyLabel: "Enter", Primary: true, Tip: "Finish your turn and let the other side move."},
		{ID: "help", Label: "Help", Keys: []ebiten.Key{ebiten.KeyF1, ebiten.KeyH}, KeyLabel: "H", Tip: "How to play: mouse and keys."},
		{ID: "menu", Label: "Menu", KeyLabel: "Esc", Tip: "Settings, restart, quit."},
	}
	p.refresh()
	p.layout()
	p.needFit = true
	p.beginTurn()
	p.watchScenario()
	return p
}

// minOpeningZoom is the least zoom (pixels per hex) of the opening view at
// UI scale 1: enough for counters to show their symbol and strength.
const minOpeningZoom = 48

// animating implements animator: the computer's moves, fading arrows, a
// message on the map and tiles still being drawn need new frames.
// Redraws are rationed: the "moving..." dots three times a second, fading
// arrows at 15 frames a second, and once when a message appears or goes.
func (p *playScreen) animating() bool {
	f := p.app.Frame
	changed := p.changed
	p.changed = false
	toastOn := p.toastText != "" && time.Now().Before(p.toastEnd)
	if toastOn != p.toastShown {
		p.toastShown = toastOn
		changed = true
	}
	return changed || p.needFit || p.view.Terrain.Pending > 0 || len(p.slides) > 0 ||
		(p.comp != nil && f%20 == 0) || (len(p.arrows) > 0 && f%4 == 0)
}

// opaque implements opaque: the map, bar and panel cover the screen.
func (p *playScreen) opaque() bool { return true }

// fitView shows the scenario's opening view; when that view is too large
// for counters to be read, it zooms in on the units of the side to move.
func (p *playScreen) fitView() {
	fitField(&p.view.Cam, p.mapR, p.scn.View, p.state, minOpeningZoom*p.app.Theme.Scale, nil)
}

// fitField shows the field view (the whole map when zero) in r. If the
// counters would then be smaller than least pixels a hex, it zooms to least
// instead, on focus when given, else on the units of the side to move.
func fitField(cam *render.Camera, r ui.Rect, view [4]int, s *game.State, least float64, focus *game.Hex) {
	if view == [4]int{} {
		view = [4]int{0, 0, s.Map.Cols - 1, s.Map.Rows - 1}
	}
	cam.View = r
	cam.Fit(float64(view[0])-0.5, float64(view[1])-0.7, float64(view[2])+1, float64(view[3])+0.7)
	if cam.Zoom >= 0.8*least {
		return
	}
	cam.Zoom = least
	n, sx, sy := 0.0, 0.0, 0.0
	for _, u := range s.Units {
		if u.Alive() && u.Side == s.ActiveSide() {
			x, y := render.Centre(u.At)
			sx, sy, n = sx+x, sy+y, n+1
		}
	}
	if n > 0 {
		cam.X, cam.Y = sx/n, sy/n
	}
	if focus != nil {
		cam.X, cam.Y = render.Centre(*focus)
	}
	cam.Contain(s.Map.Cols, s.Map.Rows)
}

// refresh recomputes everything derived from the state after it changed.
func (p *playScreen) refresh() {
	s := p.state
	p.changed = true
	p.tint = showOnMap(p.view, &p.mini, s, p.app.Theme.Scale)
	p.miniStale = true
	p.updateMinimap()
	if u := s.Unit(p.sel); u == nil || !u.Alive() {
		p.sel = ""
	}
	p.ch = choicesFor(s, s.Unit(p.sel))
	// A unit without movement may still fight: ask the engine.
	p.spent = map[string]bool{}
	for _, u := range s.Units {
		if u.Alive() && u.Side == s.ActiveSide() && u.MovesLeft == 0 && u.Carrier == "" {
			p.spent[u.ID] = len(ai.Candidates(s, u)) == 0
		}
	}
	if p.mode != "" && len(p.ch.byKind[p.mode]) == 0 {
		p.mode = ""
	}
	if p.logN > len(s.Log) {
		p.log.Paras, p.logN = nil, 0
	}
	p.log.Paras = append(p.log.Paras, logParas(s, p.logN)...)
	if n := len(p.log.Paras); n > 400 {
		p.log.Paras = append([]ui.Para(nil), p.log.Paras[n-300:]...)
	}
	p.logN = len(s.Log)
	p.refreshInfo()
}

// updateMinimap redraws the minimap picture if it is out of date, at most
// about twice a second (it costs a few milliseconds on the big map).
func (p *playScreen) updateMinimap() {
	if p.miniStale && (time.Since(p.miniAt) > 400*time.Millisecond || p.state.Over || p.miniAt.IsZero()) {
		p.mini.Update(p.view.Terrain)
		p.miniAt, p.miniStale = time.Now(), false
		p.changed = true
	}
}

// showOnMap puts s on the map view, in the side colours and at the UI
// scale, and its cities on the minimap; it returns the territory tinted.
func showOnMap(v *render.MapView, mini *render.Minimap, s *game.State, scale float64) []string {
	tint := territory(s)
	v.Scale = scale
	v.SideColours = sidePalette(s.Scn)
	v.SetState(s, tint)
	mini.Cities = v.Cities()
	return tint
}

// territory gives each hex the side whose supply lines alone reach it.
func territory(s *game.State) []string {
	out := make([]string, s.Map.Cols*s.Map.Rows)
	for _, sd := range s.Scn.Sides {
		for _, h := range game.SupplyMap(s, sd.ID).Hexes() {
			if !s.Map.In(h) {
				continue
			}
			i := h.Row*s.Map.Cols + h.Col
			switch out[i] {
			case "":
				out[i] = sd.ID
			case sd.ID:
			default:
				out[i] = "-" // contested
			}
		}
	}
	for i, v := range out {
		if v == "-" {
			out[i] = ""
		}
	}
	return out
}

// refreshInfo fills the side panel's text for the selection.
func (p *playScreen) refreshInfo() {
	s := p.state
	var ps []ui.Para
	var at *game.Hex
	if u := s.Unit(p.sel); u != nil {
		ps = unitParas(s, u)
		h := u.At
		at = &h
	} else if p.inspect != nil {
		at = p.inspect
		for _, u := range s.UnitsAt(*at) {
			ps = append(ps, ui.Para{Text: u.Name, Right: strengthText(s, u, u.Strength), Marker: sideColour(s, u.Side)})
		}
	}
	if at != nil {
		if pl := s.PlaceAt(*at); pl != nil {
			ps = append(ps, placeParas(s, pl)...)
		} else if p.sel == "" {
			if t := s.TerrainAt(*at); t != nil {
				ps = append([]ui.Para{{Text: t.Name, Style: ui.Bold, Size: ui.SizeLarge}, {Text: "Hex " + at.String(), Colour: dim}}, ps...)
			}
		}
	}
	if len(ps) == 0 {
		ps = p.hintParas()
	}
	p.info.Paras = ps
	p.info.Scroll = 0
}

// hintParas says what to do when nothing is selected.
func (p *playScreen) hintParas() []ui.Para {
	s := p.state
	side := s.ActiveSide()
	if s.Over {
		return []ui.Para{{Text: "The game is over.", Style: ui.Bold}}
	}
	if !p.human[side] {
		return []ui.Para{{Text: sideName(s, side) + " is played by the computer.", Style: ui.Bold}, {Text: "Its moves appear on the map as arrows and in the messages below.", Colour: dim}}
	}
	ps := []ui.Para{
		{Text: "Your turn: " + sideName(s, side), Style: ui.Bold, Size: ui.SizeLarge, Marker: sideColour(s, side)},
		{Text: "Click one of your counters to select it. Hexes it cannot reach this turn are shaded; enemies it can attack are ringed in red, targets for bombardment in orange. Click a clear hex to move there (the path and its cost show as you point), a ringed hex to see the combat preview.", Colour: dim},
		{Text: "Drag or use the arrow keys / WASD to pan; the wheel or +/- to zoom. Tab selects the next unit that can still move. Enter ends your turn.", Colour: dim, Gap: 6},
	}
	for _, sd := range p.scn.Sides {
		if sd.ID == side && sd.Briefing != "" {
			ps = append(ps, ui.Para{Text: "Your aims", Style: ui.Bold, Gap: 8}, ui.Para{Text: sd.Briefing, Colour: dim, Size: ui.SizeSmall + 1})
		}
	}
	return ps
}

// layout cuts the screen into the bar, the map and the panel.
func (p *playScreen) layout() {
	th := p.app.Theme
	r := p.app.screenRect()
	p.bar = r.CutTop(th.S(56))
	pw := math.Min(math.Max(th.S(400), 320), r.W*0.42)
	p.panel = r.CutRight(pw)
	p.mapR = r
	p.view.Cam.View = p.mapR
	in := p.panel.Inset(th.S(10))
	mapAspect := float64(p.state.Map.Rows) * render.RowH / math.Max(float64(p.state.Map.Cols)+0.5, 1)
	miniH := math.Min(in.W*mapAspect, in.H*0.22)
	p.miniR = in.CutBottom(miniH)
	in.CutBottom(th.S(8))
	p.logR = in.CutBottom(math.Round(in.H * 0.32))
	in.CutBottom(th.S(8))
	// Order buttons: two columns, three when the panel is wide enough.
	p.buildOrderButtons()
	// Three columns when the panel is wide enough, without key hints if
	// that is what it takes (large UI scales leave the map little room).
	cols, widest, bare := 2, 0.0, 0.0
	for _, b := range p.orderButtons {
		widest = math.Max(widest, b.NaturalWidth(th))
		bare = math.Max(bare, ui.TextWidth(b.Label, th.Face(ui.Bold, ui.SizeBody))+th.S(28))
	}
	switch {
	case in.W >= 3*widest+2*th.S(6):
		cols = 3
	case in.W >= 3*bare+2*th.S(6) && th.Scale > 1.5:
		cols = 3
		for _, b := range p.orderButtons {
			b.KeyLabel = ""
		}
	}
	rows := (len(p.orderButtons) + cols - 1) / cols
	bh := th.S(36)
	oh := float64(rows)*(bh+th.S(6)) - th.S(6)
	if len(p.actionButtons) > 0 {
		oh += th.S(6) + float64(len(p.actionButtons))*(bh+th.S(6))
	}
	p.ordersR = in.CutBottom(oh)
	in.CutBottom(th.S(8))
	if len(p.stackButtons) > 0 {
		sr := in.CutTop(th.S(34))
		for i, b := range p.stackButtons {
			w := sr.W / float64(len(p.stackButtons))
			b.Bounds = ui.R(sr.X+float64(i)*w, sr.Y, w-th.S(4), sr.H)
		}
		in.CutTop(th.S(6))
	}
	p.infoR = in
	p.info.Bounds = in.Inset(th.S(2))
	p.info.Bounds.X += th.S(2)
	if u := p.state.Unit(p.sel); u != nil {
		// Room for the big counter on the right of the name.
		p.info.Bounds.W -= th.S(70)
	}
	p.log.Bounds = ui.R(p.logR.X+th.S(8), p.logR.Y+th.S(30), p.logR.W-th.S(12), p.logR.H-th.S(36))
	ord := p.ordersR
	used := ui.LayoutGrid(p.orderButtons, ord, cols, bh, th.S(6))
	ord.CutTop(used + th.S(6))
	for i, b := range p.actionButtons {
		b.Bounds = ui.R(ord.X, ord.Y+float64(i)*(bh+th.S(6)), ord.W, bh)
	}
	p.layoutBar()
}

// barLabels are the top bar's labels, long and short, with their keys.
var barLabels = map[string][2]string{
	"undo": {"Undo move", "Undo"},
	"end":  {"End turn", "End turn"},
	"help": {"Help", "?"},
	"menu": {"Menu", "Menu"},
}

// barKeys are the key hints shown on the bar's buttons when there is room.
var barKeys = map[string]string{"undo": "Z", "end": "Enter", "help": "H", "menu": "Esc"}

// layoutBar places the bar's buttons on the right, dropping the key hints
// and then shortening the labels when the turn and date need the room (at
// large UI scales).
func (p *playScreen) layoutBar() {
	th := p.app.Theme
	big := th.Face(ui.Bold, ui.SizeLarge+2)
	s := p.state
	left := th.S(16) + ui.TextWidth(fmt.Sprintf("Turn %d of %d", s.Turn, s.Scn.MaxTurns), big) + th.S(18) +
		ui.TextWidth(s.DateString(), big) + th.S(22) + th.S(32) + ui.TextWidth(sideName(s, s.ActiveSide())+" to move", big) + th.S(20)
	room := p.bar.W - left
	for variant := 0; variant < 3; variant++ {
		w := 0.0
		for _, b := range p.barButtons {
			if b.ID == "end" && b.Label == "Hurry" {
				// keep
			} else if l, ok := barLabels[b.ID]; ok {
				b.Label = l[min(variant/2, 1)]
			}
			b.KeyLabel = ""
			if variant == 0 {
				b.KeyLabel = barKeys[b.ID]
			}
			w += b.NaturalWidth(th) + th.S(8)
		}
		if w <= room {
			break
		}
	}
	ui.LayoutRowRight(p.barButtons, ui.R(p.bar.X, p.bar.Y+th.S(9), p.bar.W-th.S(12), th.S(38)), th.S(8), th)
}

// orderSpec is one of the panel's order buttons.
type orderSpec struct {
	id, label, keyLabel string
	key                 ebiten.Key
	kind                game.OrderKind
	tip                 func(s *game.State) string
}

// orderSpecs are the panel's order buttons, in display order.
var orderSpecs = []orderSpec{
	{"fortify", "Fortify", "F", ebiten.KeyF, game.Fortify, func(s *game.State) string {
		return fmt.Sprintf("Dig in: defence ×%.1f until the unit moves. Uses its whole turn.", s.Rules().Combat.Fortified)
	}},
	{"rest", "Rest", "R", ebiten.KeyR, game.Rest, func(s *game.State) string {
		return fmt.Sprintf("Rest: +%.0f morale. Uses the unit's whole turn.", s.Rules().Supply.RestMorale)
	}},
	{"blockade", "Blockade", "B", ebiten.KeyB, game.Blockade, func(s *game.State) string {
		return "Close the roads into an enemy city next to the unit: its food runs down until it starves."
	}},
	{"embark", "Embark", "E", ebiten.KeyE, game.Embark, func(s *game.State) string {
		return "Board a friendly ship on or next to the unit's hex."
	}},
	{"disembark", "Land", "L", ebiten.KeyL, game.Disembark, func(s *game.State) string {
		return "Land the unit from its ship onto a hex next to it."
	}},
	{"next", "Next unit", "Tab", ebiten.KeyTab, "", func(s *game.State) string {
		return "Select the next of your units that can still move or fight."
	}},
}

// buildOrderButtons makes the panel's buttons for the current selection.
func (p *playScreen) buildOrderButtons() {
	s := p.state
	if len(p.orderButtons) != len(orderSpecs) {
		p.orderButtons = nil
		for _, sp := range orderSpecs {
			p.orderButtons = append(p.orderButtons, &ui.Button{ID: sp.id, Label: sp.label, KeyLabel: sp.keyLabel, Keys: []ebiten.Key{sp.key}})
		}
	}
	myTurn := p.myTurn()
	for i, sp := range orderSpecs {
		b := p.orderButtons[i]
		b.Tip = sp.tip(s)
		b.KeyLabel = sp.keyLabel
		b.Selected = sp.kind != "" && p.mode == sp.kind
		if sp.kind == "" {
			b.Disabled = !myTurn
		} else {
			b.Disabled = !myTurn || len(p.ch.byKind[sp.kind]) == 0
		}
	}
	// Scenario actions open to the side to move.
	p.actionButtons = p.actionButtons[:0]
	if myTurn {
		for _, a := range s.Scn.Actions {
			if a.Side != s.ActiveSide() || s.ActionTaken(a.ID) {
				continue
			}
			o := game.Order{Kind: game.ActionOrder, Target: a.ID}
			err := game.Legal(s, o)
			b := &ui.Button{ID: "action:" + a.ID, Label: a.Name, Tip: a.Text, Disabled: err != nil}
			if err != nil {
				b.Tip = a.Text + "\n" + err.Error()
			}
			p.actionButtons = append(p.actionButtons, b)
		}
	}
	// Buttons for each unit in the selected stack.
	p.stackButtons = p.stackButtons[:0]
	if u := s.Unit(p.sel); u != nil {
		here := s.UnitsAt(u.At)
		if len(here) > 1 {
			for _, o := range here {
				if o.Side != u.Side {
					continue
				}
				p.stackButtons = append(p.stackButtons, &ui.Button{ID: "stack:" + o.ID, Label: o.Name, Selected: o.ID == u.ID, Tip: o.Name})
			}
		}
	}
}

// myTurn reports whether a person is to move now.
func (p *playScreen) myTurn() bool {
	return !p.state.Over && p.human[p.state.ActiveSide()] && !p.handoff
}

// beginTurn starts whoever moves now: the computer's goroutine, or, in
// hot-seat play, a dialog asking the next person to take the mouse.
func (p *playScreen) beginTurn() {
	s := p.state
	if s.Over {
		return
	}
	side := s.ActiveSide()
	p.undo = nil
	if !p.human[side] {
		p.endComputer()
		p.compSide = side
		p.comp = startComputer(p.policies[side], s)
		p.compNext = time.Now()
		return
	}
	p.autosave()
	humans := 0
	for _, h := range p.human {
		if h {
			humans++
		}
	}
	if humans > 1 {
		p.handoff = true
		name := sideName(s, side)
		p.openDialog(&ui.Dialog{
			Title: fmt.Sprintf("%s to move", name),
			Rows: []ui.Para{{Text: fmt.Sprintf("Turn %d, %s. Pass the mouse to the %s player.", s.Turn, s.DateString(), name)},
				{Text: "The other side should look away while you plan.", Colour: dim}},
			Buttons: []*ui.Button{{ID: "go", Label: "Begin " + name + "'s turn", Primary: true, KeyLabel: "Enter"}},
		}, func(string) { p.handoff = false; p.refreshInfo() })
	}
}

// playComputerTurn plays the active side's whole turn at once (for
// screenshots after N turns): every side is played by the computer.
func (p *playScreen) playComputerTurn() {
	s := p.state
	if s.Over {
		return
	}
	// A turn started by beginTurn was copied from the state as it was and
	// shares the policy: end it first, or its orders would come to a later
	// state (and two goroutines would use one policy).
	p.endComputer()
	pol := p.policies[s.ActiveSide()]
	side := s.Active
	for n := 0; n < 100000 && !s.Over && s.Active == side; n++ {
		o := pol.Next(s)
		if _, err := s.Apply(o); err != nil {
			o = game.Order{Kind: game.EndTurn}
			s.Apply(o)
		}
		p.orders = append(p.orders, o)
	}
}

// apply carries out an order the person gave, keeping an undo copy of moves.
func (p *playScreen) apply(o game.Order) bool {
	s := p.state
	var before *game.State
	if o.Kind == game.Move {
		before = s.Clone()
	}
	path := movePath(s, s.Unit(o.Unit), o)
	evs, err := s.Apply(o)
	if err != nil {
		p.toast(capitalise(err.Error()), bad)
		return false
	}
	p.orders = append(p.orders, o)
	p.startSlide(o.Unit, path)
	// A move can be taken back unless it revealed something (a city taken,
	// an event fired): only a plain move is undoable.
	plain := o.Kind == game.Move && len(evs) == 1 && evs[0].Kind == game.EvMove
	if plain {
		p.undo = append(p.undo, before)
	} else {
		p.undo = nil
	}
	for _, ev := range evs {
		if ev.Kind == game.EvCombat || ev.Kind == game.EvBombard {
			p.arrow(ev.From, ev.To, true)
		}
	}
	if o.Kind == game.EndTurn {
		p.sel, p.mode, p.inspect = "", "", nil
	}
	p.mode = ""
	p.refresh()
	if o.Kind == game.EndTurn && !s.Over {
		p.beginTurn()
	}
	return true
}

// doUndo restores the state before the last move.
func (p *playScreen) doUndo() {
	n := len(p.undo)
	if n == 0 || !p.myTurn() {
		return
	}
	p.state = p.undo[n-1]
	p.undo = p.undo[:n-1]
	p.slides = nil                        // the unit is back on its hex at once
	p.orders = p.orders[:len(p.orders)-1] // only a plain move, one order, is undone
	p.logN = len(p.state.Log)
	p.log.Paras = nil
	p.logN = 0
	p.refresh()
	p.toast("Move taken back.", accent)
}

// toast shows a short message at the bottom of the map.
func (p *playScreen) toast(text string, c color.RGBA) {
	p.toastText, p.toastColour = text, c
	p.toastEnd = time.Now().Add(4 * time.Second)
}

func (p *playScreen) arrow(from, to game.Hex, attack bool) {
	c := sideColour(p.state, p.state.ActiveSide())
	p.arrows = append(p.arrows, timedArrow{render.Arrow{From: from, To: to, Colour: c, Alpha: 1, Attack: attack}, time.Now().Add(2500 * time.Millisecond)})
}

func (p *playScreen) openDialog(d *ui.Dialog, onChoose func(id string)) {
	p.dialog, p.onChoose = d, onChoose
}

// Update implements screen.
func (p *playScreen) Update(a *App, ctx *ui.Context) {
	p.expireSlides(time.Now())
	p.layout()
	p.updateMinimap()
	if p.needFit && p.mapR.W > 0 {
		p.fitView()
		p.needFit = false
		p.changed = true // the frame drawn before the fit is out of date
	}
	in := ctx.In
	p.mouseDown = in.Down[ui.MouseLeft]
	p.stepComputer()
	p.checkReload()
	if a.screen != p {
		return // reloaded: a new play screen goes on
	}
	if p.problems != nil && p.dialog == nil {
		p.openDialog(p.problemsDialog(), nil)
		p.problems = nil
	}
	if p.dialog != nil {
		p.dialog.Layout(a.screenRect(), a.Theme)
		if id := p.dialog.Update(ctx); id != "" {
			f := p.onChoose
			p.dialog, p.onChoose = nil, nil
			if f != nil {
				f(id)
			}
		}
		return
	}
	if p.state.Over && !p.finished && p.comp == nil {
		p.finished = true
		a.show(newVictory(a, p))
		return
	}
	if in.Ctrl() && in.TakeKey(ebiten.KeyS) {
		p.saveGame()
	}
	for _, b := range p.barButtons {
		switch b.ID {
		case "undo":
			b.Disabled = len(p.undo) == 0 || !p.myTurn()
		case "end":
			b.Disabled = p.state.Over || p.handoff
			if p.comp != nil {
				b.Label = "Hurry"
				b.Tip = "Let the computer finish its turn at once."
			} else {
				if b.Label == "Hurry" {
					b.Label = barLabels["end"][0]
				}
				b.Tip = "Finish your turn and let the other side move."
			}
		}
		if b.Update(ctx) {
			p.barAction(b.ID)
		}
	}
	for _, b := range p.orderButtons {
		if b.Update(ctx) {
			p.orderAction(b.ID)
		}
	}
	for _, b := range p.actionButtons {
		if b.Update(ctx) {
			p.scenarioAction(b.ID[len("action:"):])
		}
	}
	for _, b := range p.stackButtons {
		if b.Update(ctx) {
			p.selectUnit(b.ID[len("stack:"):])
		}
	}
	p.info.Update(ctx)
	p.log.Update(ctx)
	if p.panel.Contains(in.X, in.Y) || p.bar.Contains(in.X, in.Y) {
		if (in.Clicked(ui.MouseLeft) || in.PressedFree(ui.MouseLeft)) && p.mini.Rect.Contains(in.X, in.Y) {
			if x, y, ok := p.mini.WorldAt(in.X, in.Y); ok {
				p.view.Cam.X, p.view.Cam.Y = x, y
			}
		}
		if in.Down[ui.MouseLeft] && p.mini.Rect.Contains(in.X, in.Y) && !p.nav.pressing {
			if x, y, ok := p.mini.WorldAt(in.X, in.Y); ok {
				p.view.Cam.X, p.view.Cam.Y = x, y
			}
		}
		in.ConsumeClick()
		in.ConsumeWheel()
	}
	if in.TakeKey(ebiten.KeyEscape) {
		switch {
		case p.mode != "":
			p.mode = ""
		case p.sel != "" || p.inspect != nil:
			p.deselect()
		default:
			p.openMenu()
		}
	}
	p.mapInput(ctx)
	now := time.Now()
	kept := p.arrows[:0]
	for _, ar := range p.arrows {
		if now.Before(ar.until) {
			kept = append(kept, ar)
		}
	}
	if len(kept) < len(p.arrows) {
		p.changed = true // the last frame of a fade
	}
	p.arrows = kept
}

// barAction handles the top bar's buttons.
func (p *playScreen) barAction(id string) {
	switch id {
	case "undo":
		p.doUndo()
	case "end":
		if p.comp != nil {
			p.hurry()
			return
		}
		if p.myTurn() {
			p.apply(game.Order{Kind: game.EndTurn})
		}
	case "help":
		p.openDialog(helpDialog(), nil)
	case "menu":
		p.openMenu()
	}
}

// hurry applies the rest of the computer's turn at once.
func (p *playScreen) hurry() {
	if p.comp != nil && !p.comp.current(p.state) {
		p.endComputer()
	}
	for p.comp != nil {
		o, ok, done := p.comp.nextWait()
		if done {
			p.comp = nil
			break
		}
		if ok {
			p.applyComputer(o)
		}
	}
	p.refresh()
	p.beginTurn()
}

// orderAction handles a panel order button.
func (p *playScreen) orderAction(id string) {
	if !p.myTurn() {
		return
	}
	if id == "next" {
		p.selectNext()
		return
	}
	var kind game.OrderKind
	for _, sp := range orderSpecs {
		if sp.id == id {
			kind = sp.kind
		}
	}
	os := p.ch.byKind[kind]
	switch {
	case len(os) == 0:
		if u := p.state.Unit(p.sel); u == nil {
			p.toast("Select one of your units first.", warn)
		} else {
			p.toast(fmt.Sprintf("%s cannot %s now.", u.Name, lowerLabel(id)), warn)
		}
	case kind == game.Blockade:
		if len(os) == 1 {
			p.openCombat(os[0].To)
		} else {
			p.mode = kind
		}
	case len(os) == 1:
		p.apply(os[0])
	default:
		p.mode = kind
		p.toast("Click a highlighted hex.", accent)
	}
}

func lowerLabel(id string) string {
	for _, sp := range orderSpecs {
		if sp.id == id {
			return string(sp.kind)
		}
	}
	return id
}

// scenarioAction asks to confirm a scenario's special order.
func (p *playScreen) scenarioAction(id string) {
	a := p.state.Action(id)
	if a == nil {
		return
	}
	rows := []ui.Para{{Text: a.Text}}
	if a.Cost != 0 {
		rows = append(rows, ui.Para{Text: "Cost", Right: fmt.Sprintf("%d victory points", a.Cost), Colour: warn, Gap: 8})
	}
	p.openDialog(&ui.Dialog{Title: a.Name, Rows: rows, Buttons: []*ui.Button{
		{ID: "cancel", Label: "Cancel", KeyLabel: "Esc"},
		{ID: "do", Label: "Give the order", Primary: true, KeyLabel: "Enter"},
	}}, func(c string) {
		if c == "do" {
			p.apply(game.Order{Kind: game.ActionOrder, Target: id})
		}
	})
}

// selectUnit selects u (one of the side to move) and shows its choices.
func (p *playScreen) selectUnit(id string) {
	p.sel, p.mode, p.inspect = id, "", nil
	p.ch = choicesFor(p.state, p.state.Unit(id))
	p.refreshInfo()
}

func (p *playScreen) deselect() {
	p.sel, p.mode, p.inspect = "", "", nil
	p.ch = choicesFor(p.state, nil)
	p.refreshInfo()
}

// selectNext selects the next unit of the side to move that can still act.
func (p *playScreen) selectNext() {
	s := p.state
	var mine []*game.Unit
	for _, u := range s.Units {
		if u.Alive() && u.Side == s.ActiveSide() && !u.Acted && (u.MovesLeft > 0 || u.Carrier != "") {
			if len(choicesFor(s, u).byKind) > 0 {
				mine = append(mine, u)
			}
		}
	}
	if len(mine) == 0 {
		p.toast("All your units have acted. Press Enter to end the turn.", accent)
		return
	}
	next := mine[0]
	for i, u := range mine {
		if u.ID == p.sel {
			next = mine[(i+1)%len(mine)]
		}
	}
	p.selectUnit(next.ID)
	p.view.Cam.X, p.view.Cam.Y = render.Centre(next.At)
}

// openMenu shows the game menu.
func (p *playScreen) openMenu() {
	rows := []ui.Para{{Text: fmt.Sprintf("%s — turn %d of %d, %s.", p.scn.Title, p.state.Turn, p.state.Scn.MaxTurns, p.state.DateString()), Colour: dim}}
	if w := menuWhatIf(p.scn); w != "" {
		rows = append(rows, ui.Para{Text: w, Colour: accent})
	}
	p.openDialog(&ui.Dialog{Title: "Menu", Width: 420, Rows: rows, Buttons: quitButtons([]*ui.Button{
		{ID: "save", Label: "Save game", KeyLabel: "Ctrl+S"},
		{ID: "load", Label: "Load game"},
		{ID: "settings", Label: "Settings"},
		{ID: "restart", Label: "Restart"},
		{ID: "title", Label: "Title screen"},
		{ID: "quit", Label: "Quit"},
		{ID: "cancel", Label: "Resume", Primary: true},
	})}, func(id string) {
		switch id {
		case "save":
			p.saveGame()
		case "load":
			p.app.show(newLoad(p.app, p))
		case "settings":
			p.app.show(newSettings(p.app, p))
		case "restart":
			p.stop()
			p.app.show(newPlay(p.app, p.scn, p.players, p.seed))
		case "title":
			p.stop()
			p.app.show(newTitle(p.app))
		case "quit":
			p.stop()
			p.app.Quit()
		}
	})
}

// stop abandons any computer turn in progress.
func (p *playScreen) stop() {
	if p.stopWatch != nil {
		p.stopWatch()
		p.stopWatch = nil
	}
	if p.comp != nil {
		p.comp.cancel()
		p.comp = nil
	}
}

// endComputer ends the computer's turn in progress, if any, and waits for
// its goroutine so that its policy is free.
func (p *playScreen) endComputer() {
	if p.comp != nil {
		p.comp.wait()
		p.comp = nil
	}
}

// stepComputer applies the computer's next order when it is ready and its
// pause has passed.
func (p *playScreen) stepComputer() {
	if p.comp == nil {
		// Nobody moves for a computer side (the turns played at once for
		// a screenshot end with one): start it.
		if s := p.state; !s.Over && !p.human[s.ActiveSide()] {
			p.beginTurn()
		}
		return
	}
	if !p.comp.current(p.state) {
		// Started on a state the window has left behind: its orders are
		// for another turn.
		p.endComputer()
		p.beginTurn()
		return
	}
	now := time.Now()
	if now.Before(p.compNext) {
		return
	}
	o, ok, done := p.comp.next()
	if done {
		p.comp = nil
		p.refresh()
		p.beginTurn()
		return
	}
	if !ok {
		return
	}
	if !p.applyComputer(o) {
		p.refresh()
		p.beginTurn()
		return
	}
	p.refresh()
	delay := aiDelays[p.app.Settings.AISpeed]
	if o.Kind == game.Move || o.Kind == game.Attack || o.Kind == game.Assault || o.Kind == game.Bombard || o.Kind == game.Sally {
		p.compNext = now.Add(delay)
	}
	if o.Kind == game.EndTurn {
		p.comp.cancel()
		p.comp = nil
		p.beginTurn()
	}
}

// applyComputer applies one of the computer's orders to the window's state;
// false if the rules refused it (the computer's turn is then over).
func (p *playScreen) applyComputer(o game.Order) bool {
	s := p.state
	u := s.Unit(o.Unit)
	from := game.Hex{}
	if u != nil {
		from = u.At
	}
	path := movePath(s, u, o)
	_, err := s.Apply(o)
	if err != nil {
		// The computer's copy and ours disagree: end its turn rather than
		// stall (this is a bug: the two must be the same game).
		p.toast("The computer gave an order the rules refused: "+err.Error(), bad)
		if p.comp != nil {
			p.comp.cancel()
			p.comp = nil
		}
		end := game.Order{Kind: game.EndTurn}
		if !s.Over && !p.human[s.ActiveSide()] {
			if _, err := s.Apply(end); err == nil {
				p.orders = append(p.orders, end)
			}
		}
		return false
	}
	p.orders = append(p.orders, o)
	p.startSlide(o.Unit, path)
	switch o.Kind {
	case game.Move, game.Disembark:
		p.arrow(from, o.To, false)
	case game.Attack, game.Assault, game.Sally, game.Bombard:
		p.arrow(from, o.To, true)
	}
	return true
}

// expireSlides drops the slides that have arrived.
func (p *playScreen) expireSlides(now time.Time) {
	kept := p.slides[:0]
	for _, sl := range p.slides {
		if now.Before(sl.end) {
			kept = append(kept, sl)
		}
	}
	if len(kept) < len(p.slides) {
		p.changed = true // the frame with the unit on its hex
	}
	p.slides = kept
}
