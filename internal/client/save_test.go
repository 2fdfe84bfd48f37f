package client

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/save"
	"jinsong/internal/ui"
)

// waitMyTurn waits until the computer has finished and a person is to move.
func (h *harness) waitMyTurn() {
	h.t.Helper()
	p := h.play()
	for i := 0; i < 600; i++ {
		var mine bool
		onLoop(func() { mine = p.myTurn() && p.comp == nil })
		if mine {
			return
		}
		waitFrames(2)
	}
	h.t.Fatal("the computer never handed the turn back")
}

// TestSaveAndLoad plays a turn (the computer answering), saves with
// Ctrl+S, finds the autosave, and loads the save from the menu's load
// screen, which lists a damaged file with its error: the restored game is
// the very same game and goes on.
func TestSaveAndLoad(t *testing.T) {
	dir := t.TempDir()
	h := start(t, Options{Scenario: "test", Seed: 4, SaveDir: dir})
	p := h.play()
	h.clickHex(game.Hex{Col: 4, Row: 6})
	h.clickHex(game.Hex{Col: 5, Row: 7})
	h.press(ebiten.KeyZ) // a move taken back is no order of the game
	var n int
	onLoop(func() { n = len(p.orders) })
	if n != 0 {
		t.Fatalf("after a move and its undo the game keeps %d orders", n)
	}
	h.clickHex(game.Hex{Col: 4, Row: 6})
	h.clickHex(game.Hex{Col: 5, Row: 7})
	h.press(ebiten.KeyEnter) // end the Jin turn; the computer plays the Song
	h.waitMyTurn()
	if _, err := os.Stat(filepath.Join(dir, save.AutosaveName)); err != nil {
		t.Fatalf("no autosave at the start of the person's turn: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.json"), []byte(`{"format":"jinsong-save","version":1,"scenario":`), 0o644); err != nil {
		t.Fatal(err)
	}
	h.script.Chord(ebiten.KeyControlLeft, ebiten.KeyS)
	h.settle()
	var orders []game.Order
	var hash, toast string
	onLoop(func() { orders, hash, toast = slices.Clone(p.orders), save.HashString(p.state), p.toastText })
	if !strings.HasPrefix(toast, "Game saved: "+dir) {
		t.Fatalf("Ctrl+S says %q", toast)
	}
	if len(orders) < 3 || orders[0].Kind != game.Move || !slices.ContainsFunc(orders[1:], func(o game.Order) bool { return o.Kind == game.EndTurn }) {
		t.Fatalf("the orders kept for the save: %v", orders)
	}
	h.shot("save-0-saved")

	// Go on a little, then load from the menu.
	h.press(ebiten.KeyEscape)
	var menu string
	onLoop(func() {
		if p.dialog != nil {
			menu = p.dialog.Title
		}
	})
	if menu != "Menu" {
		t.Fatalf("Esc opened %q, not the menu", menu)
	}
	h.clickButton("load")
	l, ok := h.screen().(*loadScreen)
	if !ok {
		t.Fatalf("Load game shows %T", h.screen())
	}
	var entries []save.Entry
	onLoop(func() { entries = l.entries })
	if len(entries) != 4 {
		t.Fatalf("the load screen lists %d files, want the save, two autosaves (turns 1 and 2) and the damaged one: %+v", len(entries), entries)
	}
	var damaged *save.Entry
	for i := range entries {
		if entries[i].Name == "broken.json" {
			damaged = &entries[i]
		}
		if i > 0 && entries[i].When().After(entries[i-1].When()) {
			t.Errorf("not newest first: %s after %s", entries[i].Name, entries[i-1].Name)
		}
	}
	if damaged == nil || damaged.Err == nil {
		t.Fatalf("the damaged file is not listed with its error: %+v", damaged)
	}
	// Only the damaged file carries the red "cannot be loaded" mark.
	onLoop(func() {
		for i, e := range l.entries {
			if marked := l.list.Items[i].Swatch.A > 0; marked != (e.File == nil) {
				t.Errorf("%s: marked as damaged %v, readable %v", e.Name, marked, e.File != nil)
			}
		}
	})
	// Select the damaged file: its error shows, Load is off.
	h.selectEntry(l, "broken.json")
	var text string
	onLoop(func() { text = parasText(l.detail.Paras) })
	if !strings.Contains(text, "cannot be loaded") || !strings.Contains(text, damaged.Err.Error()) {
		t.Errorf("the damaged file's panel says:\n%s", text)
	}
	h.shot("save-1-load-damaged")
	// Select the save made with Ctrl+S and load it.
	var saved string
	for _, e := range entries {
		if strings.HasPrefix(e.Name, "test-t2-") {
			saved = e.Name
		}
	}
	h.selectEntry(l, saved)
	h.shot("save-2-load")
	h.clickButton("load")
	q := h.play()
	if q == p {
		t.Fatal("loading did not start a new play screen")
	}
	var qhash string
	var qorders []game.Order
	onLoop(func() { qhash, qorders = save.HashString(q.state), q.orders })
	if qhash != hash || !slices.Equal(qorders, orders) {
		t.Fatalf("the restored game differs: hash %s orders %d, saved %s orders %d", qhash, len(qorders), hash, len(orders))
	}
	h.shot("save-3-restored")
	// It goes on: end the turn, the computer answers, the person moves again.
	turn := h.state().Turn
	h.press(ebiten.KeyEnter)
	h.waitMyTurn()
	if got := h.state().Turn; got != turn+1 {
		t.Errorf("after loading, ending the turn gives turn %d, want %d", got, turn+1)
	}
}

// selectEntry clicks the load screen's row for the file name.
func (h *harness) selectEntry(l *loadScreen, name string) {
	h.t.Helper()
	var x, y float64
	found := false
	onLoop(func() {
		for i, e := range l.entries {
			if e.Name == name {
				rh := l.list.RowHeight(h.app.Theme)
				x = l.list.Bounds.X + l.list.Bounds.W/2
				y = l.list.Bounds.Y + (float64(i)+0.5)*rh - l.list.Scroll
				found = true
			}
		}
	})
	if !found {
		h.t.Fatalf("no entry %s", name)
	}
	h.script.Move(x, y).Wait(1).Click(x, y)
	h.settle()
}

// parasText joins the text of paragraphs, one a line.
func parasText(ps []ui.Para) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text + " " + p.Right + "\n")
	}
	return b.String()
}
