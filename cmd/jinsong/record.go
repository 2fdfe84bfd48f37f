package main

import (
	"fmt"

	"jinsong/game"
	"jinsong/internal/save"
	"jinsong/internal/scenario"
)

// recorder keeps the orders of one headless game so that sim --record can
// write it as a replay file.
type recorder struct {
	ref    save.ScenarioRef
	orders []game.Order
}

// newRecorder prepares to record a game of l, which was loaded from name.
func newRecorder(name string, l *scenario.Loaded) (*recorder, error) {
	ref, err := save.RefFor(name, l)
	if err != nil {
		return nil, fmt.Errorf("recording: %w", err)
	}
	return &recorder{ref: ref}, nil
}

// add is a sim.Options.OnOrder hook.
func (r *recorder) add(_ *game.State, o game.Order) error {
	r.orders = append(r.orders, o)
	return nil
}

// write saves the recorded game, which ended in final, at path. Sides with
// no policy in players played the simple one.
func (r *recorder) write(path string, seed int64, players map[string]string, final *game.State) error {
	who := map[string]string{}
	for _, sd := range final.Scn.Sides {
		who[sd.ID] = "simple"
		if p := players[sd.ID]; p != "" {
			who[sd.ID] = p
		}
	}
	name := fmt.Sprintf("%s, seed %d", final.Scn.Title, seed)
	return save.Write(path, save.New(r.ref, seed, who, r.orders, final, name))
}
