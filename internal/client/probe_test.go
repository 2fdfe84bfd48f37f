package client

import (
	"encoding/json"
	"strings"
	"testing"

	"jinsong/game"
)

// probe reads the window's Probe on the loop.
func (h *harness) probe() Probe {
	var pr Probe
	onLoop(func() { pr = h.app.Probe() })
	return pr
}

// The probe names the screen and reports the game as the engine has it:
// the side to move, the units where they stand, the selected unit's reach.
func TestProbeReportsTheGame(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 3})
	pr := h.probe()
	if pr.Screen != "play" || pr.Scenario != "test" || pr.Turn != 1 || pr.Side != "jin" || !pr.Person || pr.Selected != "" {
		t.Fatalf("at the start: %+v", pr)
	}
	s := h.state()
	if len(pr.Units) != len(s.Units) || pr.Units[0].ID != "jc" || pr.Units[0].At != (game.Hex{Col: 4, Row: 6}) || pr.Units[0].Strength != 5000 {
		t.Fatalf("units: %+v", pr.Units)
	}
	h.clickHex(game.Hex{Col: 4, Row: 6})
	pr = h.probe()
	want := game.Destinations(s, s.Unit("jc"))
	if pr.Selected != "jc" || len(pr.Reach) != len(want) || len(want) == 0 {
		t.Fatalf("after selecting the cavalry: selected %q, reach %d hexes, want %d", pr.Selected, len(pr.Reach), len(want))
	}
	var x, y float64
	var ok bool
	onLoop(func() { x, y, ok = h.app.HexPoint(game.Hex{Col: 6, Row: 6}) })
	hx, hy := h.hexAt(game.Hex{Col: 6, Row: 6})
	if !ok || x != hx || y != hy {
		t.Errorf("HexPoint gives %v,%v (%v), the map draws the hex at %v,%v", x, y, ok, hx, hy)
	}
	b, err := json.Marshal(pr)
	if err != nil || !strings.Contains(string(b), `"at":{"col":4,"row":6},"strength":5000`) {
		t.Errorf("as JSON: %s (%v)", b, err)
	}
}

// A scenario opened from outside shows in the scenario list, chosen; during
// a game the game stays and a message says where the scenario is.
func TestShowScenario(t *testing.T) {
	h := start(t, Options{})
	if pr := h.probe(); pr.Screen != "title" {
		t.Fatalf("first screen: %+v", pr)
	}
	onLoop(func() { h.app.ShowScenario("test", "Test field") })
	h.settle()
	pr := h.probe()
	if pr.Screen != "scenarios" || pr.Chosen != "test" || pr.Problem != "" || !pr.Ready || len(pr.Scenarios) != 1 {
		t.Fatalf("after ShowScenario: %+v", pr)
	}
	if _, ok := h.screen().(*pickScreen); !ok {
		t.Fatalf("the screen is %T", h.screen())
	}
	g := start(t, Options{Scenario: "test"})
	onLoop(func() { g.app.ShowScenario("test", "Test field") })
	g.settle()
	var toast string
	p := g.play()
	onLoop(func() { toast = p.toastText })
	if pr := g.probe(); pr.Screen != "play" || !strings.Contains(toast, "Test field") {
		t.Errorf("during a game: screen %q, message %q", pr.Screen, toast)
	}
}
