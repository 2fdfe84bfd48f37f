package client

import (
	"context"
	"fmt"
	"image/color"
	"math"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/playback"
	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// watchScreen shows a recorded game: a scenario's history as it happened
// (history mode) or a saved game (replay). The person plays, pauses, steps
// forwards and back, jumps by turns or on the timeline, and reads a
// narration card at each event.
type watchScreen struct {
	app   *App
	scn   *Scenario
	back  screen
	title string // "History" or "Replay", with what is watched

	// Preparing the tape runs on its own goroutine.
	mu       sync.Mutex
	done     int
	total    int
	ready    chan prepared
	cancel   context.CancelFunc
	warning  string // shown once the tape is ready (orders a chronicle could not carry out)
	loadErr  error
	pl       *playback.Player
	startPos int // where to open once ready (-1: the start)

	view    *render.MapView
	mini    render.Minimap
	miniAt  time.Time
	nav     mapNav
	tint    []string
	arrows  []timedArrow
	needFit bool
	changed bool

	playing   bool
	speed     int
	nextAt    time.Time // when the next order plays
	holdCards int       // cards already held for, at this position
	follow    bool      // pan to where the action is while playing
	seeking   bool      // dragging on the timeline

	card, log ui.TextView
	dialog    *ui.Dialog
	buttons   []*ui.Button // transport controls
	barBtns   []*ui.Button
	speedSel  ui.Choice

	bar, mapR, panel, cardR, logR, miniR, controls, track, btnRow ui.Rect
}

// prepared is the outcome of preparing a tape.
type prepared struct {
	pl      *playback.Player
	warning string
	err     error
}

// watchSpeeds are the playing speeds: the pause after each order and how
// long a narration card holds the play.
var watchSpeeds = []struct {
	name  string
	delay time.Duration
	hold  time.Duration
}{
	{"Slow", 600 * time.Millisecond, 7 * time.Second},
	{"Normal", 220 * time.Millisecond, 4500 * time.Millisecond},
	{"Fast", 60 * time.Millisecond, 2 * time.Second},
	{"Fastest", 0, 700 * time.Millisecond},
}

// newWatch opens the watch screen; load makes the tape (on a goroutine,
// reporting progress) and may also return a warning to show.
func newWatch(a *App, scn *Scenario, title string, back screen, load func(ctx context.Context) (*playback.Tape, string, error)) *watchScreen {
	w := &watchScreen{app: a, scn: scn, title: title, back: back, speed: 1, follow: true, needFit: true, startPos: -1,
		ready: make(chan prepared, 1)}
	w.speedSel = ui.Choice{Tip: "Playing speed (keys 1 to 4)."}
	for _, sp := range watchSpeeds {
		w.speedSel.Options = append(w.speedSel.Options, sp.name)
	}
	w.speedSel.Selected = w.speed
	w.barBtns = []*ui.Button{
		{ID: "help", Label: "Help", KeyLabel: "H", Keys: []ebiten.Key{ebiten.KeyH, ebiten.KeyF1}, Tip: "The keys of this screen."},
		{ID: "back", Label: "Back", KeyLabel: "Esc", Tip: "Leave the recording."},
	}
	w.buttons = []*ui.Button{
		{ID: "start", Label: "|<", Tip: "Back to the beginning (Home)."},
		{ID: "prevturn", Label: "<< Turn", Tip: "Back to the start of this turn, or the one before (Page Up)."},
		{ID: "back1", Label: "< Step", Tip: "One order back (Left arrow)."},
		{ID: "play", Label: "Play", Primary: true, Tip: "Play or pause (Space)."},
		{ID: "step", Label: "Step >", Tip: "One order forward (Right arrow)."},
		{ID: "nextturn", Label: "Turn >>", Tip: "On to the next turn (Page Down)."},
		{ID: "end", Label: ">|", Tip: "To the end (End)."},
	}
	w.log.FollowEnd = true
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	go func() {
		var res prepared
		defer func() {
			if r := recover(); r != nil {
				res = prepared{err: fmt.Errorf("the recording could not be prepared: %v", r)}
			}
			w.ready <- res
		}()
		tape, warning, err := load(ctx)
		if err != nil {
			res.err = err
			return
		}
		res.warning = warning
		res.pl, res.err = playback.Prepare(ctx, tape, func(done, total int) {
			w.mu.Lock()
			w.done, w.total = done, total
			w.mu.Unlock()
		})
	}()
	return w
}

// wait blocks until the tape is prepared (screenshots and tests).
func (w *watchScreen) wait() {
	if w.pl == nil && w.loadErr == nil {
		w.take(<-w.ready)
	}
}

// take installs a prepared tape.
func (w *watchScreen) take(r prepared) {
	w.loadErr, w.warning = r.err, r.warning
	w.pl = r.pl
	w.changed = true
	if w.pl == nil {
		return
	}
	s := w.pl.State()
	w.view = render.NewMapView(s, w.scn.Lines, w.app.Theme.Fonts)
	w.view.Kinds = w.scn.Kinds
	if w.pl.Err() != nil && w.warning == "" {
		w.warning = "The recording stops early: " + w.pl.Err().Error()
	}
	if w.startPos >= 0 {
		w.pl.Seek(w.startPos)
	}
	w.refresh()
}

// seekTurn opens the recording at the start of the given turn once it is
// ready (for --turn and screenshots).
func (w *watchScreen) seekTurn(turn int) {
	w.wait()
	if w.pl == nil {
		return
	}
	for _, m := range w.pl.Marks() {
		if m.Turn >= turn {
			w.pl.Seek(m.At)
			break
		}
	}
	w.refresh()
}

// stop abandons the preparation (the screen is closing).
func (w *watchScreen) stop() { w.cancel() }

// refresh recomputes what is derived from the state after a move.
func (w *watchScreen) refresh() {
	s := w.pl.State()
	w.changed = true
	w.tint = showOnMap(w.view, &w.mini, s, w.app.Theme.Scale)
	if time.Since(w.miniAt) > 400*time.Millisecond || !w.playing {
		w.mini.Update(w.view.Terrain)
		w.miniAt = time.Now()
	}
	// The log: the last 120 messages.
	from := max(len(s.Log)-120, 0)
	w.log.Paras = logParas(s, from)
	w.card.Paras = w.cardParas()
	w.card.Scroll = 0
}

// shownCards are the narration cards of the current turn up to the
// current position, newest last.
func (w *watchScreen) shownCards() []playback.Card {
	pos := w.pl.Pos()
	marks := w.pl.Marks()
	i := w.pl.MarkAt(pos)
	// A turn's cards are those of both sides' parts: go back to the first
	// side's mark of this turn.
	for i > 0 && marks[i-1].Turn == marks[i].Turn {
		i--
	}
	from := marks[i].At
	var out []playback.Card
	var earlier *playback.Card
	for i, c := range w.pl.Cards() {
		if c.At > pos {
			break
		}
		if c.At >= from {
			out = append(out, c)
		} else {
			earlier = &w.pl.Cards()[i]
		}
	}
	if len(out) == 0 && earlier != nil {
		// Nothing new this turn: the story so far is the last card.
		e := *earlier
		e.Kind = cardEarlier
		out = append(out, e)
	}
	return out
}

// cardEarlier marks the last card of an earlier turn, shown (dimmed) when
// the current turn has none.
const cardEarlier playback.CardKind = "earlier"

// cardParas is the narration panel's text.
func (w *watchScreen) cardParas() []ui.Para {
	s := w.pl.State()
	cards := w.shownCards()
	ps := []ui.Para{{Text: s.DateString(), Style: ui.Bold, Size: ui.SizeLarge, Colour: accent}}
	if len(cards) == 0 {
		return append(ps, ui.Para{Text: "Press Play (Space) to watch, or step with the arrow keys.", Colour: dim, Gap: 4})
	}
	for i, c := range cards {
		p := ui.Para{Text: c.Text, Size: ui.SizeLarge, Gap: 8}
		if i < len(cards)-1 || c.Kind == cardEarlier {
			p.Colour, p.Size = dim, ui.SizeBody
		}
		if c.Kind == cardEarlier {
			ps = append(ps, ui.Para{Text: "Earlier:", Colour: dim, Style: ui.Bold, Gap: 6})
		}
		if c.Kind == playback.CardEvent {
			p.Marker = color.RGBA{0xc8, 0xe0, 0xff, 0xff}
		}
		ps = append(ps, p)
	}
	return ps
}

// animating implements animator.
func (w *watchScreen) animating() bool {
	ch := w.changed
	w.changed = false
	return ch || w.pl == nil || w.playing || w.needFit || len(w.arrows) > 0 ||
		(w.view != nil && w.view.Terrain.Pending > 0)
}

// opaque implements opaque.
func (w *watchScreen) opaque() bool { return true }

// layout cuts the screen into the bar, the map, the controls and the panel.
func (w *watchScreen) layout() {
	th := w.app.Theme
	r := w.app.screenRect()
	w.bar = r.CutTop(th.S(56))
	pw := math.Min(math.Max(th.S(420), 320), r.W*0.42)
	w.panel = r.CutRight(pw)
	w.controls = r.CutBottom(th.S(120))
	w.mapR = r
	if w.view != nil {
		w.view.Cam.View = w.mapR
	}
	in := w.panel.Inset(th.S(10))
	miniH := in.H * 0.22
	if w.pl != nil {
		s := w.pl.State()
		aspect := float64(s.Map.Rows) * render.RowH / math.Max(float64(s.Map.Cols)+0.5, 1)
		miniH = math.Min(in.W*aspect, miniH)
	}
	w.miniR = in.CutBottom(miniH)
	in.CutBottom(th.S(8))
	w.logR = in.CutBottom(math.Round(in.H * 0.45))
	in.CutBottom(th.S(8))
	w.cardR = in
	w.card.Bounds = in.Inset(th.S(12))
	w.log.Bounds = ui.R(w.logR.X+th.S(8), w.logR.Y+th.S(30), w.logR.W-th.S(12), w.logR.H-th.S(36))
	c := w.controls.Inset(th.S(10))
	row := c.CutBottom(th.S(40))
	c.CutBottom(th.S(6))
	w.track = c
	w.speedSel.Bounds = row.CutRight(math.Min(th.S(360), row.W*0.4))
	w.btnRow = row
	ui.LayoutRow(w.buttons, row, th.S(6), th)
	ui.LayoutRowRight(w.barBtns, ui.R(w.bar.X, w.bar.Y+th.S(9), w.bar.W-th.S(12), th.S(38)), th.S(8), th)
}

// fit shows the scenario's field; on a big field, where the counters
// would be dots, it zooms in on the latest action (follow keeps up).
func (w *watchScreen) fit() {
	var focus *game.Hex
	if h, ok := w.lastAction(); ok {
		focus = &h
	}
	fitField(&w.view.Cam, w.mapR, w.scn.View, w.pl.State(), watchZoom*w.app.Theme.Scale, focus)
}

// watchZoom is the least zoom (pixels per hex at UI scale 1) of the opening
// view of a recording: counters show their symbol and strength.
const watchZoom = 40

// Update implements screen.
func (w *watchScreen) Update(a *App, ctx *ui.Context) {
	if w.pl == nil && w.loadErr == nil {
		select {
		case r := <-w.ready:
			w.take(r)
		default:
		}
	}
	w.layout()
	in := ctx.In
	if w.dialog != nil {
		w.dialog.Layout(a.screenRect(), a.Theme)
		if id := w.dialog.Update(ctx); id != "" {
			w.dialog = nil
			w.changed = true
		}
		return
	}
	for _, b := range w.barBtns {
		if b.Update(ctx) {
			w.barAction(b.ID)
			return
		}
	}
	if in.TakeKey(ebiten.KeyEscape) {
		w.barAction("back")
		return
	}
	if w.pl == nil {
		return
	}
	if w.needFit && w.mapR.W > 0 {
		w.fit()
		w.needFit = false
		w.changed = true
	}
	if w.warning != "" {
		w.dialog = &ui.Dialog{Title: "About this recording", Rows: []ui.Para{{Text: w.warning}},
			Buttons: []*ui.Button{{ID: "ok", Label: "Watch anyway", KeyLabel: "Enter", Primary: true}}}
		w.warning = ""
		return
	}
	w.controlInput(ctx)
	w.tick()
	if w.panel.Contains(in.X, in.Y) || w.controls.Contains(in.X, in.Y) || w.bar.Contains(in.X, in.Y) {
		if in.Down[ui.MouseLeft] && w.miniR.Contains(in.X, in.Y) {
			if x, y, ok := w.mini.WorldAt(in.X, in.Y); ok {
				w.view.Cam.X, w.view.Cam.Y = x, y
				w.changed = true
			}
		}
		w.card.Update(ctx)
		w.log.Update(ctx)
		in.ConsumeWheel()
	}
	s := w.pl.State()
	if hex, ok, _ := w.nav.update(ctx, &w.view.Cam, w.mapR, s.Map.Cols, s.Map.Rows, watchPanKeys); ok {
		w.changed = true
		if ctx.Tip == "" && s.Map.In(hex) && w.nav.hoverFrames > 20 {
			tint := ""
			if i := hex.Row*s.Map.Cols + hex.Col; i < len(w.tint) {
				tint = w.tint[i]
			}
			ctx.Tip = joinLines(hexTip(s, hex, nil, tint))
		}
	}
	now := time.Now()
	kept := w.arrows[:0]
	for _, ar := range w.arrows {
		if now.Before(ar.until) {
			kept = append(kept, ar)
		}
	}
	w.arrows = kept
}

// watchPanKeys pan the map while held: WASD (the arrow keys step).
var watchPanKeys = []panKey{
	{ebiten.KeyA, 1, 0}, {ebiten.KeyD, -1, 0}, {ebiten.KeyW, 0, 1}, {ebiten.KeyS, 0, -1},
}

// controlInput handles the transport buttons, their keys and the timeline.
func (w *watchScreen) controlInput(ctx *ui.Context) {
	in := ctx.In
	keys := []struct {
		key ebiten.Key
		id  string
	}{
		{ebiten.KeySpace, "play"}, {ebiten.KeyArrowRight, "step"}, {ebiten.KeyArrowLeft, "back1"},
		{ebiten.KeyPageDown, "nextturn"}, {ebiten.KeyPageUp, "prevturn"}, {ebiten.KeyHome, "start"}, {ebiten.KeyEnd, "end"},
	}
	for _, k := range keys {
		if in.TakeKey(k.key) {
			w.control(k.id)
		}
	}
	for i, k := range []ebiten.Key{ebiten.Key1, ebiten.Key2, ebiten.Key3, ebiten.Key4} {
		if in.TakeKey(k) {
			w.speed, w.speedSel.Selected = i, i
		}
	}
	if in.TakeKey(ebiten.KeyF) {
		w.follow = !w.follow
		w.app.notify(map[bool]string{true: "Following the action.", false: "The map stays where you put it."}[w.follow], accent)
	}
	for _, b := range w.buttons {
		switch b.ID {
		case "play":
			b.Label = "Play"
			if w.playing {
				b.Label = "Pause"
			}
			b.Disabled = w.pl.Pos() >= w.pl.Len() && !w.playing
		case "step", "nextturn", "end":
			b.Disabled = w.pl.Pos() >= w.pl.Len()
		case "back1", "prevturn", "start":
			b.Disabled = w.pl.Pos() == 0
		}
		if b.Update(ctx) {
			w.control(b.ID)
		}
	}
	if w.speedSel.Update(ctx) {
		w.speed = w.speedSel.Selected
	}
	// The timeline: click or drag to jump.
	tr := w.trackBar()
	if in.PressedFree(ui.MouseLeft) && tr.Inset(-w.app.Theme.S(8)).Contains(in.X, in.Y) {
		w.seeking = true
	}
	if w.seeking {
		if in.Down[ui.MouseLeft] {
			w.seekTo(w.timelineAt(in.X))
		} else {
			w.seeking = false
		}
		in.ConsumeClick()
	}
	if tr.Inset(-w.app.Theme.S(8)).Contains(in.X, in.Y) {
		at := w.timelineAt(in.X)
		m := w.pl.Marks()[w.pl.MarkAt(at)]
		ctx.Tip = fmt.Sprintf("Turn %d, %s: %s", m.Turn, m.Date, sideName(w.pl.State(), m.Side))
	}
}

// control carries out a transport command.
func (w *watchScreen) control(id string) {
	p := w.pl
	switch id {
	case "play":
		if p.Pos() >= p.Len() {
			w.playing = false
			return
		}
		w.playing = !w.playing
		w.nextAt = time.Now()
		return
	case "step":
		w.playing = false
		if w.stepForward() {
			w.refresh()
		}
		return
	case "back1":
		w.playing = false
		p.Back()
	case "nextturn":
		p.NextTurn()
	case "prevturn":
		p.PrevTurn()
	case "start":
		w.playing = false
		p.Seek(0)
	case "end":
		w.playing = false
		p.Seek(p.Len())
	}
	w.holdCards = len(w.pl.CardsAt(p.Pos()))
	w.arrows = nil
	w.refresh()
}

// seekTo jumps to a position from the timeline.
func (w *watchScreen) seekTo(at int) {
	if at == w.pl.Pos() {
		return
	}
	w.pl.Seek(at)
	w.holdCards = len(w.pl.CardsAt(at))
	w.arrows = nil
	w.refresh()
}

// stepForward plays one order, with arrows for its moves and strikes; the
// caller refreshes what is derived from the state (once, after a batch).
func (w *watchScreen) stepForward() bool {
	if !w.pl.Step() {
		return false
	}
	w.holdCards = 0
	s := w.pl.State()
	until := time.Now().Add(1500 * time.Millisecond)
	for _, ev := range w.pl.Last() {
		attack := false
		switch ev.Kind {
		case game.EvMove:
		case game.EvCombat, game.EvBombard:
			attack = true
		default:
			continue
		}
		side := ev.Side
		if u := s.Unit(ev.Unit); u != nil && side == "" {
			side = u.Side
		}
		w.arrows = append(w.arrows, timedArrow{render.Arrow{From: ev.From, To: ev.To, Colour: sideColour(s, side), Alpha: 1, Attack: attack}, until})
		if w.playing && w.follow && !w.onScreen(ev.To) {
			w.view.Cam.X, w.view.Cam.Y = render.Centre(ev.To)
		}
	}
	return true
}

// onScreen reports whether h is well inside the map's part of the window.
func (w *watchScreen) onScreen(h game.Hex) bool {
	x, y := w.view.Cam.HexCentre(h)
	r := w.mapR.Inset(w.app.Theme.S(40))
	return r.Contains(x, y)
}

// tick plays the next order when it is time, holding on narration cards
// long enough to read them.
func (w *watchScreen) tick() {
	if !w.playing {
		return
	}
	now := time.Now()
	if now.Before(w.nextAt) {
		return
	}
	sp := watchSpeeds[w.speed]
	if cards := w.pl.CardsAt(w.pl.Pos()); len(cards) > w.holdCards {
		// New cards at this position: hold for them before going on.
		w.holdCards = len(cards)
		n := 0
		for _, c := range cards {
			n += len(c.Text)
		}
		w.nextAt = now.Add(sp.hold + time.Duration(n)*sp.hold/400)
		w.changed = true
		return
	}
	// At the fastest speed, several orders a frame until something to see;
	// the map, log and card are brought up to date once, after them.
	stepped := false
	for range 1 + 7*(w.speed/3) {
		if !w.stepForward() {
			w.playing = false
			break
		}
		stepped = true
		if len(w.pl.CardsAt(w.pl.Pos())) > 0 {
			break
		}
	}
	if stepped {
		w.refresh()
	}
	if !w.playing {
		return
	}
	o := w.pl.Order(w.pl.Pos() - 1)
	delay := sp.delay
	if o.Kind == game.EndTurn {
		delay /= 2
	}
	w.nextAt = now.Add(delay)
	if w.pl.Pos() >= w.pl.Len() {
		w.nextAt = now
	}
}

// trackBar is the timeline's bar.
func (w *watchScreen) trackBar() ui.Rect {
	th := w.app.Theme
	r := w.track
	return ui.R(r.X+th.S(8), r.Y+r.H-th.S(22), r.W-th.S(16), th.S(12))
}

// timelineAt is the position under screen x on the timeline.
func (w *watchScreen) timelineAt(x float64) int {
	tr := w.trackBar()
	f := (x - tr.X) / math.Max(tr.W, 1)
	return int(math.Round(math.Min(math.Max(f, 0), 1) * float64(w.pl.Len())))
}

// barAction handles the bar's buttons.
func (w *watchScreen) barAction(id string) {
	switch id {
	case "help":
		w.dialog = watchHelpDialog()
	case "back":
		w.stop()
		if w.back == nil {
			w.app.show(newTitle(w.app))
			return
		}
		w.app.show(w.back)
	}
}

// watchHelpRows list the keys of the watch screen.
var watchHelpRows = [][2]string{
	{"Play or pause", "Space"},
	{"One order forward, back", "Right and Left arrows"},
	{"Next turn, this or previous turn", "Page Down, Page Up"},
	{"Beginning, end", "Home, End"},
	{"Jump anywhere", "click or drag on the timeline"},
	{"Speed", "1 to 4, or the buttons"},
	{"Follow the action on the map", "F (on or off)"},
	{"Pan, zoom", "drag or WASD; mouse wheel, + and -"},
	{"Save the view as a picture", "P or F12"},
	{"Leave", "Esc"},
}

func watchHelpDialog() *ui.Dialog {
	return keysDialog("Watching a recording", watchHelpRows, "Narration cards appear on the right as the story reaches them; the play waits a moment on each so it can be read aloud.")
}

// lastAction is the hex of the latest move or strike before the current
// position, where a view opened in the middle of a recording should look.
func (w *watchScreen) lastAction() (game.Hex, bool) {
	for i := w.pl.Pos() - 1; i >= 0; i-- {
		switch o := w.pl.Order(i); o.Kind {
		case game.Move, game.Attack, game.Assault, game.Bombard, game.Blockade, game.Sally:
			return o.To, true
		}
	}
	return game.Hex{}, false
}
