package client

import (
	"testing"

	"jinsong/internal/ui"
)

// The Quit buttons stay on the desktop (the browser build drops them).
func TestQuitButtons(t *testing.T) {
	bs := []*ui.Button{{ID: "play"}, {ID: "quit"}}
	got := quitButtons(bs)
	want := 2
	if !canQuit {
		want = 1
	}
	if len(got) != want || got[0].ID != "play" {
		t.Errorf("quitButtons: %d buttons, want %d", len(got), want)
	}
}
