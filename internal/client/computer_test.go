package client

import (
	"strings"
	"testing"
	"time"

	"jinsong/game"
	"jinsong/internal/render"
	"jinsong/internal/save"
)

// A computer turn begun on the state as it was must never hand its orders
// to a later state: when the window moves the game on by itself (the turns
// played at once before a screenshot), the turn in progress is ended and a
// new one begun on the state as it is. Every order the window applied must
// replay to the window's own state.
func TestComputerTurnNeverOutlivesItsState(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 3})
	var p *playScreen
	var stale bool
	onLoop(func() {
		// As NewApp does for --after-turns: the game opens (the Jin, played
		// by the computer, begin their turn) and the turns are played at once.
		p = newPlay(h.app, testScenario(t), map[string]string{"jin": "ai:easy", "song": PlayerHuman}, 3)
		h.app.show(p)
		stale = p.comp != nil
		for i := 0; i < 4 && !p.state.Over; i++ { // two whole turns, as --after-turns 2 does
			p.playComputerTurn()
		}
		p.refresh()
	})
	if !stale {
		t.Fatal("the Jin's first turn was not begun on the computer's goroutine")
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		waitFrames(5)
		var mine, over bool
		var toast string
		onLoop(func() { mine, over, toast = p.myTurn() && p.comp == nil, p.state.Over, p.toastText })
		if strings.Contains(toast, "refused") {
			t.Fatalf("the window refused one of the computer's orders: %s", toast)
		}
		if mine || over {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the computer never finished its turn")
		}
	}
	var orders []game.Order
	var want string
	var turn int
	onLoop(func() {
		orders, want, turn = append([]game.Order(nil), p.orders...), save.HashString(p.state), p.state.Turn
	})
	if turn < 3 {
		t.Fatalf("the game is at turn %d, want 3 or later", turn)
	}
	s, err := save.Replay(&save.File{Seed: 3, Orders: orders}, testScenario(t).NewGame)
	if err != nil {
		t.Fatalf("the window's orders do not replay: %v", err)
	}
	if got := save.HashString(s); got != want {
		t.Fatalf("the window's orders replay to %s, the window shows %s", got, want)
	}
}

// At a pace a person can follow, a unit that moves slides along its path
// for a moment instead of jumping; at the Instant pace (which the other
// tests use) it is on its new hex at once.
func TestUnitsSlideWhenTheyMove(t *testing.T) {
	h := start(t, Options{Scenario: "test", Seed: 3})
	p := h.play()
	onLoop(func() { h.app.Settings.AISpeed = 1 }) // Normal
	cav, dest := game.Hex{Col: 4, Row: 6}, game.Hex{Col: 6, Row: 6}
	h.clickHex(cav)
	var ok bool
	var slides []render.Slide
	onLoop(func() {
		ok = p.apply(game.Order{Kind: game.Move, Unit: "jc", To: dest})
		slides = p.overlay().Slides
	})
	if !ok {
		t.Fatal("the move was refused")
	}
	if len(slides) != 1 || slides[0].Unit != "jc" || len(slides[0].Path) < 2 ||
		slides[0].Path[0] != cav || slides[0].Path[len(slides[0].Path)-1] != dest || slides[0].T > 0.5 {
		t.Fatalf("just after the move the map shows the slides %+v, want jc sliding from %v to %v", slides, cav, dest)
	}
	// Midway, the counter is drawn between the hexes: not on either. On a
	// machine too busy to draw a frame before the slide ends the shot
	// shows the end already, and the comparison below cannot tell.
	time.Sleep(60 * time.Millisecond)
	mid := h.shot("slide-1-midway")
	var sliding bool
	onLoop(func() { sliding = len(p.overlay().Slides) > 0 })
	time.Sleep(400 * time.Millisecond)
	waitFrames(3)
	onLoop(func() { slides = p.overlay().Slides })
	if len(slides) != 0 {
		t.Fatalf("the slide should be over after 400 ms: %+v", slides)
	}
	end := h.shot("slide-2-arrived")
	dx, dy := h.hexAt(dest)
	if !sliding {
		t.Log("the slide was over before the midway shot was taken (a busy machine): its pixels are not compared")
	} else if d := changed(mid, end, around(dx, dy, 6)); d < 0.2 {
		t.Errorf("the counter should arrive on its hex after the slide: only %.0f%% of the pixels there changed", 100*d)
	}

	// At the Instant pace nothing slides.
	onLoop(func() {
		h.app.Settings.AISpeed = len(aiDelays) - 1
		ok = p.apply(game.Order{Kind: game.Move, Unit: "jh", To: game.Hex{Col: 4, Row: 7}})
		slides = p.overlay().Slides
	})
	if !ok || len(slides) != 0 {
		t.Fatalf("at the Instant pace: move applied %v, slides %+v", ok, slides)
	}
}
