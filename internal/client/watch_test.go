package client

import (
	"bytes"
	"image"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/playback"
	"jinsong/internal/save"
)

// recordGame plays the test scenario with the simple policy on both sides
// and returns its orders and the hash after each (hashes[i] after i orders).
func recordGame(t *testing.T, scn *Scenario, seed int64) ([]game.Order, []string) {
	t.Helper()
	s := scn.NewGame(seed)
	hashes := []string{save.HashString(s)}
	pols := map[string]ai.Policy{}
	for i, sd := range s.Scn.Sides {
		pols[sd.ID], _ = ai.New("simple", seed+int64(i))
	}
	var orders []game.Order
	for !s.Over && len(orders) < 5000 {
		o := pols[s.ActiveSide()].Next(s)
		if _, err := s.Apply(o); err != nil {
			t.Fatalf("the simple policy gave an illegal order: %v", err)
		}
		orders = append(orders, o)
		hashes = append(hashes, save.HashString(s))
	}
	return orders, hashes
}

// watching returns the watch screen once its tape is ready.
func (h *harness) watching() *watchScreen {
	h.t.Helper()
	w, ok := h.screen().(*watchScreen)
	if !ok {
		h.t.Fatalf("the window shows %T, not the recording", h.screen())
	}
	onLoop(w.wait)
	waitFrames(2)
	return w
}

// pos is the watch screen's position and the hash of its state.
func (h *harness) pos(w *watchScreen) (int, string) {
	var n int
	var hash string
	onLoop(func() { n, hash = w.pl.Pos(), save.HashString(w.pl.State()) })
	return n, hash
}

// History mode: the recorded game plays with its narration; the keys and
// the buttons step, step back, jump by turns and on the timeline, and the
// map and the card follow; each position is the recorded game's.
func TestWatchHistory(t *testing.T) {
	cat := testCatalog(t)
	scn, _ := cat.Load("test")
	orders, hashes := recordGame(t, scn, 3)
	scn.Chronicle = func() (*playback.Tape, []string) {
		return &playback.Tape{Title: scn.Title, Start: func() *game.State { return scn.NewGame(3) }, Orders: orders,
			Cards: []playback.Card{{At: 0, Kind: playback.CardNarration, Text: "Two armies meet by the river."},
				{At: 2, Kind: playback.CardOrder, Text: "The iron cavalry rides out."}}}, nil
	}
	h := start(t, Options{Catalog: cat, Scenario: "test", History: true})
	w := h.watching()
	check := func(how string) int {
		t.Helper()
		n, hash := h.pos(w)
		if hash != hashes[n] {
			t.Fatalf("%s: the state at order %d is not the recorded game's", how, n)
		}
		return n
	}
	var text string
	onLoop(func() { text = parasText(w.card.Paras) })
	if !strings.Contains(text, "Two armies meet by the river.") || !strings.Contains(text, "27 Jan 1126") {
		t.Fatalf("the opening card says:\n%s", text)
	}
	first := h.shot("watch-0-start")
	h.press(ebiten.KeyArrowRight)
	h.press(ebiten.KeyArrowRight)
	if n := check("two steps"); n != 2 {
		t.Fatalf("two steps forward went to order %d", n)
	}
	onLoop(func() { text = parasText(w.card.Paras) })
	if !strings.Contains(text, "The iron cavalry rides out.") {
		t.Fatalf("the card at order 2 says:\n%s", text)
	}
	moved := h.shot("watch-1-two-orders")
	if differ(first, moved) < 50 {
		t.Error("the screen did not change after two orders")
	}
	h.press(ebiten.KeyArrowLeft)
	if n := check("a step back"); n != 1 {
		t.Fatalf("a step back went to order %d", n)
	}
	var marks []playback.Mark
	onLoop(func() { marks = w.pl.Marks() })
	h.press(ebiten.KeyPageDown)
	if n := check("next turn"); n != marks[1].At {
		t.Fatalf("Page Down went to order %d, want the next turn's start %d", n, marks[1].At)
	}
	h.clickButton("nextturn")
	if n := check("next turn button"); n != marks[2].At {
		t.Fatalf("the Turn >> button went to %d, want %d", n, marks[2].At)
	}
	// The timeline: a click at three quarters jumps there.
	var x, y float64
	var total int
	onLoop(func() {
		tr := w.trackBar()
		x, y, total = tr.X+tr.W*0.75, tr.Y+tr.H/2, w.pl.Len()
	})
	h.script.Move(x, y).Wait(1).Click(x, y)
	h.settle()
	if n := check("timeline"); n < total*3/4-2 || n > total*3/4+2 {
		t.Fatalf("a click at 3/4 of the timeline went to order %d of %d", n, total)
	}
	h.press(ebiten.KeyEnd)
	if n := check("end"); n != len(orders) {
		t.Fatalf("End went to %d of %d", n, len(orders))
	}
	h.shot("watch-2-end")
	// Play from the start at the fastest speed, then pause.
	h.press(ebiten.KeyHome)
	h.press(ebiten.Key4)
	h.press(ebiten.KeySpace)
	for i := 0; i < 400; i++ {
		if n, _ := h.pos(w); n > 3 {
			break
		}
		waitFrames(1)
	}
	h.press(ebiten.KeySpace)
	a := check("playing")
	if a <= 3 {
		t.Fatalf("playing reached only order %d", a)
	}
	waitFrames(20)
	if b := check("paused"); b != a {
		t.Fatalf("paused at %d, the recording went on to %d", a, b)
	}
	h.press(ebiten.KeyEscape)
	if _, ok := h.screen().(*titleScreen); !ok {
		t.Fatalf("Esc from a recording opened on its own shows %T, want the title", h.screen())
	}
}

// A saved game is watched from the load screen, from its first order to
// its last, which is the saved state.
func TestWatchReplayFromLoadScreen(t *testing.T) {
	dir := t.TempDir()
	cat := testCatalog(t)
	scn, _ := cat.Load("test")
	orders, hashes := recordGame(t, scn, 6)
	cut := len(orders) * 2 / 3
	s := scn.NewGame(6)
	for _, o := range orders[:cut] {
		if _, err := s.Apply(o); err != nil {
			t.Fatal(err)
		}
	}
	f := save.New(scn.Ref, 6, map[string]string{"jin": PlayerHuman, "song": DefaultAI}, orders[:cut], s, "replay test")
	if err := save.Write(filepath.Join(dir, "replay-test.json"), f); err != nil {
		t.Fatal(err)
	}
	h := start(t, Options{Catalog: cat, SaveDir: dir})
	h.clickButton("load")
	l, ok := h.screen().(*loadScreen)
	if !ok {
		t.Fatalf("Load a game shows %T", h.screen())
	}
	var sel string
	onLoop(func() { sel = l.selected().Name })
	if sel != "replay-test.json" {
		t.Fatalf("the load screen selects %q first", sel)
	}
	h.clickButton("watch")
	w := h.watching()
	var n int
	onLoop(func() { n = w.pl.Len() })
	if n != cut {
		t.Fatalf("the replay has %d orders, the save %d", n, cut)
	}
	h.press(ebiten.KeyEnd)
	if got, hash := h.pos(w); got != cut || hash != hashes[cut] || hash != f.Hash {
		t.Fatalf("the replay ends at order %d with hash %s; the save has %d orders, hash %s", got, hash, cut, f.Hash)
	}
	h.shot("watch-3-replay-end")
	h.press(ebiten.KeyEscape)
	if h.screen() != l {
		t.Fatalf("Esc from the replay shows %T, want the load screen", h.screen())
	}
}

// A scenario without recorded history cannot be opened in history mode,
// and the scenario list's button says so by being off.
func TestWatchHistoryNeedsARecording(t *testing.T) {
	needLoop(t)
	a, err := NewApp(Options{Catalog: testCatalog(t), Scenario: "test", History: true, SettingsPath: "-", Input: nil})
	if err == nil || !strings.Contains(err.Error(), "does not record its history") {
		t.Fatalf("want a clear refusal, got %v (%v)", err, a)
	}
	h := start(t, Options{})
	h.clickButton("play")
	var off bool
	pick := h.screen().(*pickScreen)
	onLoop(func() {
		for _, b := range pick.buttons {
			if b.ID == "history" {
				off = b.Disabled
			}
		}
	})
	if !off {
		t.Error("Watch history is on for a scenario that records none")
	}
}

// differ counts pixels that differ between two pictures.
func differ(a, b *image.RGBA) int {
	if a == nil || b == nil || a.Bounds() != b.Bounds() {
		return 1 << 30
	}
	n := 0
	for i := 0; i+3 < len(a.Pix); i += 4 {
		if !bytes.Equal(a.Pix[i:i+3], b.Pix[i:i+3]) {
			n++
		}
	}
	return n
}

// The victory screen's Watch replay shows the game just played, which
// ends in the very state the game ended in.
func TestWatchReplayFromVictoryScreen(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 4})
	p := h.play()
	h.clickHex(game.Hex{Col: 4, Row: 6})
	h.clickHex(game.Hex{Col: 5, Row: 7})
	h.press(ebiten.KeyEnter)
	h.waitMyTurn()
	var n int
	var hash string
	onLoop(func() {
		n, hash = len(p.orders), save.HashString(p.state)
		h.app.show(newVictory(h.app, p))
	})
	if n < 3 {
		t.Fatalf("only %d orders played", n)
	}
	h.clickButton("replay")
	w := h.watching()
	h.press(ebiten.KeyEnd)
	if got, ghash := h.pos(w); got != n || ghash != hash {
		t.Fatalf("the replay ends at order %d (hash %s), the game had %d orders (hash %s)", got, ghash, n, hash)
	}
	h.press(ebiten.KeyEscape)
	if _, ok := h.screen().(*victoryScreen); !ok {
		t.Fatalf("leaving the replay shows %T, want the victory screen", h.screen())
	}
}

// The timeline is labelled by year across a long campaign and by day
// within one year.
func TestTimelineLabels(t *testing.T) {
	long := []playback.Mark{
		{At: 0, Turn: 1, Date: "1 Dec 1125"}, {At: 5, Turn: 1, Date: "1 Dec 1125"},
		{At: 9, Turn: 2, Date: "1 Jan 1126"}, {At: 14, Turn: 3, Date: "1 Feb 1126"}, {At: 20, Turn: 14, Date: "1 Jan 1127"},
	}
	got := timelineLabels(long)
	want := []timeLabel{{0, "1125"}, {9, "1126"}, {20, "1127"}}
	if len(got) != len(want) {
		t.Fatalf("labels %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("labels %v, want %v", got, want)
		}
	}
	short := []playback.Mark{{At: 0, Turn: 1, Date: "26 Nov 1161"}, {At: 4, Turn: 1, Date: "26 Nov 1161"}, {At: 7, Turn: 2, Date: "27 Nov 1161"}}
	got = timelineLabels(short)
	if len(got) != 2 || got[0] != (timeLabel{0, "26 Nov"}) || got[1] != (timeLabel{7, "27 Nov"}) {
		t.Fatalf("short labels %v", got)
	}
}
