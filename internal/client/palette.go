package client

import (
	"image/color"

	"jinsong/game"
	"jinsong/internal/ui"
)

// SafeSideColours are the side colours of the colour-blind-safe setting,
// in side order, from the Okabe–Ito palette: orange, blue, bluish green.
// Every pair stays distinguishable under protanopia and deuteranopia (see
// the test, which simulates both).
var SafeSideColours = []color.RGBA{
	{0xE6, 0x9F, 0x00, 0xff}, // orange
	{0x00, 0x72, 0xB2, 0xff}, // blue
	{0x00, 0x9E, 0x73, 0xff}, // bluish green
}

// safeColours is on when the colour-blind-safe side colours are chosen
// (set by App.applyLook from the settings).
var safeColours bool

// Text colours of the panels in the normal and the high-contrast palette.
var (
	normalText = [...]color.RGBA{dim, accent}
	brightText = [...]color.RGBA{{0xe0, 0xe0, 0xe0, 0xff}, {0xff, 0xd0, 0x00, 0xff}}
)

// applyLook makes the theme, the panels' text colours and the side colours
// follow the presenter settings.
func (a *App) applyLook(th *ui.Theme) *ui.Theme {
	safeColours = a.Settings.SafeColours
	dim, accent = normalText[0], normalText[1]
	if a.Settings.HighContrast {
		th.HighContrast()
		dim, accent = brightText[0], brightText[1]
	}
	return th
}

// newTheme is the theme at scale with the presenter settings applied.
func (a *App) newTheme(scale float64) *ui.Theme { return a.applyLook(ui.NewTheme(scale)) }

// sidePalette is the colour of each side of s, by id: the scenario's own
// colours, or the safe ones.
func sidePalette(s *game.Scenario) map[string]color.RGBA {
	out := map[string]color.RGBA{}
	for i, sd := range s.Sides {
		c, ok := ui.ParseHex(sd.Colour)
		if !ok {
			c = color.RGBA{0x90, 0x90, 0x90, 0xff}
		}
		if safeColours && i < len(SafeSideColours) {
			c = SafeSideColours[i]
		}
		out[sd.ID] = c
	}
	return out
}

// sideInfoColour is the colour shown for side i of a scenario's list.
func sideInfoColour(i int, hex string) color.RGBA {
	if safeColours && i < len(SafeSideColours) {
		return SafeSideColours[i]
	}
	c, _ := ui.ParseHex(hex)
	return c
}
