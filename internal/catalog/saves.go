package catalog

import (
	"errors"

	"jinsong/internal/client"
	"jinsong/internal/save"
	"jinsong/internal/scenario"
)

// Saveable converts a loaded scenario, loaded from name (a built-in id or
// the path given to scenario.LoadFile), with the reference a save records
// of it.
func Saveable(name string, l *scenario.Loaded) *client.Scenario {
	sc := Scenario(l)
	if ref, err := save.RefFor(name, l); err == nil {
		sc.Ref = ref
	}
	if len(l.File.WhatIf) > 0 && l.WhatIf == "" {
		sc.WithWhatIf = func(id string) (*client.Scenario, error) {
			w, err := l.WithWhatIf(id)
			if err != nil {
				return nil, err
			}
			out := Saveable(name, w)
			out.Ref = sc.Ref // the same file: a save names it and the what-if
			return out, nil
		}
	}
	return sc
}

// Open loads the scenario a save names, with its what-if switched on, for
// client.Catalog.Open. A scenario whose file changed since the game was
// saved is returned with an error wrapping save.ErrScenarioChanged.
func Open(ref save.ScenarioRef, whatIf string) (*client.Scenario, error) {
	l, err := ref.Open()
	if l == nil {
		return nil, err
	}
	changed := err
	if whatIf != "" {
		w, err := l.WithWhatIf(whatIf)
		if err != nil {
			return nil, err
		}
		l = w
	}
	name := ref.ID
	if !ref.Builtin() {
		name = ref.Path
	}
	sc := Saveable(name, l)
	if changed != nil && errors.Is(changed, save.ErrScenarioChanged) {
		return sc, changed
	}
	return sc, nil
}
