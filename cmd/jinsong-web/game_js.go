//go:build js

package main

import (
	"sync"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/internal/catalog"
	"jinsong/internal/client"
)

// webGame runs the window in the page: it is the client.App, plus the work
// the page asks for between frames and the marks the page measures by.
type webGame struct {
	app    *client.App
	opened *catalog.Opened

	mu      sync.Mutex
	todo    []func()        // run at the start of the next Update
	waiting []chan struct{} // closed after the next frame is drawn

	drawn      bool          // the first frame was drawn
	firstFrame chan struct{} // closed when it is
	shown      string        // the screen the page was last told of
	titleShown bool          // performance mark "jinsong:title" is set
	titleReady bool          // performance mark "jinsong:title-ready" is set
}

// later runs f on the game loop before the next frame.
func (g *webGame) later(f func()) {
	g.mu.Lock()
	g.todo = append(g.todo, f)
	g.mu.Unlock()
}

// Update implements ebiten.Game.
func (g *webGame) Update() error {
	g.mu.Lock()
	todo := g.todo
	g.todo = nil
	g.mu.Unlock()
	for _, f := range todo {
		f()
	}
	err := g.app.Update()
	if name := g.app.ScreenName(); name != g.shown {
		g.shown = name
		if f := js.Global().Get("jinsongScreen"); f.Type() == js.TypeFunction {
			f.Invoke(name)
		}
	}
	return err
}

// nextFrame waits until the game loop has drawn another frame. Called off
// the game loop; while it waits, the page handles its events.
func (g *webGame) nextFrame() {
	ch := make(chan struct{})
	g.mu.Lock()
	g.waiting = append(g.waiting, ch)
	g.mu.Unlock()
	<-ch
}

// afterFirstFrame makes f wait until the first frame is on the page.
func (g *webGame) afterFirstFrame(f func() (*client.Scenario, error)) func() (*client.Scenario, error) {
	return func() (*client.Scenario, error) {
		<-g.firstFrame
		return f()
	}
}

// Draw implements ebiten.Game. After the first frame it tells the page to
// take its loading screen away; it marks when the title screen was first
// drawn and when its map was ready (performance.mark, for measuring).
func (g *webGame) Draw(screen *ebiten.Image) {
	g.app.Draw(screen)
	g.mu.Lock()
	for _, ch := range g.waiting {
		close(ch)
	}
	g.waiting = nil
	g.mu.Unlock()
	if !g.drawn {
		g.drawn = true
		close(g.firstFrame)
		if f := js.Global().Get("jinsongStarted"); f.Type() == js.TypeFunction {
			f.Invoke()
		}
	}
	if g.titleReady || g.app.ScreenName() != "title" {
		return
	}
	perf := js.Global().Get("performance")
	if !g.titleShown {
		g.titleShown = true
		perf.Call("mark", "jinsong:title")
	}
	if g.app.Probe().Ready {
		g.titleReady = true
		perf.Call("mark", "jinsong:title-ready")
	}
}

// Layout implements ebiten.Game.
func (g *webGame) Layout(w, h int) (int, int) { return g.app.Layout(w, h) }
