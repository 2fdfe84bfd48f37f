package client

import (
	"context"
	"fmt"
	"strings"

	"jinsong/game"
	"jinsong/internal/playback"
	"jinsong/internal/save"
)

// newHistory watches scn's recorded history (history mode).
func newHistory(a *App, scn *Scenario, back screen) *watchScreen {
	return newWatch(a, scn, "History: "+scn.Title, back, func(context.Context) (*playback.Tape, string, error) {
		if scn.Chronicle == nil {
			return nil, "", fmt.Errorf("%s does not record its history", scn.Title)
		}
		tape, problems := scn.Chronicle()
		return tape, problemsWarning(problems), nil
	})
}

// problemsWarning tells a teacher or modder which recorded orders the game
// could not carry out.
func problemsWarning(problems []string) string {
	if len(problems) == 0 {
		return ""
	}
	const most = 5
	text := fmt.Sprintf("%d of the recorded orders could not be carried out, so the story on the map may differ from the narration:\n", len(problems))
	for i, p := range problems {
		if i == most {
			text += fmt.Sprintf("... and %d more (jinsong chronicle lists them all).", len(problems)-most)
			break
		}
		text += p + "\n"
	}
	return strings.TrimSpace(text)
}

// newReplay watches a saved game from its first order to its last.
func newReplay(a *App, f *save.File, back screen) (*watchScreen, error) {
	if a.opt.Catalog.Open == nil {
		return nil, fmt.Errorf("this window cannot open the scenarios saves name")
	}
	scn, err := a.opt.Catalog.Open(f.Scenario, f.WhatIf)
	if scn == nil {
		return nil, err
	}
	warning := ""
	if err != nil {
		warning = "The scenario's file has changed since this game was saved; the replay may stop early."
	}
	name := f.Name
	if name == "" {
		name = scn.Title
	}
	return newWatch(a, scn, "Replay: "+name, back, func(context.Context) (*playback.Tape, string, error) {
		seed := f.Seed
		tape := &playback.Tape{Title: name, Start: func() *game.State { return scn.NewGame(seed) }, Orders: f.Orders}
		return tape, warning, nil
	}), nil
}

// openWatch opens the watch screen the options ask for: a save as a
// replay, or a scenario's history.
func (a *App) openWatch() (*watchScreen, error) {
	if a.opt.Replay != "" {
		f, err := save.Read(a.opt.Replay)
		if err != nil {
			return nil, err
		}
		return newReplay(a, f, nil)
	}
	if a.opt.Scenario == "" {
		return nil, fmt.Errorf("history mode needs a scenario")
	}
	scn, err := a.opt.Catalog.Load(a.opt.Scenario)
	if err != nil {
		return nil, err
	}
	if scn.Chronicle == nil {
		return nil, fmt.Errorf("%s does not record its history (no [[history.orders]] or [[history.narration]])", scn.ID)
	}
	return newHistory(a, scn, nil), nil
}
