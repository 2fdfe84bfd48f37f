package main

import (
	"jinsong/internal/mods"
	"jinsong/internal/scenario"
)

// playable lists the scenarios to offer: the built-ins, then the mods of the
// mods folder that load.
func playable() []scenario.Summary {
	out := scenario.ListBuiltin()
	for _, m := range mods.Scan(mods.Dir()) {
		if m.Err == nil {
			out = append(out, m.Summary)
		}
	}
	return out
}

// loadMod loads the mod of the mods folder whose id is id, if there is one.
func loadMod(id string) (*scenario.Loaded, bool, error) {
	p, ok := mods.Find(mods.Dir(), id)
	if !ok {
		return nil, false, nil
	}
	l, err := scenario.LoadFile(p)
	return l, true, err
}
