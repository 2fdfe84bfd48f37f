package client

import (
	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/ui"
)

// Probe is what can be read of the window from outside: which screen shows
// and the game in progress. The browser build hands it to the page's test
// hook (window.jinsong.state()) as JSON.
type Probe struct {
	Screen string `json:"screen"` // see ScreenName
	// Ready is false while the screen is still working on its own: the
	// title's map loading, the computer playing, map tiles being drawn.
	Ready bool `json:"ready"`

	// On the scenario list: the ids listed, the one chosen, and the
	// loader's message if the chosen one does not load. On the list of
	// saved games: their file names (Saves), the one chosen, and why it
	// cannot be loaded, if it cannot.
	Scenarios []string `json:"scenarios,omitempty"`
	Saves     []string `json:"saves,omitempty"`
	Chosen    string   `json:"chosen,omitempty"`
	Problem   string   `json:"problem,omitempty"`

	// On the sides and play screens and after the game: the game.
	Scenario string      `json:"scenario,omitempty"` // its id
	Turn     int         `json:"turn,omitempty"`
	Date     string      `json:"date,omitempty"`
	Side     string      `json:"side,omitempty"`   // the side to move
	Person   bool        `json:"person,omitempty"` // a person gives orders now (not the computer, no hand-over dialog)
	Over     bool        `json:"over,omitempty"`
	Dialog   string      `json:"dialog,omitempty"`   // title of the dialog open over the map
	Selected string      `json:"selected,omitempty"` // id of the selected unit
	Reach    []game.Hex  `json:"reach,omitempty"`    // hexes the selected unit can move to
	Units    []ProbeUnit `json:"units,omitempty"`    // units on the map

	Settings Settings `json:"settings"`
}

// ProbeUnit is a unit as Probe shows it.
type ProbeUnit struct {
	ID       string   `json:"id"`
	Side     string   `json:"side"`
	At       game.Hex `json:"at"`
	Strength int      `json:"strength"`
}

// ScreenName names the screen showing: "title", "scenarios", "load",
// "sides", "settings", "play" or "victory".
func (a *App) ScreenName() string {
	s := a.screen
	if h, ok := s.(*handover); ok {
		s = h.next
	}
	switch s.(type) {
	case *titleScreen:
		return "title"
	case *pickScreen:
		return "scenarios"
	case *loadScreen:
		return "load"
	case *sidesScreen:
		return "sides"
	case *settingsScreen:
		return "settings"
	case *playScreen:
		return "play"
	case *victoryScreen:
		return "victory"
	}
	return ""
}

// Probe reads the window's state. Call it between frames (on the game
// loop's goroutine, or from a browser callback).
func (a *App) Probe() (pr Probe) {
	pr = Probe{Screen: a.ScreenName(), Ready: true, Settings: a.Settings}
	shown := a.screen
	if h, ok := shown.(*handover); ok {
		shown = h.next
		defer func() { pr.Ready = false }() // until the window has shown it
	}
	switch s := shown.(type) {
	case *titleScreen:
		pr.Ready = s.backdrop == nil && (s.view == nil || s.view.Terrain.Pending == 0)
	case *pickScreen:
		for _, e := range s.entries {
			pr.Scenarios = append(pr.Scenarios, e.ID)
		}
		if i := s.list.Selected; i >= 0 && i < len(s.entries) {
			pr.Chosen = s.entries[i].ID
			if err := s.errs[pr.Chosen]; err != nil {
				pr.Problem = err.Error()
			}
		}
	case *loadScreen:
		for _, e := range s.entries {
			pr.Saves = append(pr.Saves, e.Name)
		}
		if e := s.selected(); e != nil {
			pr.Chosen = e.Name
			if e.Err != nil {
				pr.Problem = e.Err.Error()
			} else if s.err != nil {
				pr.Problem = s.err.Error()
			}
		}
	case *sidesScreen:
		pr.Scenario = s.scn.ID
	case *playScreen:
		s.probe(&pr)
	case *victoryScreen:
		s.play.probe(&pr)
		pr.Ready = true
	}
	return pr
}

// probe fills pr with the game in progress.
func (p *playScreen) probe(pr *Probe) {
	s := p.state
	pr.Scenario, pr.Turn, pr.Date, pr.Side, pr.Over = p.scn.ID, s.Turn, s.DateString(), s.ActiveSide(), s.Over
	pr.Person = p.myTurn()
	pr.Ready = p.comp == nil && !p.needFit && p.view.Terrain.Pending == 0
	if p.dialog != nil {
		pr.Dialog = p.dialog.Title
	}
	if u := s.Unit(p.sel); u != nil {
		pr.Selected = u.ID
		pr.Reach = game.Destinations(s, u)
	}
	for _, u := range s.Units {
		if u.Alive() {
			pr.Units = append(pr.Units, ProbeUnit{ID: u.ID, Side: u.Side, At: u.At, Strength: u.Strength})
		}
	}
}

// HexPoint is where the centre of hex h is on the screen, in screen
// pixels, while a game shows; ok is false on other screens.
func (a *App) HexPoint(h game.Hex) (x, y float64, ok bool) {
	p, isPlay := a.screen.(*playScreen)
	if !isPlay {
		return 0, 0, false
	}
	x, y = p.view.Cam.HexCentre(h)
	return x, y, true
}

// ShowScenario shows the scenario list with the scenario id chosen, as
// after a scenario file was opened. During a game the game stays and a
// message says where to find the scenario.
func (a *App) ShowScenario(id, title string) {
	if p, ok := a.screen.(*playScreen); ok && !p.state.Over {
		p.toast("Opened "+title+": it is in the scenario list (Menu, Title screen, Play a scenario).", accent)
		return
	}
	pk := newPick(a)
	for i, e := range pk.entries {
		if e.ID == id {
			pk.list.Selected = i
		}
	}
	a.show(&handover{next: pk})
}

// handover is a screen that gives way to next at its first update. A
// screen shown from outside the window's own Update goes through it, so
// the window sees the screen change during an update and redraws.
type handover struct{ next screen }

func (h *handover) Update(a *App, ctx *ui.Context) {
	a.show(h.next)
	h.next.Update(a, ctx)
}

func (h *handover) Draw(a *App, dst *ebiten.Image) { h.next.Draw(a, dst) }
