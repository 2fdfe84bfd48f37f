package client

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/ui"
)

// clickButton clicks the button with the given id on the current screen.
// It first points at the button and checks, a few frames later, that the
// pointer is still on it (a layout may move it), as a person would look
// before clicking.
func (h *harness) clickButton(id string) {
	h.t.Helper()
	find := func() (b *ui.Button, r ui.Rect, hover bool) {
		onLoop(func() {
			for _, x := range h.buttons() {
				if x.ID == id {
					b, r, hover = x, x.Bounds, x.Bounds.Contains(h.app.cursorX, h.app.cursorY)
				}
			}
		})
		return b, r, hover
	}
	b, r, _ := find()
	for wait := 0; (b == nil || r.W == 0) && wait < 5; wait++ {
		h.settle() // a screen just shown is laid out on its next frame
		b, r, _ = find()
	}
	for try := 0; try < 5; try++ {
		if b == nil || r.W == 0 {
			h.t.Fatalf("no button %q on %T", id, h.screen())
		}
		x, y := r.Centre()
		h.script.Move(x, y)
		h.settle()
		var on bool
		if b, r, on = find(); on {
			h.script.Click(x, y)
			h.settle()
			return
		}
	}
	h.t.Fatalf("button %q on %T keeps moving away from the pointer", id, h.screen())
}

// buttons lists the buttons of the screen showing (call on the loop).
func (h *harness) buttons() []*ui.Button {
	switch s := h.app.screen.(type) {
	case *titleScreen:
		return s.buttons
	case *pickScreen:
		return s.buttons
	case *sidesScreen:
		return s.buttons
	case *victoryScreen:
		return s.buttons
	case *loadScreen:
		return s.buttons
	case *settingsScreen:
		return []*ui.Button{s.done}
	case *watchScreen:
		if s.dialog != nil {
			return s.dialog.Buttons
		}
		return append(append([]*ui.Button{}, s.barBtns...), s.buttons...)
	case *playScreen:
		if s.dialog != nil {
			return s.dialog.Buttons
		}
		return append(append(append([]*ui.Button{}, s.barButtons...), s.orderButtons...), s.actionButtons...)
	}
	return nil
}

func (h *harness) screen() screen {
	var s screen
	onLoop(func() { s = h.app.screen })
	return s
}

// TestTitleToHotseatGame goes from the title screen through the scenario
// list and side selection to a game of two people at one computer.
func TestTitleToHotseatGame(t *testing.T) {
	h := start(t, Options{Seed: 5})
	if _, ok := h.screen().(*titleScreen); !ok {
		t.Fatalf("the window opens on %T, want the title screen", h.screen())
	}
	h.shot("flow-0-title")
	h.clickButton("play")
	pick, ok := h.screen().(*pickScreen)
	if !ok {
		t.Fatalf("Play shows %T", h.screen())
	}
	var text string
	onLoop(func() {
		for _, p := range pick.briefing.Paras {
			text += p.Text + "\n"
		}
	})
	for _, want := range []string{"Test field", "Two armies meet by a river.", "Hold the city."} {
		if !strings.Contains(text, want) {
			t.Errorf("the briefing lacks %q:\n%s", want, text)
		}
	}
	h.shot("flow-1-scenarios")
	h.clickButton("next")
	sides, ok := h.screen().(*sidesScreen)
	if !ok {
		t.Fatalf("Choose sides shows %T", h.screen())
	}
	// Make the Song a person too: click "Person" on the second row.
	var x, y float64
	onLoop(func() {
		r := sides.choices[1].Bounds.SplitH(len(sides.choices[1].Options), 4)[0]
		x, y = r.Centre()
	})
	h.script.Click(x, y)
	h.settle()
	h.shot("flow-2-sides")
	h.clickButton("start")
	p := h.play()
	var human map[string]bool
	var handoff bool
	onLoop(func() { human, handoff = p.human, p.handoff })
	if !human["jin"] || !human["song"] {
		t.Fatalf("both sides should be people: %v", human)
	}
	if !handoff {
		t.Fatal("hot-seat play should ask the first player to take the mouse")
	}
	h.shot("flow-3-handoff")
	h.press(ebiten.KeyEnter)
	onLoop(func() { handoff = p.handoff })
	if handoff {
		t.Fatal("Enter should begin the Jin turn")
	}
	h.press(ebiten.KeyEnter) // end the Jin turn
	s := h.state()
	if s.ActiveSide() != "song" {
		t.Fatalf("after ending the turn %s is to move", s.ActiveSide())
	}
	onLoop(func() { handoff = p.handoff })
	if !handoff {
		t.Fatal("the Song player should be asked to take the mouse")
	}
	var comp bool
	onLoop(func() { comp = p.comp != nil })
	if comp {
		t.Fatal("no computer should play in a hot-seat game")
	}
}

// TestSettingsAreRemembered changes the UI scale and checks that it is
// saved and read back by the next window.
func TestSettingsAreRemembered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jinsong", "settings.json")
	h := start(t, Options{SettingsPath: path})
	h.press(ebiten.KeyS)
	set, ok := h.screen().(*settingsScreen)
	if !ok {
		t.Fatalf("S on the title shows %T", h.screen())
	}
	small := h.shot("settings-1x")
	var x, y float64
	onLoop(func() {
		i := 3 // 2×
		if UIScales[i] != 2 {
			t.Fatalf("UIScales changed: %v", UIScales)
		}
		x, y = set.scale.Bounds.SplitH(len(UIScales), 4)[i].Centre()
	})
	h.script.Click(x, y)
	h.settle()
	big := h.shot("settings-2x")
	var scale float64
	onLoop(func() { scale = h.app.Theme.Scale })
	if scale != 2 {
		t.Fatalf("the theme's scale is %.2f after choosing 2×", scale)
	}
	if d := changed(small, big, small.Bounds()); d < 0.05 {
		t.Errorf("the screen should change when the scale doubles (%.1f%% did)", 100*d)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("settings not saved: %v", err)
	}
	var saved Settings
	if err := json.Unmarshal(b, &saved); err != nil || saved.UIScale != 2 {
		t.Fatalf("saved settings %s (%v)", b, err)
	}
	again, err := NewApp(Options{SettingsPath: path, Catalog: testCatalog(t)})
	if err != nil {
		t.Fatal(err)
	}
	if again.Settings.UIScale != 2 {
		t.Fatalf("the next window reads scale %.2f", again.Settings.UIScale)
	}
}

// TestBlockadeEmbarkAndLand gives the orders that have no dice: a blockade
// from the preview, boarding a ship with E, and landing with L.
func TestBlockadeEmbarkAndLand(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 2})
	p := h.play()
	h.clickHex(game.Hex{Col: 4, Row: 6})
	h.clickHex(game.Hex{Col: 6, Row: 6})
	h.clickHex(game.Hex{Col: 6, Row: 5}) // the walled city
	var title string
	var rows []string
	onLoop(func() {
		if p.dialog != nil {
			title = p.dialog.Title
			for _, r := range p.dialog.Rows {
				rows = append(rows, r.Text)
			}
		}
	})
	if !strings.Contains(title, "Blockade") || !strings.Contains(strings.Join(rows, " "), "Food in the city") {
		t.Fatalf("clicking the walled city should offer a blockade; dialog %q %q", title, rows)
	}
	h.shot("blockade-preview")
	h.press(ebiten.KeyEnter)
	if got := h.state().Place("city").BlockadedBy; got != "jin" {
		t.Fatalf("the city is blockaded by %q", got)
	}
	// Board the transport with E.
	h.clickHex(game.Hex{Col: 6, Row: 2})
	var sel string
	onLoop(func() { sel = p.sel })
	if sel != "ji" {
		t.Fatalf("selected %q, want the Jin infantry", sel)
	}
	h.press(ebiten.KeyE)
	if c := h.state().Unit("ji").Carrier; c != "jt" {
		t.Fatalf("after E the infantry is on %q", c)
	}
	// Next turn: land it on the south bank with L and a click.
	h.press(ebiten.KeyEnter)
	for i := 0; i < 400 && !(h.state().Turn == 2 && h.state().ActiveSide() == "jin"); i++ {
		waitFrames(5)
	}
	onLoop(func() { p.selectUnit("ji") })
	h.press(ebiten.KeyL)
	var mode game.OrderKind
	onLoop(func() { mode = p.mode })
	land := game.Hex{Col: 6, Row: 4}
	if mode != game.Disembark {
		// A single landing hex is taken at once.
		t.Logf("mode %q after L", mode)
	} else {
		h.shot("land-targets")
		h.clickHex(land)
	}
	u := h.state().Unit("ji")
	if u.Carrier != "" {
		t.Fatalf("the infantry is still on board (%s)", u.At)
	}
	t.Logf("landed at %v", u.At)
}

// TestVictoryScreen ends the game and checks the summary beside history.
func TestVictoryScreen(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 4})
	p := h.play()
	onLoop(func() {
		for _, id := range []string{"si", "sc"} {
			u := p.state.Unit(id)
			u.Status = game.Destroyed
		}
		p.apply(game.Order{Kind: game.Fortify, Unit: "jh"})
	})
	h.settle()
	v, ok := h.screen().(*victoryScreen)
	if !ok {
		t.Fatalf("after the Song army is destroyed the screen is %T", h.screen())
	}
	var text string
	onLoop(func() {
		for _, p := range v.text.Paras {
			text += p.Text + " " + p.Right + "\n"
		}
	})
	for _, want := range []string{"Jin wins", "The Song army is destroyed.", "Jin lost", "Song lost", "In history", "The Song held.", "differently"} {
		if !strings.Contains(text, want) {
			t.Errorf("the victory screen lacks %q:\n%s", want, text)
		}
	}
	h.shot("victory")
	h.clickButton("map")
	if _, ok := h.screen().(*playScreen); !ok {
		t.Fatalf("Look at the map shows %T", h.screen())
	}
}
