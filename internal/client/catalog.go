package client

import (
	"jinsong/game"
	"jinsong/internal/playback"
	"jinsong/internal/render"
	"jinsong/internal/save"
)

// Entry is one scenario in the list on the title screen.
type Entry struct {
	ID       string
	Title    string
	Subtitle string
	Start    string // "YYYY-MM-DD"
	End      string
	Sides    []string // side names in turn order
	Mod      bool
}

// SideInfo is what the side-selection screen shows of a side.
type SideInfo struct {
	ID       string
	Name     string
	Colour   string
	Briefing string
}

// History is what really happened, shown beside the player's result.
type History struct {
	Winner  string         // side id, "" for a draw
	Ended   string         // "YYYY-MM-DD"
	Outcome string         // one line
	Note    string         // a paragraph
	Losses  map[string]int // soldiers lost per side, where known
}

// Scenario is a loaded scenario as the client needs it.
type Scenario struct {
	ID       string
	Title    string
	Subtitle string
	Briefing string
	Start    string
	End      string
	Sides    []SideInfo
	History  History
	View     [4]int            // col0, row0, col1, row1 shown first
	Lines    []render.Line     // rivers, coasts, canals in hex space
	Kinds    map[string]string // place id -> kind (capital, fortress, pass...)
	// NewGame starts a fresh game with the given seed.
	NewGame func(seed int64) *game.State
	// Ref is what a save records of the scenario; a zero Ref (a file
	// opened in the browser) cannot be saved.
	Ref save.ScenarioRef
	// WhatIfs are the alternatives to history the scenario declares.
	WhatIfs []WhatIf
	// WhatIf is the id of the what-if switched on ("" for history).
	WhatIf string
	// WithWhatIf gives the scenario with the what-if id switched on (nil
	// when the scenario has none).
	WithWhatIf func(id string) (*Scenario, error)
	// Chronicle, when the scenario records its history, plays it and
	// returns it as a tape for history mode, with the recorded orders that
	// could not be carried out (nil when it records none).
	Chronicle func() (*playback.Tape, []string)
}

// WhatIf is one of a scenario's alternatives to history.
type WhatIf struct {
	ID          string
	Name        string
	Description string
}

// Catalog is where the client finds scenarios; the command line fills it
// from the scenario loader.
type Catalog struct {
	List func() []Entry
	Load func(id string) (*Scenario, error)
	// Backdrop, if set, gives a scenario whose map is shown behind the
	// title screen (it is called on its own goroutine).
	Backdrop func() (*Scenario, error)
	// Open loads the scenario a save names, with its what-if (if any)
	// switched on, to restore the game. If the scenario's file changed
	// since, it may return the scenario with an error wrapping
	// save.ErrScenarioChanged.
	Open func(ref save.ScenarioRef, whatIf string) (*Scenario, error)
	// Watch, if set, calls changed whenever the scenario files in dir
	// change, until stop is called (live reload; desktop only).
	Watch func(dir string, changed func()) (stop func(), err error)
}
