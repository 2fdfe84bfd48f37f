package client

import (
	"fmt"
	"image"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// The window tests run inside Ebiten's game loop: TestMain starts the loop
// on the main goroutine, and the loop runs the tests on another goroutine.
// Without a display the loop cannot start; the tests that need it skip and
// the rest still run. Run them all with:
//
//	xvfb-run -a -s "-screen 0 1920x1080x24" go test ./internal/client/

// loop is the game the test binary runs: it forwards to the App under test.
type loop struct {
	mu      sync.Mutex
	app     ebiten.Game
	calls   chan func()
	frames  int
	started bool
	done    bool
	shots   []chan *image.RGBA
}

var theLoop *loop

// haveLoop reports whether the game loop runs (there is a display).
func needLoop(t testing.TB) {
	t.Helper()
	if theLoop == nil {
		t.Skip("no display: the window tests need one (run: xvfb-run -a go test ./internal/client/)")
	}
}

func TestMain(m *testing.M) {
	if !HasDisplay() {
		fmt.Println("internal/client: DISPLAY and WAYLAND_DISPLAY are unset, so the window tests are skipped.")
		fmt.Println(`internal/client: run them with: xvfb-run -a -s "-screen 0 1920x1080x24" go test ./internal/client/`)
		os.Exit(m.Run())
	}
	theLoop = &loop{calls: make(chan func(), 64)}
	code := 0
	run := func() {
		code = m.Run()
		theLoop.mu.Lock()
		theLoop.done = true
		theLoop.mu.Unlock()
	}
	theLoop.calls <- func() { go run() }
	ebiten.SetWindowSize(1600, 900)
	ebiten.SetWindowTitle("jinsong client tests")
	ebiten.SetTPS(60)
	if err := ebiten.RunGame(theLoop); err != nil {
		fmt.Fprintln(os.Stderr, "the game loop failed:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

// Update implements ebiten.Game.
func (l *loop) Update() error {
	for {
		select {
		case f := <-l.calls:
			f()
			continue
		default:
		}
		break
	}
	l.mu.Lock()
	app, done := l.app, l.done
	l.frames++
	l.mu.Unlock()
	if done {
		return ebiten.Termination
	}
	if app != nil {
		if err := app.Update(); err == ebiten.Termination {
			l.mu.Lock()
			l.app = nil
			l.mu.Unlock()
		}
	}
	return nil
}

// Draw implements ebiten.Game.
func (l *loop) Draw(screen *ebiten.Image) {
	l.mu.Lock()
	app := l.app
	shots := l.shots
	l.shots = nil
	l.mu.Unlock()
	if app != nil {
		app.Draw(screen)
	}
	for _, c := range shots {
		b := screen.Bounds()
		img := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		screen.ReadPixels(img.Pix)
		c <- img
	}
}

// Layout implements ebiten.Game.
func (l *loop) Layout(w, h int) (int, int) {
	l.mu.Lock()
	app := l.app
	l.mu.Unlock()
	if app != nil {
		return app.Layout(w, h)
	}
	return w, h
}

// onLoop runs f on the game loop's goroutine and waits for it.
func onLoop(f func()) {
	done := make(chan struct{})
	theLoop.calls <- func() { f(); close(done) }
	<-done
}

// setGame makes g the game the loop runs (nil for none).
func setGame(g ebiten.Game) {
	onLoop(func() {
		theLoop.mu.Lock()
		theLoop.app = g
		theLoop.mu.Unlock()
	})
}

// waitFrames waits for n more updates. It panics (with every goroutine's
// stack) if the loop stops advancing for two minutes, rather than hang.
func waitFrames(n int) {
	theLoop.mu.Lock()
	target := theLoop.frames + n
	theLoop.mu.Unlock()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if time.Now().After(deadline) {
			panic(fmt.Sprintf("the game loop stopped: waiting for update %d", target))
		}
		theLoop.mu.Lock()
		f := theLoop.frames
		theLoop.mu.Unlock()
		if f >= target {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// screenshot returns the screen as drawn in the next frame.
func screenshot() *image.RGBA {
	c := make(chan *image.RGBA, 1)
	theLoop.mu.Lock()
	theLoop.shots = append(theLoop.shots, c)
	theLoop.mu.Unlock()
	return <-c
}
