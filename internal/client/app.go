package client

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// Options say how to open the window.
type Options struct {
	Catalog    Catalog
	Scenario   string // open this scenario straight away ("" shows the title screen)
	Seed       int64
	Side       string // the side the player takes when jumping in ("" = the first side)
	Hotseat    bool   // when jumping in, every side is played by a person
	Screenshot string // write a PNG of the window here, then exit
	AfterTurns int    // with Screenshot: let the computer play this many turns first
	History    bool   // open Scenario in history mode: its recorded course of events
	Replay     string // open this save file as a replay
	Turn       int    // with History or Replay: open at the start of this turn
	Width      int    // window size in pixels (default 1600×900; 1920×1080 for screenshots)
	Height     int
	// AI is the computer's level for the sides it plays when jumping in:
	// one of AILevels ("" means DefaultAI).
	AI string
	// SaveDir is the folder saves and autosaves go in: "" means the user's
	// data folder (save.Dir) and "-" means the game is never saved.
	SaveDir string
	// PicturesDir is the folder pictures (P, F12) go in: "" means the
	// user's pictures folder and "-" means none are written.
	PicturesDir string
	// Input replaces the keyboard and mouse (tests script it).
	Input ui.Source
	// SettingsPath is the settings file; "" means the user's config folder
	// and "-" means settings are neither read nor saved.
	SettingsPath string
}

// screen is one screen of the window: title, scenario list, sides, play...
type screen interface {
	Update(a *App, ctx *ui.Context)
	Draw(a *App, dst *ebiten.Image)
}

// App is the game window: an ebiten.Game that shows one screen at a time.
type App struct {
	opt      Options
	Settings Settings
	Theme    *ui.Theme
	in       ui.Source
	screen   screen
	drawn    screen // the screen drawn last
	W, H     int    // screen size in pixels

	titleMap *render.MapView // the title screen's backdrop, once loaded
	tip      string          // tooltip of the widget under the cursor
	tipSince int             // frame the tooltip text last changed
	cursorX  float64
	cursorY  float64
	quit     bool
	err      error

	// A message over every screen (where a picture was saved).
	notice       string
	noticeColour color.RGBA
	noticeEnd    time.Time
	exportWanted bool // write the next frame drawn as a picture

	// The last frame drawn, shown again while nothing changes: software
	// rendering (Xvfb, llvmpipe) makes every full redraw costly.
	frame   *ebiten.Image
	dirty   bool
	lastIn  ui.Input
	Redraws int // frames actually redrawn (for tests and benchmarks)
	// Frame counts updates since the window opened.
	Frame int
	// Hooks for tests and screenshots, run at the end of Draw.
	afterDraw []func(a *App, screen *ebiten.Image)
}

// ErrNoDisplay is returned by Run when there is no window system.
var ErrNoDisplay = errors.New("no display is available for the game window")

// HasDisplay reports whether a window could open: on Linux and the BSDs it
// needs DISPLAY or WAYLAND_DISPLAY.
func HasDisplay() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
	}
	return true
}

// NewApp prepares the window's state without opening it.
func NewApp(opt Options) (*App, error) {
	a := &App{opt: opt, in: opt.Input}
	if a.in == nil {
		a.in = &ui.EbitenSource{}
	}
	a.Settings = DefaultSettings()
	if p := a.settingsPath(); p != "" {
		s, err := LoadSettings(p)
		if err != nil {
			fmt.Fprintf(os.Stderr, "jinsong: ignoring the settings in %s: %v\n", p, err)
		}
		a.Settings = s
	}
	a.Theme = a.newTheme(a.Settings.UIScale)
	if opt.Replay != "" || opt.History {
		w, err := a.openWatch()
		if err != nil {
			return nil, err
		}
		if opt.Screenshot != "" || opt.Turn > 0 {
			w.seekTurn(opt.Turn)
			if w.view != nil {
				w.view.Terrain.Budget = 0
			}
		}
		a.screen = w
	} else if opt.Scenario != "" {
		scn, err := opt.Catalog.Load(opt.Scenario)
		if err != nil {
			return nil, err
		}
		level := opt.AI
		if level == "" {
			level = DefaultAI
		}
		players := map[string]string{}
		for i, sd := range scn.Sides {
			players[sd.ID] = level
			if opt.Hotseat || sd.ID == opt.Side || (opt.Side == "" && i == 0) {
				players[sd.ID] = PlayerHuman
			}
		}
		if opt.Side != "" && players[opt.Side] != PlayerHuman {
			return nil, fmt.Errorf("scenario %s has no side %q", scn.ID, opt.Side)
		}
		p := newPlay(a, scn, players, opt.Seed)
		if opt.Screenshot != "" {
			for i := 0; i < opt.AfterTurns*len(scn.Sides) && !p.state.Over; i++ {
				p.playComputerTurn()
			}
			p.refresh()
			p.view.Terrain.Budget = 0 // draw every tile in the first frame
		}
		a.screen = p
	} else {
		a.screen = newTitle(a)
	}
	return a, nil
}

func (a *App) settingsPath() string {
	return optPath(a.opt.SettingsPath, func() string {
		p, err := SettingsPath()
		if err != nil {
			return ""
		}
		return p
	})
}

// SaveSettings remembers the settings for the next run.
func (a *App) SaveSettings() {
	if p := a.settingsPath(); p != "" {
		if err := a.Settings.Save(p); err != nil {
			fmt.Fprintf(os.Stderr, "jinsong: could not save the settings: %v\n", err)
		}
	}
}

// SetScale changes the UI scale.
func (a *App) SetScale(s float64) {
	a.Settings.UIScale = s
	a.Theme = a.newTheme(s * ebiten.Monitor().DeviceScaleFactor())
	a.dirty = true
}

// SetLook applies the presenter settings (high contrast, safe colours)
// after they changed.
func (a *App) SetLook() {
	a.Theme = a.newTheme(a.Theme.Scale)
	if p, ok := a.screen.(*playScreen); ok {
		p.refresh()
	}
	a.dirty = true
}

// Show switches to another screen.
func (a *App) show(s screen) { a.screen = s }

// Quit closes the window at the end of the frame.
func (a *App) Quit() { a.quit = true }

// Run opens the window and returns when it closes.
func Run(opt Options) error {
	if !HasDisplay() {
		return ErrNoDisplay
	}
	a, err := NewApp(opt)
	if err != nil {
		return err
	}
	w, h := opt.Width, opt.Height
	if w == 0 || h == 0 {
		w, h = 1600, 900
		if opt.Screenshot != "" {
			w, h = 1920, 1080
		}
	}
	ebiten.SetWindowTitle("Jin–Song Wars")
	ebiten.SetWindowSize(w, h)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetFullscreen(a.Settings.Fullscreen && opt.Screenshot == "")
	ebiten.SetScreenClearedEveryFrame(false) // Draw redraws only what changed
	if opt.Screenshot != "" {
		a.captureTo(opt.Screenshot, 3)
	}
	err = ebiten.RunGameWithOptions(a, &ebiten.RunGameOptions{})
	if err != nil && strings.Contains(err.Error(), "no window system") {
		return ErrNoDisplay
	}
	if err == nil {
		err = a.err
	}
	return err
}

// captureTo writes the screen as a PNG to path once frame n has been drawn
// and every map tile is ready, then closes the window.
func (a *App) captureTo(path string, n int) {
	a.afterDraw = append(a.afterDraw, func(a *App, screen *ebiten.Image) {
		if a.quit || a.Frame < n {
			return
		}
		if p, ok := a.screen.(*playScreen); ok && p.view.Terrain.Pending > 0 {
			return
		}
		if t, ok := a.screen.(*titleScreen); ok && (t.backdrop != nil || (t.view != nil && t.view.Terrain.Pending > 0)) && a.Frame < 600 {
			return
		}
		a.err = WritePNG(screen, path)
		a.quit = true
	})
}

// WritePNG encodes the pixels of img as a PNG file.
func WritePNG(img *ebiten.Image, path string) error {
	b := img.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	img.ReadPixels(pix)
	rgba := &image.RGBA{Pix: pix, Stride: 4 * b.Dx(), Rect: image.Rect(0, 0, b.Dx(), b.Dy())}
	for i := 3; i < len(pix); i += 4 {
		pix[i] = 0xff // the screen is opaque
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, rgba); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// Update implements ebiten.Game.
func (a *App) Update() error {
	if a.quit {
		return ebiten.Termination
	}
	a.Frame++
	in := a.in.Poll()
	a.cursorX, a.cursorY = in.X, in.Y
	ctx := &ui.Context{In: &in, Theme: a.Theme}
	if in.TakeKey(ebiten.KeyF11) {
		a.Settings.Fullscreen = !ebiten.IsFullscreen()
		ebiten.SetFullscreen(a.Settings.Fullscreen)
		a.SaveSettings()
	}
	if in.TakeKey(ebiten.KeyF12) || (!in.Ctrl() && in.TakeKey(ebiten.KeyP)) {
		a.exportWanted, a.dirty = true, true
	}
	a.expireNotice()
	if inputChanged(&in, &a.lastIn) {
		a.dirty = true
	}
	a.lastIn = ui.Input{X: in.X, Y: in.Y}
	shown := a.screen
	a.screen.Update(a, ctx)
	if a.screen != shown {
		a.dirty = true
	}
	if an, ok := a.screen.(animator); !ok || an.animating() {
		a.dirty = true
	}
	if ctx.Tip != a.tip {
		a.tip, a.tipSince = ctx.Tip, a.Frame
		a.dirty = true
	}
	if a.tip != "" && a.Frame-a.tipSince == tipDelay+1 {
		a.dirty = true
	}
	if a.quit {
		return ebiten.Termination
	}
	return nil
}

// tipDelay is how many updates the cursor rests before a tooltip shows.
const tipDelay = 25

// animator is a screen that can say whether it is moving on its own (the
// computer playing, arrows fading); a screen that is not an animator is
// redrawn every frame.
type animator interface {
	animating() bool
}

// opaque is a screen that paints every pixel itself, so the window need
// not be filled first.
type opaque interface {
	opaque() bool
}

// inputChanged reports whether the player did anything since prev.
func inputChanged(in, prev *ui.Input) bool {
	if in.X != prev.X || in.Y != prev.Y || in.WheelY != 0 || len(in.Keys) > 0 || len(in.Held) > 0 {
		return true
	}
	for b := 0; b < 3; b++ {
		if in.Down[b] || in.Pressed[b] || in.Released[b] {
			return true
		}
	}
	return false
}

// Invalidate asks for the screen to be redrawn.
func (a *App) Invalidate() { a.dirty = true }

// Draw implements ebiten.Game. The screen is redrawn only when something
// changed. Run turns off Ebitengine's clearing of the screen, so an
// unchanged frame costs nothing; if the screen is cleared every frame (as
// under a test loop that leaves it on), the last frame is kept in an image
// and copied.
func (a *App) Draw(dst *ebiten.Image) {
	if ebiten.IsScreenClearedEveryFrame() {
		b := dst.Bounds()
		if a.frame == nil || a.frame.Bounds().Size() != b.Size() {
			if a.frame != nil {
				a.frame.Deallocate()
			}
			a.frame = ebiten.NewImage(b.Dx(), b.Dy())
			a.dirty = true
		}
		a.redraw(a.frame)
		dst.DrawImage(a.frame, &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy})
	} else {
		if a.frame != nil {
			a.frame.Deallocate()
			a.frame = nil
			a.dirty = true
		}
		a.redraw(dst)
	}
	if a.exportWanted {
		a.exportWanted = false
		a.exportView(dst)
	}
	for _, f := range a.afterDraw {
		f(a, dst)
	}
}

// redraw draws the screen into dst if anything changed since the last time.
func (a *App) redraw(dst *ebiten.Image) {
	if !a.dirty {
		return
	}
	a.dirty = false
	a.Redraws++
	if o, ok := a.screen.(opaque); !ok || !o.opaque() || a.drawn != a.screen {
		dst.Fill(a.Theme.Background) // an opaque screen's translucent bar must not show the last screen
	}
	a.drawn = a.screen
	a.screen.Draw(a, dst)
	if a.tip != "" && a.Frame-a.tipSince > tipDelay {
		ui.DrawTooltip(dst, a.Theme, strings.Split(a.tip, "\n"), a.cursorX, a.cursorY)
	}
	a.drawNotice(dst)
}

// Layout implements ebiten.Game: the screen has one pixel per device pixel,
// so text stays crisp on high-density displays.
func (a *App) Layout(w, h int) (int, int) {
	dsf := ebiten.Monitor().DeviceScaleFactor()
	nw, nh := int(float64(w)*dsf), int(float64(h)*dsf)
	if nw != a.W || nh != a.H {
		a.W, a.H, a.dirty = nw, nh, true
	}
	if want := a.Settings.UIScale * dsf; a.Theme.Scale != want {
		a.Theme = a.newTheme(want)
		a.dirty = true
	}
	return a.W, a.H
}

// screenRect is the whole screen.
func (a *App) screenRect() ui.Rect { return ui.R(0, 0, float64(a.W), float64(a.H)) }
