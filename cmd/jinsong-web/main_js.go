//go:build js

package main

import (
	"fmt"
	"os"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/internal/catalog"
	"jinsong/internal/client"
)

func main() {
	opened := &catalog.Opened{}
	g := &webGame{opened: opened, firstFrame: make(chan struct{})}
	// Reading the built-in scenarios takes seconds here, and a goroutine in
	// the browser runs until it blocks: the title shows first, and a frame
	// is drawn between two scenario files, so the page keeps answering.
	cat := catalog.WithOpened(&catalog.Builtins{Pause: g.nextFrame}, opened)
	cat.Backdrop = g.afterFirstFrame(cat.Backdrop)
	app, err := client.NewApp(client.Options{Catalog: cat, Seed: 1})
	if err != nil {
		fail(err)
		return
	}
	g.app = app
	installHook(g)
	ebiten.SetWindowTitle("Jin–Song Wars")
	ebiten.SetScreenClearedEveryFrame(false) // as on the desktop: Draw redraws what changed
	if err := ebiten.RunGame(g); err != nil {
		fail(err)
	}
}

// fail reports an error that stops the game, on the console and on the
// page (which shows it in place of the game).
func fail(err error) {
	fmt.Fprintln(os.Stderr, "jinsong:", err)
	if f := js.Global().Get("jinsongFailed"); f.Type() == js.TypeFunction {
		f.Invoke(err.Error())
	}
}
