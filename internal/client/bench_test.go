package client

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/render"
	"jinsong/internal/scenario"
)

// The frame benchmark measures the window on the whole map of China with
// every site held and three units on each (testdata/china-bench.toml) at
// 1920×1080. It is a test, not a Go benchmark, because it must run inside
// the game loop. Run it with:
//
//	JINSONG_BENCH=1 xvfb-run -a -s "-screen 0 1920x1080x24" go test -run TestFrameCost -v ./internal/client/
//
// and add -tags ebitenginedebug to count the draw calls Ebitengine sends to
// the GPU each frame.

// timed wraps a game and records how long its Update and Draw take.
type timed struct {
	g        ebiten.Game
	mu       sync.Mutex
	upd, drw []time.Duration
	draws    int
	before   func() // run before each Update (camera moves)
}

func (t *timed) Update() error {
	if t.before != nil {
		t.before()
	}
	s := time.Now()
	err := t.g.Update()
	d := time.Since(s)
	t.mu.Lock()
	t.upd = append(t.upd, d)
	t.mu.Unlock()
	return err
}

func (t *timed) Draw(screen *ebiten.Image) {
	s := time.Now()
	t.g.Draw(screen)
	d := time.Since(s)
	t.mu.Lock()
	t.drw = append(t.drw, d)
	t.draws++
	t.mu.Unlock()
}

func (t *timed) Layout(w, h int) (int, int) { return t.g.Layout(w, h) }

func (t *timed) reset() {
	t.mu.Lock()
	t.upd, t.drw, t.draws = nil, nil, 0
	t.mu.Unlock()
}

type stat struct{ median, p95, mean time.Duration }

func stats(ds []time.Duration) stat {
	if len(ds) == 0 {
		return stat{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	var sum time.Duration
	for _, d := range s {
		sum += d
	}
	return stat{s[len(s)/2], s[len(s)*95/100], sum / time.Duration(len(s))}
}

func (s stat) String() string {
	return fmt.Sprintf("median %.2f ms, p95 %.2f ms, mean %.2f ms", ms(s.median), ms(s.p95), ms(s.mean))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// emptyGame is an Ebiten window that draws nothing, the yardstick for FPS.
type emptyGame struct{ draws int }

func (e *emptyGame) Update() error              { return nil }
func (e *emptyGame) Draw(*ebiten.Image)         { e.draws++ }
func (e *emptyGame) Layout(w, h int) (int, int) { return w, h }

func TestFrameCost(t *testing.T) {
	needLoop(t)
	if os.Getenv("JINSONG_BENCH") == "" {
		t.Skip("set JINSONG_BENCH=1 to measure the frame cost (takes about a minute)")
	}
	l, err := scenario.LoadFile("testdata/china-bench.toml")
	if err != nil {
		t.Fatal(err)
	}
	onLoop(func() { ebiten.SetWindowSize(1920, 1080) })
	scn := benchScenario(l)
	h := start(t, Options{Scenario: "china", Catalog: Catalog{Load: func(string) (*Scenario, error) { return scn, nil }}})
	p := h.play()
	tg := &timed{g: h.app}
	setGame(tg)
	waitFrames(20)
	var w, hgt int
	onLoop(func() { w, hgt = h.app.W, h.app.H })
	t.Logf("screen %d×%d, map %d×%d hexes, %d units, %d places", w, hgt, l.Scn.Rules.Combat.StackLimit*0+p.state.Map.Cols, p.state.Map.Rows, len(p.state.Units), len(p.state.Places))
	if w != 1920 || hgt != 1080 {
		t.Logf("warning: the window is %d×%d, not 1920×1080 (is the Xvfb screen large enough?)", w, hgt)
	}

	onLoop(func() { ebiten.SetScreenClearedEveryFrame(false) }) // as Run does
	defer onLoop(func() { ebiten.SetScreenClearedEveryFrame(true) })
	measure := func(name string, frames int, setup func(), before func()) {
		onLoop(setup)
		tg.before = before
		waitFrames(30) // let tiles render and the zoom settle
		tg.reset()
		var r0 int
		onLoop(func() { r0 = h.app.Redraws })
		waitFrames(frames)
		tg.mu.Lock()
		u, d := stats(tg.upd), stats(tg.drw)
		n := len(tg.drw)
		tg.mu.Unlock()
		var drawn render.MapView
		var r1 int
		onLoop(func() { drawn.Drawn, r1 = p.view.Drawn, h.app.Redraws })
		t.Logf("%-50s Update %s | Draw %s | %d of %d frames redrawn | counters %d, labels %d, places %d",
			name, u, d, r1-r0, n, drawn.Drawn.Counters, drawn.Drawn.Labels, drawn.Drawn.Places)
		tg.before = nil
	}
	wholeMap := func() {
		p.deselect()
		p.view.Cam.Fit(-0.5, -0.7, float64(p.state.Map.Cols)+0.5, float64(p.state.Map.Rows)+0.7)
		h.app.Invalidate()
	}
	play := func() {
		p.deselect()
		p.view.Cam.Zoom = minOpeningZoom
		u := p.state.Unit("u1")
		p.view.Cam.X, p.view.Cam.Y = render.Centre(u.At)
		p.selectUnit("u1")
		h.app.Invalidate()
	}
	// panning moves the camera by whole pixels each frame, as dragging
	// the map or holding a pan key does, back and forth.
	pan := 0
	panning := func(px float64) func() {
		return func() {
			pan++
			p.view.Cam.X += px / p.view.Cam.Zoom * float64(1-2*((pan/60)%2))
			h.app.Invalidate()
		}
	}
	// redraw asks for a new frame, as any change does: the map is drawn,
	// the bar and the panel only if they changed (here they do not).
	redraw := func() { h.app.Invalidate() }
	// repaint draws every pixel of the window again, bar and panel too.
	repaint := func() { p.shown.ok = false; h.app.Invalidate() }
	// pointing moves the pointer over the map every frame: the hover
	// outline and, with a unit selected, the path preview follow it.
	point := 0
	pointing := func() {
		point++
		u := p.state.Unit("u1")
		n := u.At.Neighbours()
		p.hover, p.hoverOK = n[(point/4)%6], true
		h.app.Invalidate()
	}
	// old draws as before the kept pictures: the still map and the panel
	// drawn in full every frame.
	old := func(f func()) func() { return func() { p.view.NoStill, p.noKeep = true, true; f() } }
	kept := func(f func()) func() { return func() { p.view.NoStill, p.noKeep = false, false; f() } }
	measure("whole map: nothing changes", 240, kept(wholeMap), nil)
	measure("whole map: redrawn every frame", 240, kept(wholeMap), redraw)
	measure("whole map: repainted every frame", 240, kept(wholeMap), repaint)
	measure("whole map: repainted every frame, as before", 240, old(wholeMap), repaint)
	measure("whole map: panning every frame", 240, kept(wholeMap), panning(4))
	measure("48 px/hex, unit selected: nothing changes", 240, kept(play), nil)
	measure("48 px/hex, unit selected: pointer moving", 240, kept(play), pointing)
	measure("48 px/hex, unit selected: repainted", 240, kept(play), repaint)
	measure("48 px/hex, unit selected: repainted, as before", 240, old(play), repaint)
	measure("48 px/hex, unit selected: panning", 240, kept(play), panning(4))
	if debugTag {
		countDrawCalls(t, "whole map", kept(wholeMap), repaint, tg)
		countDrawCalls(t, "48 px/hex, unit selected", kept(play), repaint, tg)
	}

	// FPS against an empty window (Ebitengine's defaults: the screen
	// cleared every frame), vsync off. The machine is shared and its load
	// changes from minute to minute, so the windows take turns five times,
	// each round's FPS is divided by the empty window's of the same round,
	// and the median of the five ratios is given.
	onLoop(func() { ebiten.SetVsyncEnabled(false) })
	defer onLoop(func() { ebiten.SetVsyncEnabled(true) })
	fps := func(g ebiten.Game, count func() int) float64 {
		setGame(g)
		waitFrames(20)
		c0, t0 := count(), time.Now()
		time.Sleep(2 * time.Second)
		return float64(count()-c0) / time.Since(t0).Seconds()
	}
	draws := func() int { tg.mu.Lock(); defer tg.mu.Unlock(); return tg.draws }
	empty := &emptyGame{}
	emptyDraws := func() int { var n int; onLoop(func() { n = empty.draws }); return n }
	cases := []struct {
		name          string
		setup, before func()
	}{
		{"whole map, idle (nothing changes)", kept(wholeMap), nil},
		{"whole map, redrawn every frame", kept(wholeMap), redraw},
		{"whole map, repainted every frame", kept(wholeMap), repaint},
		{"whole map, repainted every frame, as before", old(wholeMap), repaint},
		{"48 px/hex, selection, pointer moving over the map", kept(play), pointing},
		{"48 px/hex, selection, repainted every frame", kept(play), repaint},
		{"48 px/hex, selection, repainted every frame, as before", old(play), repaint},
		{"48 px/hex, selection, panning every frame", kept(play), panning(4)},
	}
	var emptyF []float64
	got := make([][]float64, len(cases))
	const rounds = 5
	for rep := 0; rep < rounds; rep++ {
		onLoop(func() { ebiten.SetScreenClearedEveryFrame(true) })
		emptyF = append(emptyF, fps(empty, emptyDraws))
		onLoop(func() { ebiten.SetScreenClearedEveryFrame(false) })
		for i, c := range cases {
			onLoop(c.setup)
			tg.before = c.before
			got[i] = append(got[i], fps(tg, draws))
			tg.before = nil
		}
	}
	onLoop(kept(func() {}))
	setGame(h.app)
	med := func(v []float64) float64 { s := slices.Clone(v); slices.Sort(s); return s[len(s)/2] }
	e := med(emptyF)
	t.Logf("FPS, vsync off, median of %d rounds: empty window %.1f %.1f", rounds, e, emptyF)
	for i, c := range cases {
		ratios := make([]float64, rounds)
		for r := range ratios {
			ratios[r] = got[i][r] / emptyF[r]
		}
		t.Logf("FPS %-55s %5.1f %.1f, ratio to the empty window %.2f (rounds %.2f)", c.name+":", med(got[i]), got[i], med(ratios), ratios)
	}
	_ = game.Hex{}
}

// countDrawCalls counts Ebitengine's draw-triangles commands per frame from
// its debug log (built with -tags ebitenginedebug).
func countDrawCalls(t *testing.T, name string, setup, before func(), tg *timed) {
	onLoop(setup)
	tg.before = before
	defer func() { tg.before = nil }()
	waitFrames(30)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	var counts []int
	done := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		n := -1
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "Graphics commands:"):
				if n >= 0 {
					counts = append(counts, n)
				}
				n = 0
			case strings.Contains(line, "draw-triangles:") && n >= 0:
				n++
			}
		}
		close(done)
	}()
	waitFrames(60)
	os.Stdout = old
	w.Close()
	<-done
	slices.Sort(counts)
	if len(counts) == 0 {
		t.Logf("%s: no graphics commands logged", name)
		return
	}
	t.Logf("draw calls per frame, %s: median %d (min %d, max %d over %d frames)", name, counts[len(counts)/2], counts[0], counts[len(counts)-1], len(counts))
}
