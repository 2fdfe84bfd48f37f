package client

import (
	"runtime"

	"jinsong/internal/ui"
)

// canQuit says whether the game may close itself. In a browser it may
// not: the page would be left with a dead picture, and closing the tab is
// the browser's business.
const canQuit = runtime.GOOS != "js"

// quitButtons is bs without the Quit button (ID "quit") where the game
// cannot quit.
func quitButtons(bs []*ui.Button) []*ui.Button {
	if canQuit {
		return bs
	}
	out := bs[:0:0]
	for _, b := range bs {
		if b.ID != "quit" {
			out = append(out, b)
		}
	}
	return out
}
