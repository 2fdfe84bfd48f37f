package save

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"jinsong/game"
)

// Format is the value of the "format" field of every save file.
const Format = "jinsong-save"

// Version is the save format version this game writes and reads. Bump it
// when a change to File would make older games misread a newer file.
const Version = 1

// File is one saved game (or replay): enough to rebuild the game exactly.
type File struct {
	Format   string            `json:"format"`  // always Format
	Version  int               `json:"version"` // the format version it was written in
	Name     string            `json:"name,omitempty"`
	Saved    time.Time         `json:"saved"`
	Scenario ScenarioRef       `json:"scenario"`
	Seed     int64             `json:"seed"`
	Players  map[string]string `json:"players,omitempty"` // who plays each side id: "human", "simple", ...
	// WhatIf is the id of the scenario's what-if switched on for this game
	// ("" for history as it was). Files written before it existed have none.
	WhatIf string `json:"whatif,omitempty"`

	// Where the game stood when it was saved, for the load menu and for
	// checking a restore.
	Turn   int    `json:"turn"`
	Date   string `json:"date"`
	Side   string `json:"side"`             // id of the side to move
	Over   bool   `json:"over,omitempty"`   // the game has ended
	Winner string `json:"winner,omitempty"` // side id, when Over ("" is a draw)
	Hash   string `json:"hash"`             // game.Hash at save time, 16 hex digits

	// Orders is every order given since the start, in order.
	Orders []game.Order `json:"orders"`
}

// ScenarioRef names the scenario a game is played on and fingerprints its
// file, so that a changed scenario is noticed before its orders are replayed.
type ScenarioRef struct {
	ID     string `json:"id"`             // the scenario's id
	Path   string `json:"path,omitempty"` // a mod's scenario file on disk; empty for a built-in
	SHA256 string `json:"sha256"`         // of the scenario file's bytes, lower-case hex
}

// Builtin reports whether the reference is to a built-in scenario.
func (r ScenarioRef) Builtin() bool { return r.Path == "" }

// String names the scenario for messages: its id, or its path for a mod.
func (r ScenarioRef) String() string {
	if r.Builtin() {
		return fmt.Sprintf("built-in scenario %q", r.ID)
	}
	return fmt.Sprintf("scenario file %s", r.Path)
}

// New describes the game s, reached from a fresh game of ref with seed by
// orders, as a save file stamped with the current time. The orders and
// players are copied.
func New(ref ScenarioRef, seed int64, players map[string]string, orders []game.Order, s *game.State, name string) *File {
	return &File{
		Format:   Format,
		Version:  Version,
		Name:     name,
		Saved:    time.Now().UTC().Truncate(time.Second),
		Scenario: ref,
		Seed:     seed,
		Players:  maps.Clone(players),
		Turn:     s.Turn,
		Date:     s.DateString(),
		Side:     s.ActiveSide(),
		Over:     s.Over,
		Winner:   s.Winner,
		Hash:     HashString(s),
		Orders:   slices.Clone(orders),
	}
}

// HashString is game.Hash of s as 16 hex digits, as save files and the
// command line show it.
func HashString(s *game.State) string { return fmt.Sprintf("%016x", game.Hash(s)) }
