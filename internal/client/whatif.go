package client

import (
	"math"
	"strings"

	"jinsong/internal/ui"
)

// whatIfItems are the rows of the scenario list's what-if chooser: history
// first, then each what-if with the start of its description.
func whatIfItems(s *Scenario) []ui.ListItem {
	items := []ui.ListItem{{Text: "As it happened", Detail: "the forces and events of the historical record"}}
	for _, w := range s.WhatIfs {
		items = append(items, ui.ListItem{Text: "What if: " + w.Name, Detail: strings.Join(strings.Fields(w.Description), " ")})
	}
	return items
}

// whatIfParas head the briefing when a what-if is switched on (row i of
// the chooser): its name and its whole description.
func whatIfParas(s *Scenario, i int) []ui.Para {
	if i <= 0 || i > len(s.WhatIfs) {
		return nil
	}
	w := s.WhatIfs[i-1]
	return []ui.Para{
		{Text: "What if: " + w.Name, Style: ui.Bold, Size: ui.SizeLarge, Colour: accent},
		{Text: strings.Join(strings.Fields(w.Description), " "), Colour: dim},
		{Text: "Switched on for this game; the briefing below is history's.", Colour: dim, Size: ui.SizeSmall, Gap: 4},
		{Text: "", Gap: 6},
	}
}

// splitRight cuts the scenario list's right panel into the briefing and,
// when the scenario has what-ifs, the what-if chooser below it.
func (p *pickScreen) splitRight(a *App, right ui.Rect) (brief, whatifs ui.Rect) {
	th := a.Theme
	in := ui.R(right.X+th.S(20), right.Y+th.S(20), right.W-th.S(36), right.H-th.S(40))
	if len(p.whatifs.Items) == 0 {
		return in, ui.Rect{}
	}
	rh := p.whatifs.RowHeight(th)
	h := math.Min(float64(len(p.whatifs.Items))*rh, in.H*0.4)
	whatifs = in.CutBottom(h)
	in.CutBottom(th.S(44)) // the chooser's heading
	return in, whatifs
}

// whatIfName is the name of the what-if switched on in s ("" for none).
func whatIfName(s *Scenario) string {
	for _, w := range s.WhatIfs {
		if w.ID == s.WhatIf {
			return w.Name
		}
	}
	return s.WhatIf
}

// menuWhatIf is the game menu's line about the what-if ("" for history).
func menuWhatIf(s *Scenario) string {
	if s.WhatIf == "" {
		return ""
	}
	return "What if: " + whatIfName(s)
}
