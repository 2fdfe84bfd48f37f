package client

import (
	"strings"
	"testing"
)

// The scenario list shows a scenario's what-ifs; switching one on before
// starting plays the what-if's game, and a save records it.
func TestWhatIfSwitchedOn(t *testing.T) {
	h := start(t, Options{Seed: 2})
	h.clickButton("play")
	pick := h.screen().(*pickScreen)
	var items int
	var x, y float64
	onLoop(func() {
		items = len(pick.whatifs.Items)
		b := pick.whatifs.Bounds
		x, y = b.X+b.W/2, b.Y+1.5*pick.whatifs.RowHeight(h.app.Theme)
	})
	if items != 2 {
		t.Fatalf("the what-if chooser has %d rows, want history and one what-if", items)
	}
	h.script.Move(x, y).Wait(1).Click(x, y)
	h.settle()
	var text string
	onLoop(func() { text = parasText(pick.briefing.Paras) })
	if !strings.Contains(text, "What if: The Song infantry is reinforced") || !strings.Contains(text, "Twice as many Song foot soldiers") {
		t.Fatalf("the briefing does not describe the what-if switched on:\n%s", text)
	}
	h.shot("whatif-0-list")
	h.clickButton("next")
	sides := h.screen().(*sidesScreen)
	var id string
	onLoop(func() { id, text = sides.scn.WhatIf, parasText(sides.text.Paras) })
	if id != "reinforced" || !strings.Contains(text, "What if: The Song infantry is reinforced") {
		t.Fatalf("the sides screen has what-if %q:\n%s", id, text)
	}
	h.clickButton("start")
	if got := h.state().Unit("si").Strength; got != 6000 {
		t.Errorf("the game is not the what-if's: Song infantry %d, want 6000", got)
	}
	p := h.play()
	var saved string
	onLoop(func() {
		f, err := p.saveFile("x")
		if err != nil {
			t.Error(err)
			return
		}
		saved = f.WhatIf
	})
	if saved != "reinforced" {
		t.Errorf("a save of the what-if game records what-if %q", saved)
	}
}
