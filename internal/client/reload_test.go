package client

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"jinsong/game"
	"jinsong/internal/save"
)

// The loader's messages are split into file:line:col, message and the
// offending line, even after words of the caller's own.
func TestProblemsOf(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "my.toml")
	os.WriteFile(file, []byte("[scenario]\nid = \"x\"\nstart = \"1127-02-30\"\n"), 0o644)
	err := errors.New("the game was saved on scenario file " + file + ", which no longer loads: " + file + ":3:9: start: \"1127-02-30\" is not a date\nmy.toml:2:1: id: too short")
	ps := problemsOf(err, dir)
	if len(ps) != 2 {
		t.Fatalf("%+v", ps)
	}
	if ps[0].Where != file+":3:9" || ps[0].Line != `start = "1127-02-30"` || ps[0].Col != 9 || !strings.HasPrefix(ps[0].Text, "start:") {
		t.Errorf("first problem %+v", ps[0])
	}
	if ps[1].Where != "my.toml:2:1" || ps[1].Line != `id = "x"` {
		t.Errorf("second problem (a name in the folder) %+v", ps[1])
	}
}

// fakeWatch is a Catalog.Watch the test fires by hand.
type fakeWatch struct {
	mu      sync.Mutex
	changed func()
	dir     string
}

func (w *fakeWatch) watch(dir string, changed func()) (func(), error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.dir, w.changed = dir, changed
	return func() {}, nil
}

func (w *fakeWatch) fire() {
	w.mu.Lock()
	f := w.changed
	w.mu.Unlock()
	f()
}

// Live reload: a change that breaks the scenario file shows the loader's
// messages over the game, which goes on unchanged; a change that fixes it
// reloads the game with its orders replayed.
func TestLiveReload(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "field.toml")
	os.WriteFile(file, []byte("[scenario]\nid = \"test\"\ntitle = 5\n"), 0o644)
	scn := testScenario(t)
	scn.Ref = save.ScenarioRef{ID: "test", Path: file, SHA256: strings.Repeat("0", 64)}
	var mu sync.Mutex
	broken := false
	w := &fakeWatch{}
	cat := testCatalog(t)
	cat.Load = func(string) (*Scenario, error) { return scn, nil }
	cat.Open = func(ref save.ScenarioRef, whatIf string) (*Scenario, error) {
		mu.Lock()
		defer mu.Unlock()
		if broken {
			return nil, errors.New(file + ":3:9: title: expected a string, not the integer 5")
		}
		return scn, nil
	}
	cat.Watch = w.watch
	h := start(t, Options{Scenario: "test", Seed: 3, Catalog: cat})
	p := h.play()
	if w.dir != dir {
		t.Fatalf("watching %q, want the scenario's folder %q", w.dir, dir)
	}
	h.clickHex(game.Hex{Col: 4, Row: 6})
	h.clickHex(game.Hex{Col: 5, Row: 7})
	before := h.state()
	if before.Unit("jc").At != (game.Hex{Col: 5, Row: 7}) {
		t.Fatal("the cavalry did not move")
	}

	mu.Lock()
	broken = true
	mu.Unlock()
	w.fire()
	h.settle()
	var rows string
	onLoop(func() {
		if p.dialog != nil {
			rows = p.dialog.Title + "\n" + parasText(p.dialog.Rows)
		}
	})
	for _, want := range []string{"does not load", file + ":3:9: title: expected a string", `3 | title = 5`, "column 9", "last version that loaded"} {
		if !strings.Contains(rows, want) {
			t.Errorf("the overlay lacks %q:\n%s", want, rows)
		}
	}
	h.shot("reload-0-errors")
	if h.play() != p || save.HashString(h.state()) != save.HashString(before) {
		t.Fatal("a broken file changed the game")
	}
	h.clickButton("ok")

	mu.Lock()
	broken = false
	mu.Unlock()
	w.fire()
	h.settle()
	q := h.play()
	if q == p {
		t.Fatal("fixing the file did not reload the game")
	}
	if save.HashString(h.state()) != save.HashString(before) {
		t.Error("the reloaded game is not the same position (orders replayed)")
	}
	var toast string
	onLoop(func() { toast = q.toastText })
	if toast != "Scenario reloaded." {
		t.Errorf("the message says %q", toast)
	}
	h.shot("reload-1-reloaded")
}
