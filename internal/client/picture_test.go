package client

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
)

// readPNG decodes a picture the game wrote.
func readPNG(t *testing.T, path string) (w, h int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img.Bounds().Dx(), img.Bounds().Dy()
}

// P writes the current view as a PNG in the pictures folder and says
// where; the victory screen's "Save as picture" writes the debrief.
func TestPictureExport(t *testing.T) {
	dir := t.TempDir()
	h := start(t, Options{Scenario: "test", Seed: 4, PicturesDir: dir})
	p := h.play()
	h.press(ebiten.KeyP)
	waitFrames(3)
	files, _ := filepath.Glob(filepath.Join(dir, "jinsong-test-turn1-*.png"))
	if len(files) != 1 {
		t.Fatalf("P wrote %v", files)
	}
	var notice string
	var W, H int
	onLoop(func() { notice, W, H = h.app.notice, h.app.W, h.app.H })
	if notice != "Picture saved: "+files[0] {
		t.Errorf("the message says %q", notice)
	}
	if w, hh := readPNG(t, files[0]); w != W || hh != H {
		t.Errorf("the picture is %d×%d, the window %d×%d", w, hh, W, H)
	}
	h.shot("picture-0-notice")
	h.press(ebiten.KeyF12)
	waitFrames(3)
	if files, _ = filepath.Glob(filepath.Join(dir, "*.png")); len(files) != 2 {
		t.Fatalf("F12 did not write a second picture: %v", files)
	}

	// End the game; the debrief's picture.
	onLoop(func() {
		for _, id := range []string{"si", "sc"} {
			p.state.Unit(id).Status = game.Destroyed
		}
		p.apply(game.Order{Kind: game.Fortify, Unit: "jh"})
	})
	h.settle()
	if _, ok := h.screen().(*victoryScreen); !ok {
		t.Fatalf("the game did not end: %T", h.screen())
	}
	h.clickButton("picture")
	files, _ = filepath.Glob(filepath.Join(dir, "jinsong-test-debrief-*.png"))
	if len(files) != 1 {
		t.Fatalf("Save as picture wrote %v", files)
	}
	onLoop(func() { notice = h.app.notice })
	if !strings.HasPrefix(notice, "Debrief saved: "+dir) {
		t.Errorf("the message says %q", notice)
	}
	if w, hh := readPNG(t, files[0]); w != debriefWidth || hh < 300 {
		t.Errorf("the debrief is %d×%d", w, hh)
	}
	if out := os.Getenv("JINSONG_SHOTS"); out != "" {
		b, _ := os.ReadFile(files[0])
		os.WriteFile(filepath.Join(out, "picture-1-debrief.png"), b, 0o644)
	}
}
