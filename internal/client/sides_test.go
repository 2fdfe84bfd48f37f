package client

import (
	"strings"
	"testing"
)

// The side-selection screen offers a person or the computer at three
// strengths; a computer side starts at normal, and the choice is what the
// game plays with.
func TestSidesChooseComputerStrength(t *testing.T) {
	h := start(t, Options{Seed: 2})
	h.clickButton("play")
	h.clickButton("next")
	sides, ok := h.screen().(*sidesScreen)
	if !ok {
		t.Fatalf("Choose sides shows %T", h.screen())
	}
	var players map[string]string
	var opts []string
	onLoop(func() { players, opts = sides.players(), sides.choices[1].Options })
	if players["jin"] != PlayerHuman || players["song"] != "ai:normal" {
		t.Fatalf("default players %v, want a person and the normal computer", players)
	}
	if strings.Join(opts, ",") != "Person,Easy,Normal,Hard" {
		t.Fatalf("the choices are %v", opts)
	}
	var x, y float64
	onLoop(func() { x, y = sides.choices[1].Bounds.SplitH(len(opts), 4)[3].Centre() })
	h.script.Click(x, y)
	h.settle()
	var text string
	onLoop(func() { text = parasText(sides.text.Paras) })
	if !strings.Contains(text, "Song (played by the computer, hard)") {
		t.Errorf("the sides text does not say the Song is the hard computer:\n%s", text)
	}
	h.shot("sides-hard")
	h.clickButton("start")
	p := h.play()
	onLoop(func() { players = p.players })
	if players["song"] != "ai:hard" || players["jin"] != PlayerHuman {
		t.Fatalf("the game plays with %v", players)
	}
}

// Jumping straight into a scenario plays the computer's sides at the
// level of Options.AI (jinsong play --ai).
func TestJumpInWithAILevel(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 2, AI: "ai:easy"})
	p := h.play()
	var players map[string]string
	onLoop(func() { players = p.players })
	if players["song"] != "ai:easy" || players["jin"] != PlayerHuman {
		t.Fatalf("--ai easy plays with %v", players)
	}
}
