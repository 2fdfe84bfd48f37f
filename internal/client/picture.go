package client

import (
	"errors"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/internal/store"
	"jinsong/internal/ui"
)

// picturesDir is the folder pictures (P, F12, the debrief's picture) go
// in, or "" when the game writes none (the browser, or turned off).
func (a *App) picturesDir() string {
	return optPath(a.opt.PicturesDir, func() string { return store.PicturesDir("jinsong") })
}

// picturePath is a new file name in the pictures folder: jinsong-WHAT-
// date-time.png, numbered if that is taken.
func (a *App) picturePath(what string) (string, error) {
	dir := a.picturesDir()
	if dir == "" {
		return "", errors.New("pictures cannot be saved here (in the browser, use its own screenshot)")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	base := fmt.Sprintf("jinsong-%s-%s", safeName(what), time.Now().Format("20060102-150405"))
	path := filepath.Join(dir, base+".png")
	for n := 2; ; n++ {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return path, nil
		}
		path = filepath.Join(dir, fmt.Sprintf("%s-%d.png", base, n))
	}
}

// pictureName names what the screen shows, for a picture's file name.
func (a *App) pictureName() string {
	switch s := a.screen.(type) {
	case *playScreen:
		return fmt.Sprintf("%s-turn%d", s.scn.ID, s.state.Turn)
	case *victoryScreen:
		return s.play.scn.ID + "-end"
	}
	return "screen"
}

// exportView writes the frame just drawn as a PNG and says where.
func (a *App) exportView(dst *ebiten.Image) {
	path, err := a.picturePath(a.pictureName())
	if err == nil {
		err = WritePNG(dst, path)
	}
	if err != nil {
		a.notify("No picture saved: "+err.Error(), bad)
		return
	}
	a.notify("Picture saved: "+path, good)
}

// notify shows a message at the bottom of the window for a few seconds.
func (a *App) notify(text string, c color.RGBA) {
	a.notice, a.noticeColour = text, c
	a.noticeEnd = time.Now().Add(5 * time.Second)
	a.dirty = true
}

// expireNotice takes the notice away once its time is up.
func (a *App) expireNotice() {
	if a.notice != "" && time.Now().After(a.noticeEnd) {
		a.notice = ""
		a.dirty = true
	}
}

// drawNotice draws the current notice, if any.
func (a *App) drawNotice(dst *ebiten.Image) {
	if a.notice == "" {
		return
	}
	th := a.Theme
	face := th.Face(ui.Bold, ui.SizeBody)
	w := ui.TextWidth(a.notice, face) + th.S(32)
	r := a.screenRect()
	box := ui.R((r.W-w)/2, r.H-th.S(110), w, th.S(40))
	ui.FillRoundRect(dst, box, th.S(8), ui.WithAlpha(th.Panel, 0xf0))
	ui.DrawTextIn(dst, a.notice, face, box, ui.AlignCentre, a.noticeColour)
}
