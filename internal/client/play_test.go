package client

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/ui"
)

// harness drives an App under the test loop with scripted input.
type harness struct {
	t      *testing.T
	app    *App
	script *ui.Script
}

func start(t *testing.T, opt Options) *harness {
	t.Helper()
	needLoop(t)
	h := &harness{t: t, script: &ui.Script{}}
	opt.Input = h.script
	if opt.SettingsPath == "" {
		opt.SettingsPath = "-"
	}
	if opt.SaveDir == "" {
		opt.SaveDir = t.TempDir() // never the user's own saves
	}
	if opt.PicturesDir == "" {
		opt.PicturesDir = t.TempDir()
	}
	if opt.Catalog.Load == nil {
		opt.Catalog = testCatalog(t)
	}
	var err error
	onLoop(func() { h.app, err = NewApp(opt) })
	if err != nil {
		t.Fatal(err)
	}
	h.app.Settings.AISpeed = len(aiDelays) - 1 // the computer moves at once
	setGame(h.app)
	t.Cleanup(func() {
		onLoop(func() {
			if p, ok := h.app.screen.(*playScreen); ok {
				p.stop()
			}
		})
		setGame(nil)
	})
	h.settle()
	return h
}

// settle plays the queued input and waits a few more frames.
func (h *harness) settle() {
	for !h.script.Done() {
		waitFrames(1)
	}
	waitFrames(3)
}

// play returns the play screen (failing if another screen shows).
func (h *harness) play() *playScreen {
	h.t.Helper()
	var p *playScreen
	onLoop(func() { p, _ = h.app.screen.(*playScreen) })
	if p == nil {
		h.t.Fatalf("the play screen is not showing (%T)", h.app.screen)
	}
	return p
}

// hexAt returns the screen position of a hex's centre.
func (h *harness) hexAt(x game.Hex) (float64, float64) {
	var sx, sy float64
	p := h.play()
	onLoop(func() { sx, sy = p.view.Cam.HexCentre(x) })
	return sx, sy
}

func (h *harness) clickHex(x game.Hex) {
	sx, sy := h.hexAt(x)
	h.script.Move(sx, sy).Wait(2).Click(sx, sy)
	h.settle()
}

func (h *harness) press(k ebiten.Key) {
	h.script.Press(k)
	h.settle()
}

// shot takes a screenshot and saves it when JINSONG_SHOTS names a folder.
func (h *harness) shot(name string) *image.RGBA {
	img := screenshot()
	if dir := os.Getenv("JINSONG_SHOTS"); dir != "" {
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err == nil {
			png.Encode(f, img)
			f.Close()
		}
	}
	return img
}

// changed is the share of pixels in r that differ between a and b.
func changed(a, b *image.RGBA, r image.Rectangle) float64 {
	r = r.Intersect(a.Bounds()).Intersect(b.Bounds())
	if r.Empty() {
		return 0
	}
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := a.PixOffset(x, y)
			d := 0
			for c := 0; c < 3; c++ {
				v := int(a.Pix[i+c]) - int(b.Pix[i+c])
				if v < 0 {
					v = -v
				}
				d += v
			}
			if d > 24 {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}

// around is a square of half-size r around a screen point.
func around(x, y float64, r int) image.Rectangle {
	return image.Rect(int(x)-r, int(y)-r, int(x)+r, int(y)+r)
}

func (h *harness) state() *game.State {
	var s *game.State
	p := h.play()
	onLoop(func() { s = p.state.Clone() })
	return s
}

// TestSelectMoveUndoAttackEndTurn plays the opening of a turn as a person
// would: select a unit, move it, take the move back, move again, attack with
// the preview, confirm, and end the turn; the computer then plays the Song.
func TestSelectMoveUndoAttackEndTurn(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 3})
	p := h.play()
	cav, dest, enemy := game.Hex{Col: 4, Row: 6}, game.Hex{Col: 6, Row: 6}, game.Hex{Col: 7, Row: 6}
	before := h.shot("0-start")

	// Select: the hexes the unit cannot reach are shaded.
	h.clickHex(cav)
	var moves []game.Hex
	var sel string
	onLoop(func() { sel, moves = p.sel, append([]game.Hex(nil), p.ch.moves...) })
	if sel != "jc" {
		t.Fatalf("clicking the cavalry selected %q", sel)
	}
	want := game.Destinations(h.state(), h.state().Unit("jc"))
	if len(moves) != len(want) || len(moves) == 0 {
		t.Fatalf("highlighted %d hexes, the engine says %d", len(moves), len(want))
	}
	selected := h.shot("1-selected")
	far := game.Hex{Col: 2, Row: 4}
	if !containsHex(want, far) {
		t.Fatalf("test setup: %v should be reachable", far)
	}
	fx, fy := h.hexAt(far)
	if d := changed(before, selected, around(fx, fy, 8)); d > 0.05 {
		t.Errorf("a reachable hex should stay clear: %.0f%% of its pixels changed", 100*d)
	}
	out := game.Hex{Col: 12, Row: 0}
	if containsHex(want, out) {
		t.Fatalf("test setup: %v should be out of reach", out)
	}
	ox, oy := h.hexAt(out)
	if d := changed(before, selected, around(ox, oy, 8)); d < 0.5 {
		t.Errorf("a hex out of reach should be shaded: only %.0f%% of its pixels changed", 100*d)
	}

	// Hover shows the path; click moves.
	dx, dy := h.hexAt(dest)
	h.script.Move(dx, dy).Wait(3)
	h.settle()
	onLoop(func() {
		if ov := p.overlay(); len(ov.Path) < 2 || !strings.Contains(ov.PathLabel, "MP") {
			t.Errorf("hovering a reachable hex should preview the path, got %v %q", ov.Path, ov.PathLabel)
		}
	})
	h.clickHex(dest)
	if u := h.state().Unit("jc"); u.At != dest {
		t.Fatalf("after clicking %v the cavalry is at %v", dest, u.At)
	}
	moved := h.shot("2-moved")
	cx, cy := h.hexAt(cav)
	if d := changed(selected, moved, around(cx, cy, 10)); d < 0.3 {
		t.Errorf("the counter should have left its hex: %.0f%% changed", 100*d)
	}

	// Undo puts it back; move again.
	h.press(ebiten.KeyZ)
	if u := h.state().Unit("jc"); u.At != cav {
		t.Fatalf("undo left the cavalry at %v", u.At)
	}
	h.clickHex(cav)
	h.clickHex(dest)
	if u := h.state().Unit("jc"); u.At != dest {
		t.Fatalf("second move: cavalry at %v", u.At)
	}

	// Clicking the enemy opens the combat preview; nothing happens yet.
	beforeFight := h.shot("3-before-attack")
	h.clickHex(enemy)
	var rows []string
	onLoop(func() {
		if p.dialog != nil {
			for _, r := range p.dialog.Rows {
				rows = append(rows, r.Text)
			}
		}
	})
	if len(rows) == 0 {
		t.Fatal("clicking an attackable enemy should open the combat preview")
	}
	joined := strings.Join(rows, "\n")
	for _, w := range []string{"Odds", "Chance", "Expected losses", "Attack power", "Defence power", "Morale"} {
		if !strings.Contains(joined, w) {
			t.Errorf("the preview lacks %q:\n%s", w, joined)
		}
	}
	pred, err := game.Predict(h.state(), game.Order{Kind: game.Attack, Unit: "jc", To: enemy})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range pred.Factors {
		if !strings.Contains(joined, f.Name) {
			t.Errorf("factor %q from Predict is not listed", f.Name)
		}
	}
	preview := h.shot("4-preview")
	if d := changed(beforeFight, preview, image.Rect(h.app.W/2-100, h.app.H/2-60, h.app.W/2+100, h.app.H/2+60)); d < 0.3 {
		t.Errorf("the dialog should cover the middle of the screen: %.0f%% changed", 100*d)
	}
	if n := len(h.state().Log); n != len(h.state().Log) {
		t.Fatal("unreachable")
	}
	logBefore := len(h.state().Log)
	siBefore := h.state().Unit("si").Strength
	h.press(ebiten.KeyEnter)
	s := h.state()
	fought := false
	for _, ev := range s.Log[logBefore:] {
		if ev.Kind == game.EvCombat && ev.Unit == "jc" {
			fought = true
		}
	}
	if !fought {
		t.Fatalf("confirming the preview should fight; log: %v", s.Log[logBefore:])
	}
	if si := s.Unit("si"); si.Strength >= siBefore && si.Alive() {
		t.Errorf("the Song infantry lost nothing (%d)", si.Strength)
	}
	onLoop(func() {
		if p.dialog != nil {
			t.Error("the dialog should close after the attack")
		}
		if len(p.undo) != 0 {
			t.Error("a combat cannot be undone")
		}
	})
	h.shot("5-after-attack")

	// End the turn: the computer plays the Song and hands back to the Jin.
	h.press(ebiten.KeyEnter)
	for i := 0; i < 600; i++ {
		s = h.state()
		if s.Turn == 2 && s.ActiveSide() == "jin" {
			break
		}
		waitFrames(5)
	}
	if s.Turn != 2 || s.ActiveSide() != "jin" {
		t.Fatalf("after ending the turn: turn %d, %s to move", s.Turn, s.ActiveSide())
	}
	songMoved := false
	for _, ev := range s.Log {
		if ev.Side == "song" && ev.Kind == game.EvTurn {
			songMoved = true
		}
	}
	if !songMoved {
		t.Error("the Song turn does not appear in the log")
	}
	var logLines int
	onLoop(func() { logLines = len(p.log.Paras) })
	if logLines < len(s.Log)-5 {
		t.Errorf("the message log shows %d lines for %d events", logLines, len(s.Log))
	}
	h.shot("6-turn2")
}

func containsHex(hs []game.Hex, h game.Hex) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}
