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
	Scenario Meta                   `toml:"scenario" json:"scenario" jsonschema:"required"` // what the scenario is and its calendar
	Sides    []SideDef              `toml:"sides" json:"sides" jsonschema:"required"`       // the powers, in the order they move (2 to 16)
	Map      MapDef                 `toml:"map" json:"map" jsonschema:"required"`           // the board: rows of terrain symbols, or a map file
	Classes  map[string]*game.Class `toml:"classes" json:"classes,omitempty"`               // classes added to or replacing the ruleset's
	Places   []PlaceDef             `toml:"places" json:"places,omitempty"`                 // cities, fortresses, passes and landmarks
	Leaders  []LeaderDef            `toml:"leaders" json:"leaders,omitempty"`               // commanders, each leading at most one unit
	Units    []UnitDef              `toml:"units" json:"units" jsonschema:"required"`       // the counters (at most 5000)
	Events   []EventDef             `toml:"events" json:"events,omitempty"`                 // scripted events: when the trigger holds, the effects happen
	Actions  []ActionDef            `toml:"actions" json:"actions,omitempty"`               // special orders open to one side
	Victory  VictoryDef             `toml:"victory" json:"victory"`                         // how the game is won
	History  HistoryDef             `toml:"history" json:"history"`                         // what really happened, shown beside the player's result
	WhatIf   []WhatIfDef            `toml:"whatif" json:"whatif,omitempty"`                 // alternatives to history a teacher can switch on
}

// Meta is the [scenario] table: what the scenario is and its calendar.
type Meta struct {
	ID          string `toml:"id" json:"id"`                                             // short name used on the command line; defaults to the file name
	Title       string `toml:"title" json:"title" jsonschema:"required"`                 // shown in menus
	Subtitle    string `toml:"subtitle" json:"subtitle,omitempty"`                       // shown under the title
	Ruleset     string `toml:"ruleset" json:"ruleset,omitempty"`                         // ruleset file; default "standard" (built in)
	Start       string `toml:"start" json:"start" jsonschema:"required"`                 // first day, "YYYY-MM-DD"
	End         string `toml:"end" json:"end,omitempty"`                                 // last day; sets the number of turns
	Turns       int    `toml:"turns" json:"turns,omitempty"`                             // number of turns, if End is not given
	DaysPerTurn int    `toml:"days_per_turn" json:"days_per_turn" jsonschema:"required"` // days one turn lasts (1 to 3650)
	Briefing    string `toml:"briefing" json:"briefing"`                                 // shown before play
	Order       int    `toml:"order" json:"order,omitempty"`                             // sort key in the scenario list
}

// SideDef is one [[sides]] entry. Sides move in the order listed.
type SideDef struct {
	ID       string `toml:"id" json:"id" jsonschema:"required"`     // used by units, places, events and conditions
	Name     string `toml:"name" json:"name" jsonschema:"required"` // shown to players
	Colour   string `toml:"colour" json:"colour,omitempty"`         // "#rrggbb"
	Alliance string `toml:"alliance" json:"alliance,omitempty"`     // sides sharing a non-empty alliance are friends; all others are enemies
	Briefing string `toml:"briefing" json:"briefing,omitempty"`     // the side's aims, shown to its player
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
	At      []int  `toml:"at" json:"at" jsonschema:"required"`           // [col, row]
	Terrain string `toml:"terrain" json:"terrain" jsonschema:"required"` // a terrain id of the ruleset
}

// PlaceDef is one [[places]] entry: a city, fortress, pass or landmark.
type PlaceDef struct {
	ID      string         `toml:"id" json:"id" jsonschema:"required"` // used by units, events and victory conditions; a map file site with this id gives its hex and name
	Name    string         `toml:"name" json:"name,omitempty"`         // defaults to the map site's name
	At      []int          `toml:"at" json:"at,omitempty"`             // [col, row]; may be omitted if the map file has a site with this id
	Owner   string         `toml:"owner" json:"owner,omitempty"`
	Walls   float64        `toml:"walls" json:"walls,omitempty"`     // 0 (open town) to 4 (the capital's walls)
	Food    int            `toml:"food" json:"food,omitempty"`       // days of food for the garrison
	Arsenal map[string]int `toml:"arsenal" json:"arsenal,omitempty"` // ammunition by weapon id, drawn by its owner's units
	Port    bool           `toml:"port" json:"port,omitempty"`       // ships may enter its hex whatever the terrain
	Supply  bool           `toml:"supply" json:"supply,omitempty"`   // a supply source for its owner
	Points  int            `toml:"points" json:"points,omitempty"`   // victory points to whoever holds it
	Note    string         `toml:"note" json:"note,omitempty"`       // a historical note
}

// LeaderDef is one [[leaders]] entry.
type LeaderDef struct {
	ID        string   `toml:"id" json:"id" jsonschema:"required"`     // units name their leader by it
	Name      string   `toml:"name" json:"name" jsonschema:"required"` // shown to players
	Side      string   `toml:"side" json:"side" jsonschema:"required"` // the side served; only its units may have this leader
	Command   int      `toml:"command" json:"command"`                 // 0..3
	Abilities []string `toml:"abilities" json:"abilities,omitempty"`   // abilities named by the ruleset's modifiers (attacker_leader, defender_leader)
	Bio       string   `toml:"bio" json:"bio,omitempty"`               // a short biography
}

// UnitDef is one [[units]] entry.
type UnitDef struct {
	ID         string         `toml:"id" json:"id" jsonschema:"required"`             // unique among units
	Name       string         `toml:"name" json:"name" jsonschema:"required"`         // shown to players
	Side       string         `toml:"side" json:"side" jsonschema:"required"`         // a side id
	Class      string         `toml:"class" json:"class" jsonschema:"required"`       // a class of the ruleset or of [classes]
	Strength   int            `toml:"strength" json:"strength" jsonschema:"required"` // soldiers, or ships
	Morale     float64        `toml:"morale" json:"morale,omitempty"`                 // 0..100, default 70
	Experience int            `toml:"experience" json:"experience,omitempty"`         // 0 to 3; each level adds experience_per to its power
	Leader     string         `toml:"leader" json:"leader,omitempty"`                 // a leader of the same side, leading no other unit
	Ammo       map[string]int `toml:"ammo" json:"ammo,omitempty"`                     // ammunition carried by weapon id: only weapons of its class, at most its ammo_max
	At         []int          `toml:"at" json:"at,omitempty"`                         // [col, row]
	Place      string         `toml:"place" json:"place,omitempty"`                   // or the hex of this place
	Carrier    string         `toml:"carrier" json:"carrier,omitempty"`               // starts on board this ship
	Arrives    bool           `toml:"arrives" json:"arrives,omitempty"`               // a reinforcement: off the map until an event brings it
}

// EventDef is one [[events]] entry.
type EventDef struct {
	ID      string      `toml:"id" json:"id" jsonschema:"required"`           // unique among events
	When    TriggerDef  `toml:"when" json:"when"`                             // the trigger: all conditions given must hold; empty means at the first check
	Effects []EffectDef `toml:"effects" json:"effects" jsonschema:"required"` // what happens, in order (1 to 64)
	Repeat  bool        `toml:"repeat" json:"repeat,omitempty"`               // fire every time the trigger holds, not just once
}

// TriggerDef is an event's [events.when] table; all conditions given must hold.
type TriggerDef struct {
	Turn          int     `toml:"turn" json:"turn,omitempty"`                       // on or after this turn
	Date          string  `toml:"date" json:"date,omitempty"`                       // on or after this date, "YYYY-MM-DD"
	Side          string  `toml:"side" json:"side,omitempty"`                       // only at the start of this side's turn
	PlaceTaken    string  `toml:"place_taken" json:"place_taken,omitempty"`         // the place is held by taken_by or, without it, no longer by its first owner
	TakenBy       string  `toml:"taken_by" json:"taken_by,omitempty"`               // a side id; needs place_taken
	UnitDestroyed string  `toml:"unit_destroyed" json:"unit_destroyed,omitempty"`   // the unit has been destroyed or captured
	UnitEscaped   string  `toml:"unit_escaped" json:"unit_escaped,omitempty"`       // the unit has escaped (see the escape condition)
	LossesSide    string  `toml:"losses_side" json:"losses_side,omitempty"`         // this side has lost at least losses_at_least
	LossesAtLeast int     `toml:"losses_at_least" json:"losses_at_least,omitempty"` // soldiers plus ships; needs losses_side
	Chance        float64 `toml:"chance" json:"chance,omitempty"`                   // the probability (above 0, at most 1) the event fires at each check where the rest holds
	// ActionTaken and ActionNotTaken hold when the [[actions]] entry with
	// this id has (or has not yet) been carried out.
	ActionTaken    string `toml:"action_taken" json:"action_taken,omitempty"`
	ActionNotTaken string `toml:"action_not_taken" json:"action_not_taken,omitempty"`
}

// EffectDef is one [[events.effects]] entry.
type EffectDef struct {
	Kind    string   `toml:"kind" json:"kind" jsonschema:"required,enum=message,enum=reinforce,enum=control,enum=withdraw,enum=defect,enum=end,enum=points,enum=terrain,enum=food"` // what the effect does
	Text    string   `toml:"text" json:"text,omitempty"`                                                                                                                            // a message added to the log
	Units   []string `toml:"units" json:"units,omitempty"`                                                                                                                          // unit ids (reinforce, withdraw, defect)
	Place   string   `toml:"place" json:"place,omitempty"`                                                                                                                          // a place id (control, food)
	Side    string   `toml:"side" json:"side,omitempty"`                                                                                                                            // a side id (control, defect, end, points); "" for nobody or a draw
	Points  int      `toml:"points" json:"points,omitempty"`                                                                                                                        // added to the side's score, may be negative (points)
	Hexes   [][]int  `toml:"hexes" json:"hexes,omitempty"`                                                                                                                          // [[col, row], ...] (terrain)
	Terrain string   `toml:"terrain" json:"terrain,omitempty"`                                                                                                                      // the new terrain id (terrain)
	Loss    float64  `toml:"loss" json:"loss,omitempty"`                                                                                                                            // terrain: percent of strength lost by units on the changed hexes
	Food    int      `toml:"food" json:"food,omitempty"`                                                                                                                            // days of food added to the place, whoever holds it (food)
}

// ActionDef is one [[actions]] entry: a special order open to one side, that
// a unit led by Leader may carry out once at or next to Place (such as
// cutting the Yellow River dikes). Cost points come off the side's score;
// the effects are those of events.
type ActionDef struct {
	ID      string      `toml:"id" json:"id" jsonschema:"required"`           // unique among actions; triggers name it
	Name    string      `toml:"name" json:"name" jsonschema:"required"`       // shown on the order button
	Side    string      `toml:"side" json:"side" jsonschema:"required"`       // who may carry it out
	Leader  string      `toml:"leader" json:"leader" jsonschema:"required"`   // a leader of that side, whose unit carries it out
	Place   string      `toml:"place" json:"place" jsonschema:"required"`     // where: on or next to this place
	Text    string      `toml:"text" json:"text,omitempty"`                   // what it costs and does, shown before confirming
	Cost    int         `toml:"cost" json:"cost,omitempty"`                   // points taken from the side's score
	Effects []EffectDef `toml:"effects" json:"effects" jsonschema:"required"` // as for events (1 to 64)
}

// VictoryDef is the [victory] table.
type VictoryDef struct {
	Default    string         `toml:"default" json:"default,omitempty"` // winner when time runs out; "" = draw
	Conditions []ConditionDef `toml:"conditions" json:"conditions,omitempty"`
}

// ConditionDef is one [[victory.conditions]] entry.
type ConditionDef struct {
	Side      string   `toml:"side" json:"side" jsonschema:"required"`                                                                      // who wins when it holds
	Kind      string   `toml:"kind" json:"kind" jsonschema:"required,enum=take,enum=hold,enum=destroy,enum=escape,enum=occupy,enum=points"` // what must hold
	Places    []string `toml:"places" json:"places,omitempty"`                                                                              // place ids (take, hold)
	Units     []string `toml:"units" json:"units,omitempty"`                                                                                // unit ids (destroy, escape)
	Zone      [][]int  `toml:"zone" json:"zone,omitempty"`                                                                                  // hexes [[col,row],...]
	ZoneRects [][]int  `toml:"zone_rects" json:"zone_rects,omitempty"`                                                                      // rectangles [[col0,row0,col1,row1],...], inclusive
	Count     int      `toml:"count" json:"count,omitempty"`                                                                                // occupy: land units needed in the zone (0 means 1)
	ByTurn    int      `toml:"by_turn" json:"by_turn,omitempty"`                                                                            // take, hold: only until this turn
	ByDate    string   `toml:"by_date" json:"by_date,omitempty"`                                                                            // instead of by_turn: the first turn starting on or after this date
	Points    int      `toml:"points" json:"points,omitempty"`                                                                              // points: the score needed
	Text      string   `toml:"text" json:"text,omitempty"`                                                                                  // the message when it is met
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
	// Seed is the dice the recorded course of events is played with in
	// history mode (default 1).
	Seed int64 `toml:"seed" json:"seed,omitempty"`
	// Orders are the recorded moves, played out turn by turn in history
	// mode; units with no order for a turn stay where they are.
	Orders []HistoryOrder `toml:"orders" json:"orders,omitempty"`
	// Narration are cards shown at the start of a turn in history mode.
	Narration []NarrationCard `toml:"narration" json:"narration,omitempty"`
}

// HistoryOrder is one [[history.orders]] entry: an order given as it was
// given in history. A move whose goal is too far for one turn goes on
// turn after turn until the unit arrives or is given another order; an
// attack, assault, bombard or blockade out of reach first moves the unit
// towards its target.
type HistoryOrder struct {
	Turn   int    `toml:"turn" json:"turn" jsonschema:"required"` // the turn it is given in (the unit's side's part of it)
	Unit   string `toml:"unit" json:"unit" jsonschema:"required"` // the unit that carries it out (for an action: a unit led by the action's leader)
	Order  string `toml:"order" json:"order,omitempty"`           // move (default), attack, assault, bombard, blockade, sally, embark, disembark, fortify, rest or action
	Place  string `toml:"place" json:"place,omitempty"`           // where: a place id (the goal of a move, the city assaulted or blockaded)
	At     []int  `toml:"at" json:"at,omitempty"`                 // where, as [col, row], instead of place
	Target string `toml:"target" json:"target,omitempty"`         // an enemy unit (attack, bombard, sally), a ship (embark) or an action id
	Weapon string `toml:"weapon" json:"weapon,omitempty"`         // the weapon a bombard fires
	Say    string `toml:"say" json:"say,omitempty"`               // a narration card shown when the order is carried out
}

// NarrationCard is one [[history.narration]] entry: a card shown at the
// start of a turn in history mode.
type NarrationCard struct {
	Turn int    `toml:"turn" json:"turn" jsonschema:"required"` // the turn it opens
	Text string `toml:"text" json:"text" jsonschema:"required"` // what it says, in our own words
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
	Map   MapFileMeta `toml:"map" json:"map"`               // the map's name, source and rows
	Sites []Site      `toml:"sites" json:"sites,omitempty"` // named points that places refer to by id
	Lines []Line      `toml:"lines" json:"lines,omitempty"` // rivers, canals, coasts and borders to draw
}

// MapFileMeta is the [map] table of a map file.
type MapFileMeta struct {
	Name   string   `toml:"name" json:"name"`                       // the map's name
	Source string   `toml:"source" json:"source,omitempty"`         // where the data comes from
	HexKm  float64  `toml:"hex_km" json:"hex_km,omitempty"`         // kilometres across one hex
	LonMin float64  `toml:"lon_min" json:"lon_min,omitempty"`       // longitude of the west edge
	LatMax float64  `toml:"lat_max" json:"lat_max,omitempty"`       // latitude of the north edge
	Rows   []string `toml:"rows" json:"rows" jsonschema:"required"` // one string per row, one terrain symbol per hex (odd rows shifted east)
}

// Site is a named point on a map file that scenarios refer to by id.
type Site struct {
	ID   string `toml:"id" json:"id" jsonschema:"required"` // unique among sites; a place with this id stands here
	Name string `toml:"name" json:"name" jsonschema:"required"`
	Col  int    `toml:"col" json:"col" jsonschema:"required"` // its column
	Row  int    `toml:"row" json:"row" jsonschema:"required"` // its row
	Kind string `toml:"kind" json:"kind,omitempty"`           // such as city, pass, fort
}

// Line is a river, canal, coast or border drawn over the hexes, in hex-space
// coordinates: x in hex widths from the west edge (odd rows start at 0.5),
// y in rows from the north edge (row centres at y = row).
type Line struct {
	Kind   string      `toml:"kind" json:"kind" jsonschema:"required"` // river, canal, coast, border, or a variant such as river_after_1128 (see LineBase)
	Name   string      `toml:"name" json:"name"`
	Points [][]float64 `toml:"points" json:"points" jsonschema:"required"` // [[x, y], ...] in hex-space, at least 2
}
