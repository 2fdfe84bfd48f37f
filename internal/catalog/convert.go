package catalog

import (
	"errors"

	"jinsong/internal/chronicle"
	"jinsong/internal/client"
	"jinsong/internal/playback"
	"jinsong/internal/render"
	"jinsong/internal/scenario"
)

// Entry is the window's list entry for a scenario summary.
func Entry(s scenario.Summary) client.Entry {
	return client.Entry{ID: s.ID, Title: s.Title, Subtitle: s.Subtitle, Start: s.Start, End: s.End, Sides: s.Sides, Mod: s.Mod}
}

// Builtin lists the built-in scenarios for the window.
func Builtin() []client.Entry {
	var out []client.Entry
	for _, s := range scenario.ListBuiltin() {
		out = append(out, Entry(s))
	}
	return out
}

// Backdrop finds a built-in scenario on the big map of China, to show
// behind the title screen (or the first scenario if none is).
func Backdrop() (*client.Scenario, error) {
	var first *scenario.Loaded
	for _, s := range scenario.ListBuiltin() {
		l, err := scenario.Builtin(s.ID)
		if err != nil {
			continue
		}
		if l.File.Map.File != "" {
			return Scenario(l), nil
		}
		if first == nil {
			first = l
		}
	}
	if first == nil {
		return nil, errors.New("no built-in scenario loads")
	}
	return Scenario(first), nil
}

// Scenario converts a loaded scenario to what the window needs.
func Scenario(l *scenario.Loaded) *client.Scenario {
	f := l.File
	sc := &client.Scenario{
		ID:       l.Scn.ID,
		Title:    f.Scenario.Title,
		Subtitle: f.Scenario.Subtitle,
		Briefing: f.Scenario.Briefing,
		Start:    f.Scenario.Start,
		End:      f.Scenario.End,
		View:     l.View,
		NewGame:  l.NewGame,
		Kinds:    map[string]string{},
		History: client.History{
			Winner:  f.History.Winner,
			Ended:   f.History.Ended,
			Outcome: f.History.Outcome,
			Note:    f.History.Note,
			Losses:  f.History.Losses,
		},
	}
	if sc.End == "" && l.Scn.MaxTurns > 0 {
		sc.End = l.Scn.Start.AddDate(0, 0, l.Scn.MaxTurns*l.Scn.DaysPerTurn-1).Format("2006-01-02")
	}
	sc.WhatIf = l.WhatIf
	if chronicle.Has(l) && l.WhatIf == "" {
		sc.Chronicle = func() (*playback.Tape, []string) {
			tape, problems := chronicle.Compile(l)
			text := make([]string, len(problems))
			for i, p := range problems {
				text[i] = p.String()
			}
			return tape, text
		}
	}
	for _, w := range f.WhatIf {
		sc.WhatIfs = append(sc.WhatIfs, client.WhatIf{ID: w.ID, Name: w.Name, Description: w.Description})
	}
	for _, sd := range f.Sides {
		sc.Sides = append(sc.Sides, client.SideInfo{ID: sd.ID, Name: sd.Name, Colour: sd.Colour, Briefing: sd.Briefing})
	}
	// Colours the loader filled in (defaults) come from the built scenario.
	for i := range sc.Sides {
		if i < len(l.Scn.Sides) && sc.Sides[i].Colour == "" {
			sc.Sides[i].Colour = l.Scn.Sides[i].Colour
		}
	}
	for _, ln := range l.Lines {
		rl := render.Line{Kind: ln.Kind, Name: ln.Name}
		for _, pt := range ln.Points {
			if len(pt) >= 2 {
				rl.Points = append(rl.Points, [2]float64{pt[0], pt[1]})
			}
		}
		sc.Lines = append(sc.Lines, rl)
	}
	for _, s := range l.Sites {
		if s.Kind != "" {
			sc.Kinds[s.ID] = s.Kind
		}
	}
	return sc
}
