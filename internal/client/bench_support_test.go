package client

import (
	"jinsong/internal/render"
	"jinsong/internal/scenario"
)

// benchScenario converts a loaded scenario for the client, as the command
// line does.
func benchScenario(l *scenario.Loaded) *Scenario {
	sc := &Scenario{ID: l.Scn.ID, Title: l.File.Scenario.Title, View: l.View, NewGame: l.NewGame, Kinds: map[string]string{}}
	for _, sd := range l.File.Sides {
		sc.Sides = append(sc.Sides, SideInfo{ID: sd.ID, Name: sd.Name, Colour: sd.Colour})
	}
	for _, ln := range l.Lines {
		rl := render.Line{Kind: ln.Kind, Name: ln.Name}
		for _, pt := range ln.Points {
			rl.Points = append(rl.Points, [2]float64{pt[0], pt[1]})
		}
		sc.Lines = append(sc.Lines, rl)
	}
	for _, s := range l.Sites {
		sc.Kinds[s.ID] = s.Kind
	}
	return sc
}
