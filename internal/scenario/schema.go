// Package scenario loads and validates scenario, ruleset and map files
// (TOML) and builds the game.State they describe. Every problem in a file is
// reported at once, each as "file:line:col: message".
package scenario

import "jinsong/game"

// The types below are the file formats. They are the single source of truth:
// the loader decodes into them and the JSON Schema for editors is generated
// from them, so a key documented here is a key the loader accepts.

// File is a scenario file.
type File struct {
	Scenario Meta                   `toml:"scenario" json:"scenario" jsonschema:"required"`
	Sides    []SideDef              `toml:"sides" json:"sides" jsonschema:"required"`
	Map      MapDef                 `toml:"map" json:"map" jsonschema:"required"`
	Classes  map[string]*game.Class `toml:"classes" json:"classes,omitempty"` // classes added to or replacing the ruleset's
	Places   []PlaceDef             `toml:"places" json:"places,omitempty"`
	Leaders  []LeaderDef            `toml:"leaders" json:"leaders,omitempty"`
	Units    []UnitDef              `toml:"units" json:"units" jsonschema:"required"`
	Events   []EventDef             `toml:"events" json:"events,omitempty"`
	Actions  []ActionDef            `toml:"actions" json:"actions,omitempty"` // special orders open to one side
	Victory  VictoryDef             `toml:"victory" json:"victory"`
	History  HistoryDef             `toml:"history" json:"history"`
	WhatIf   []WhatIfDef            `toml:"whatif" json:"whatif,omitempty"` // alternatives to history a teacher can switch on
}

// Meta is the [scenario] table: what the scenario is and its calendar.
type Meta struct {
	ID          string `toml:"id" json:"id"`                             // short name used on the command line; defaults to the file name
	Title       string `toml:"title" json:"title" jsonschema:"required"` // shown in menus
	Subtitle    string `toml:"subtitle" json:"subtitle,omitempty"`
	Ruleset     string `toml:"ruleset" json:"ruleset,omitempty"`         // ruleset file; default "standard" (built in)
	Start       string `toml:"start" json:"start" jsonschema:"required"` // first day, "YYYY-MM-DD"
	End         string `toml:"end" json:"end,omitempty"`                 // last day; sets the number of turns
	Turns       int    `toml:"turns" json:"turns,omitempty"`             // number of turns, if End is not given
	DaysPerTurn int    `toml:"days_per_turn" json:"days_per_turn" jsonschema:"required"`
	Briefing    string `toml:"briefing" json:"briefing"`     // shown before play
	Order       int    `toml:"order" json:"order,omitempty"` // sort key in the scenario list
}

// SideDef is one [[sides]] entry. Sides move in the order listed.
type SideDef struct {
	ID       string `toml:"id" json:"id" jsonschema:"required"`
	Name     string `toml:"name" json:"name" jsonschema:"required"`
	Colour   string `toml:"colour" json:"colour,omitempty"` // "#rrggbb"
	Alliance string `toml:"alliance" json:"alliance,omitempty"`
	Briefing string `toml:"briefing" json:"briefing,omitempty"` // the side's aims, shown to its player
}

// MapDef is the [map] table: either Rows of terrain symbols or a File.
type MapDef struct {
	File string   `toml:"file" json:"file,omitempty"` // map file (in the scenario's folder, or a built-in map name such as "china")
	Rows []string `toml:"rows" json:"rows,omitempty"` // one string per row, one terrain symbol per hex (odd rows shifted east)
	// View is the part of the map the client shows first: [col0, row0, col1, row1].
	View []int `toml:"view" json:"view,omitempty"`
	// Terrain overrides the terrain of single hexes.
	Terrain []HexTerrain `toml:"terrain" json:"terrain,omitempty"`
}

// HexTerrain sets one hex's terrain.
type HexTerrain struct {
	At      []int  `toml:"at" json:"at" jsonschema:"required"`
	Terrain string `toml:"terrain" json:"terrain" jsonschema:"required"`
}

// PlaceDef is one [[places]] entry: a city, fortress, pass or landmark.
type PlaceDef struct {
	ID      string         `toml:"id" json:"id" jsonschema:"required"`
	Name    string         `toml:"name" json:"name,omitempty"` // defaults to the map site's name
	At      []int          `toml:"at" json:"at,omitempty"`     // [col, row]; may be omitted if the map file has a site with this id
	Owner   string         `toml:"owner" json:"owner,omitempty"`
	Walls   float64        `toml:"walls" json:"walls,omitempty"` // 0 (open town) to 4 (the capital's walls)
	Food    int            `toml:"food" json:"food,omitempty"`   // days of food for the garrison
	Arsenal map[string]int `toml:"arsenal" json:"arsenal,omitempty"`
	Port    bool           `toml:"port" json:"port,omitempty"`
	Supply  bool           `toml:"supply" json:"supply,omitempty"` // a supply source for its owner
	Points  int            `toml:"points" json:"points,omitempty"`
	Note    string         `toml:"note" json:"note,omitempty"`
}

// LeaderDef is one [[leaders]] entry.
type LeaderDef struct {
	ID        string   `toml:"id" json:"id" jsonschema:"required"`
	Name      string   `toml:"name" json:"name" jsonschema:"required"`
	Side      string   `toml:"side" json:"side" jsonschema:"required"`
	Command   int      `toml:"command" json:"command"` // 0..3
	Abilities []string `toml:"abilities" json:"abilities,omitempty"`
	Bio       string   `toml:"bio" json:"bio,omitempty"`
}

// UnitDef is one [[units]] entry.
type UnitDef struct {
	ID         string         `toml:"id" json:"id" jsonschema:"required"`
	Name       string         `toml:"name" json:"name" jsonschema:"required"`
	Side       string         `toml:"side" json:"side" jsonschema:"required"`
	Class      string         `toml:"class" json:"class" jsonschema:"required"`
	Strength   int            `toml:"strength" json:"strength" jsonschema:"required"` // soldiers, or ships
	Morale     float64        `toml:"morale" json:"morale,omitempty"`                 // 0..100, default 70
	Experience int            `toml:"experience" json:"experience,omitempty"`
	Leader     string         `toml:"leader" json:"leader,omitempty"`
	Ammo       map[string]int `toml:"ammo" json:"ammo,omitempty"`
	At         []int          `toml:"at" json:"at,omitempty"`           // [col, row]
	Place      string         `toml:"place" json:"place,omitempty"`     // or the hex of this place
	Carrier    string         `toml:"carrier" json:"carrier,omitempty"` // starts on board this ship
	Arrives    bool           `toml:"arrives" json:"arrives,omitempty"` // a reinforcement: off the map until an event brings it
}

// EventDef is one [[events]] entry.
type EventDef struct {
	ID      string      `toml:"id" json:"id" jsonschema:"required"`
	When    TriggerDef  `toml:"when" json:"when"`
	Effects []EffectDef `toml:"effects" json:"effects" jsonschema:"required"`
	Repeat  bool        `toml:"repeat" json:"repeat,omitempty"`
}

// TriggerDef is an event's [events.when] table; all conditions given must hold.
type TriggerDef struct {
	Turn          int     `toml:"turn" json:"turn,omitempty"`
	Date          string  `toml:"date" json:"date,omitempty"`
	Side          string  `toml:"side" json:"side,omitempty"`
	PlaceTaken    string  `toml:"place_taken" json:"place_taken,omitempty"`
	TakenBy       string  `toml:"taken_by" json:"taken_by,omitempty"`
	UnitDestroyed string  `toml:"unit_destroyed" json:"unit_destroyed,omitempty"`
	UnitEscaped   string  `toml:"unit_escaped" json:"unit_escaped,omitempty"`
	LossesSide    string  `toml:"losses_side" json:"losses_side,omitempty"`
	LossesAtLeast int     `toml:"losses_at_least" json:"losses_at_least,omitempty"`
	Chance        float64 `toml:"chance" json:"chance,omitempty"`
	// ActionTaken and ActionNotTaken hold when the [[actions]] entry with
	// this id has (or has not yet) been carried out.
	ActionTaken    string `toml:"action_taken" json:"action_taken,omitempty"`
	ActionNotTaken string `toml:"action_not_taken" json:"action_not_taken,omitempty"`
}

// EffectDef is one [[events.effects]] entry.
type EffectDef struct {
	Kind    string   `toml:"kind" json:"kind" jsonschema:"required"` // message, reinforce, control, withdraw, defect, end, points, terrain
	Text    string   `toml:"text" json:"text,omitempty"`
	Units   []string `toml:"units" json:"units,omitempty"`
	Place   string   `toml:"place" json:"place,omitempty"`
	Side    string   `toml:"side" json:"side,omitempty"`
	Points  int      `toml:"points" json:"points,omitempty"`
	Hexes   [][]int  `toml:"hexes" json:"hexes,omitempty"`
	Terrain string   `toml:"terrain" json:"terrain,omitempty"`
	Loss    float64  `toml:"loss" json:"loss,omitempty"` // terrain: percent of strength lost by units on the changed hexes
}

// ActionDef is one [[actions]] entry: a special order open to one side, that
// a unit led by Leader may carry out once at or next to Place (such as
// cutting the Yellow River dikes). Cost points come off the side's score;
// the effects are those of events.
type ActionDef struct {
	ID      string      `toml:"id" json:"id" jsonschema:"required"`
	Name    string      `toml:"name" json:"name" jsonschema:"required"`
	Side    string      `toml:"side" json:"side" jsonschema:"required"`
	Leader  string      `toml:"leader" json:"leader" jsonschema:"required"`
	Place   string      `toml:"place" json:"place" jsonschema:"required"`
	Text    string      `toml:"text" json:"text,omitempty"` // what it costs and does, shown before confirming
	Cost    int         `toml:"cost" json:"cost,omitempty"`
	Effects []EffectDef `toml:"effects" json:"effects" jsonschema:"required"`
}

// VictoryDef is the [victory] table.
type VictoryDef struct {
	Default    string         `toml:"default" json:"default,omitempty"` // winner when time runs out; "" = draw
	Conditions []ConditionDef `toml:"conditions" json:"conditions,omitempty"`
}

// ConditionDef is one [[victory.conditions]] entry.
type ConditionDef struct {
	Side      string   `toml:"side" json:"side" jsonschema:"required"`
	Kind      string   `toml:"kind" json:"kind" jsonschema:"required"` // take, hold, destroy, escape, occupy, points
	Places    []string `toml:"places" json:"places,omitempty"`
	Units     []string `toml:"units" json:"units,omitempty"`
	Zone      [][]int  `toml:"zone" json:"zone,omitempty"`             // hexes [[col,row],...]
	ZoneRects [][]int  `toml:"zone_rects" json:"zone_rects,omitempty"` // rectangles [[col0,row0,col1,row1],...], inclusive
	Count     int      `toml:"count" json:"count,omitempty"`
	ByTurn    int      `toml:"by_turn" json:"by_turn,omitempty"`
	ByDate    string   `toml:"by_date" json:"by_date,omitempty"`
	Points    int      `toml:"points" json:"points,omitempty"`
	Text      string   `toml:"text" json:"text,omitempty"`
}

// HistoryDef is the [history] table: what really happened, shown beside the
// player's result and used by the history report.
type HistoryDef struct {
	Winner  string         `toml:"winner" json:"winner"`           // side id, or "" for a draw
	Ended   string         `toml:"ended" json:"ended,omitempty"`   // "YYYY-MM-DD"
	Days    int            `toml:"days" json:"days,omitempty"`     // length of the campaign
	Losses  map[string]int `toml:"losses" json:"losses,omitempty"` // soldiers lost per side, where known
	Outcome string         `toml:"outcome" json:"outcome"`         // one line
	Note    string         `toml:"note" json:"note"`               // the historical note, in our own words
}

// WhatIfDef is one [[whatif]] entry: an alternative to what happened that a
// teacher can switch on, such as "Gaozong does not recall Yue Fei". Its
// changes are applied on top of the scenario; what it does not change stays
// as written.
type WhatIfDef struct {
	ID          string `toml:"id" json:"id" jsonschema:"required"`       // used by --whatif
	Name        string `toml:"name" json:"name" jsonschema:"required"`   // shown to teachers and players
	Description string `toml:"description" json:"description,omitempty"` // what changes and what to ask about it, shown to teachers
	// DisableEvents are ids of [[events]] that never fire when the what-if is on.
	DisableEvents []string `toml:"disable_events" json:"disable_events,omitempty"`
	// Units are added, or replace (whole) the [[units]] entry with the same id.
	Units []UnitDef `toml:"units" json:"units,omitempty"`
	// Places change some keys of existing [[places]].
	Places []PlaceChange `toml:"places" json:"places,omitempty"`
	// Events are added, or replace the [[events]] entry with the same id.
	Events []EventDef `toml:"events" json:"events,omitempty"`
}

// PlaceChange is one [[whatif.places]] entry: new values for the keys it
// gives of the place with this id; keys left out keep their values.
type PlaceChange struct {
	ID      string         `toml:"id" json:"id" jsonschema:"required"` // the place changed
	Owner   string         `toml:"owner" json:"owner,omitempty"`       // side id, or "" for nobody
	Walls   float64        `toml:"walls" json:"walls,omitempty"`       // 0 (open town) to 4 (the capital's walls)
	Food    int            `toml:"food" json:"food,omitempty"`         // days of food for the garrison
	Arsenal map[string]int `toml:"arsenal" json:"arsenal,omitempty"`   // replaces the whole arsenal
}

// MapFile is a shared map file (such as assets/maps/china.toml).
type MapFile struct {
	Map   MapFileMeta `toml:"map" json:"map"`
	Sites []Site      `toml:"sites" json:"sites,omitempty"`
	Lines []Line      `toml:"lines" json:"lines,omitempty"`
}

// MapFileMeta is the [map] table of a map file.
type MapFileMeta struct {
	Name   string   `toml:"name" json:"name"`
	Source string   `toml:"source" json:"source,omitempty"`
	HexKm  float64  `toml:"hex_km" json:"hex_km,omitempty"`
	LonMin float64  `toml:"lon_min" json:"lon_min,omitempty"`
	LatMax float64  `toml:"lat_max" json:"lat_max,omitempty"`
	Rows   []string `toml:"rows" json:"rows" jsonschema:"required"`
}

// Site is a named point on a map file that scenarios refer to by id.
type Site struct {
	ID   string `toml:"id" json:"id" jsonschema:"required"`
	Name string `toml:"name" json:"name" jsonschema:"required"`
	Col  int    `toml:"col" json:"col" jsonschema:"required"`
	Row  int    `toml:"row" json:"row" jsonschema:"required"`
	Kind string `toml:"kind" json:"kind,omitempty"`
}

// Line is a river, canal, coast or border drawn over the hexes, in hex-space
// coordinates: x in hex widths from the west edge (odd rows start at 0.5),
// y in rows from the north edge (row centres at y = row).
type Line struct {
	Kind   string      `toml:"kind" json:"kind" jsonschema:"required"` // river, canal, coast, border, or a variant such as river_after_1128 (see LineBase)
	Name   string      `toml:"name" json:"name"`
	Points [][]float64 `toml:"points" json:"points" jsonschema:"required"`
}
