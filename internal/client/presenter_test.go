package client

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
)

// The presenter settings: high contrast and colour-blind-safe side colours
// change the game at once, are saved, and are read back by the next window.
func TestPresenterSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.json")
	h := start(t, Options{Scenario: "test", Seed: 2, SettingsPath: path})
	before := h.shot("presenter-0-before")
	h.press(ebiten.KeyEscape)
	h.clickButton("settings")
	set, ok := h.screen().(*settingsScreen)
	if !ok {
		t.Fatalf("Menu → Settings shows %T", h.screen())
	}
	for _, c := range []func() (float64, float64){
		func() (float64, float64) { return set.contrast.Bounds.SplitH(2, 4)[1].Centre() },
		func() (float64, float64) { return set.colours.Bounds.SplitH(2, 4)[1].Centre() },
	} {
		var x, y float64
		onLoop(func() { x, y = c() })
		h.script.Click(x, y)
		h.settle()
	}
	h.shot("presenter-1-settings")
	h.clickButton("done")
	waitFrames(5)
	after := h.shot("presenter-2-play")
	var bg, song [3]uint8
	p := h.play()
	sx, sy := h.hexAt(game.Hex{Col: 7, Row: 6}) // the Song infantry
	onLoop(func() {
		c := sideColour(p.state, "song")
		song = [3]uint8{c.R, c.G, c.B}
		b := h.app.Theme.Background
		bg = [3]uint8{b.R, b.G, b.B}
	})
	if song != [3]uint8{0x00, 0x72, 0xB2} {
		t.Errorf("the Song's colour is %x, want the safe blue", song)
	}
	if bg != [3]uint8{0, 0, 0} {
		t.Errorf("the high-contrast background is %x", bg)
	}
	// The Song counter on the map is now blue, not red.
	blue, red, n := 0, 0, 0
	for y := int(sy) - 16; y < int(sy)+16; y++ {
		for x := int(sx) - 16; x < int(sx)+16; x++ {
			i := after.PixOffset(x, y)
			r, b := int(after.Pix[i]), int(after.Pix[i+2])
			n++
			if b > r+60 {
				blue++
			}
			if r > b+60 {
				red++
			}
		}
	}
	if blue < n/5 || red > n/50 {
		t.Errorf("the Song counter is %d%% blue and %d%% red, want it blue", 100*blue/n, 100*red/n)
	}
	if d := changed(before, after, before.Bounds()); d < 0.05 {
		t.Errorf("the screen hardly changed (%.1f%%)", 100*d)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var saved Settings
	if err := json.Unmarshal(data, &saved); err != nil || !saved.HighContrast || !saved.SafeColours {
		t.Fatalf("saved settings %s (%v)", data, err)
	}
	again, err := NewApp(Options{SettingsPath: path, SaveDir: "-", Catalog: testCatalog(t)})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Settings.HighContrast || !again.Settings.SafeColours || again.Theme.Background.R != 0 {
		t.Errorf("the next window reads %+v", again.Settings)
	}
}
