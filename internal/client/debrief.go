package client

import (
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/ui"
)

// debriefLogMax is the most events the debrief picture lists (the last ones).
const debriefLogMax = 160

// debriefWidth is the debrief picture's width at UI scale 1, in pixels.
const debriefWidth = 1600

// debriefImage draws the debrief of a finished game for printing: the
// player's result beside the recorded one with the losses (left), and the
// event log (right), on the theme's background.
func debriefImage(th *ui.Theme, s *game.State, scn *Scenario) *ebiten.Image {
	w := th.S(debriefWidth)
	pad, gap := th.S(40), th.S(40)
	colW := (w - 2*pad - gap) / 2
	head := []ui.Para{
		{Text: scn.Title, Style: ui.Bold, Size: ui.SizeTitle},
		{Text: scn.Subtitle, Colour: accent},
	}
	if scn.WhatIf != "" {
		head = append(head, ui.Para{Text: "What if: " + whatIfName(scn), Style: ui.Bold, Colour: accent})
	}
	left := ui.TextView{Paras: append(head, resultParas(s, scn)...)}
	from := max(0, len(s.Log)-debriefLogMax)
	logHead := []ui.Para{{Text: "What happened", Style: ui.Bold, Size: ui.SizeLarge}}
	if from > 0 {
		logHead = append(logHead, ui.Para{Text: fmt.Sprintf("(the last %d of %d events)", debriefLogMax, len(s.Log)), Colour: dim})
	}
	right := ui.TextView{Paras: append(logHead, logParas(s, from)...)}
	left.Bounds = ui.R(pad, pad, colW, 1)
	right.Bounds = ui.R(pad+colW+gap, pad, colW, 1)
	h := math.Max(left.ContentHeight(th), right.ContentHeight(th))
	h = math.Min(h, 7000)
	left.Bounds.H, right.Bounds.H = h, h
	img := ebiten.NewImage(int(w), int(h+2*pad))
	img.Fill(th.Background)
	ui.FillRect(img, ui.R(pad+colW+gap/2, pad, th.S(1), h), th.PanelBorder)
	left.Draw(img, th)
	right.Draw(img, th)
	return img
}

// saveDebrief writes the debrief picture of the game p and says where.
func (a *App) saveDebrief(p *playScreen) {
	img := debriefImage(a.Theme, p.state, p.scn)
	defer img.Deallocate()
	path, err := a.picturePath(p.scn.ID + "-debrief")
	if err == nil {
		err = WritePNG(img, path)
	}
	if err != nil {
		a.notify("No picture saved: "+err.Error(), bad)
		return
	}
	a.notify("Debrief saved: "+path, good)
}
