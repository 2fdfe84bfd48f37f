package game

import (
	"slices"
	"sort"
	"sync/atomic"
	"time"
)

// Side is one of the powers in a scenario.
type Side struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Colour   string `json:"colour"`   // "#rrggbb" counter colour
	Alliance string `json:"alliance"` // sides sharing a non-empty alliance are friends
}

// Map is the hex grid: one terrain per hex, stored row by row. Events may
// change terrain during play; copies of a State share Cells until one of
// them changes it, so terrain is changed only through State.SetTerrain.
type Map struct {
	Cols  int     `json:"cols"`
	Rows  int     `json:"rows"`
	Cells []uint8 `json:"cells"` // terrain index, Rows*Cols, row-major
}

// In reports whether h lies on the map.
func (m *Map) In(h Hex) bool { return h.Col >= 0 && h.Row >= 0 && h.Col < m.Cols && h.Row < m.Rows }

func (m *Map) index(h Hex) int { return h.Row*m.Cols + h.Col }

// Leader is a commander attached to a unit.
type Leader struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Side      string   `json:"side"`
	Command   int      `json:"command"`   // 0..3, adds to the power of the unit led
	Abilities []string `json:"abilities"` // names matched by ruleset modifiers
	Bio       string   `json:"bio"`
}

// UnitStatus tells whether a unit is still on the map.
type UnitStatus string

// Unit statuses.
const (
	Active    UnitStatus = "active"
	Destroyed UnitStatus = "destroyed"
	Captured  UnitStatus = "captured"
	Escaped   UnitStatus = "escaped"
	Withdrawn UnitStatus = "withdrawn" // recalled or removed by an event
	Waiting   UnitStatus = "waiting"   // a reinforcement not yet arrived
)

// Unit is one counter on the map.
type Unit struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Side       string         `json:"side"`
	Class      string         `json:"class"`
	Strength   int            `json:"strength"` // soldiers, or ships for a naval class
	Morale     float64        `json:"morale"`   // 0..100
	Experience int            `json:"experience"`
	Leader     string         `json:"leader,omitempty"`
	Ammo       map[string]int `json:"ammo,omitempty"` // items per weapon id
	At         Hex            `json:"at"`
	Carrier    string         `json:"carrier,omitempty"` // ship carrying this unit
	Status     UnitStatus     `json:"status"`

	MovesLeft   int  `json:"moves_left"`
	Acted       bool `json:"acted"` // attacked, bombarded, assaulted or sallied this turn
	Moved       bool `json:"moved"` // moved this turn
	Fortified   bool `json:"fortified"`
	Blockading  bool `json:"blockading"`
	OutOfSupply int  `json:"out_of_supply"` // consecutive turns without supply
	Dazed       int  `json:"dazed"`         // turns left fighting blinded
}

// Alive reports whether the unit is on the map.
func (u *Unit) Alive() bool { return u.Status == Active }

// Place is a named city, fortress, pass or landmark.
type Place struct {
	ID          string         `json:"id"`
	Name        string         `json:"name"`
	At          Hex            `json:"at"`
	Owner       string         `json:"owner"`
	Walls       float64        `json:"walls"`   // wall level; bombs knock it down
	Food        int            `json:"food"`    // days of food for the garrison
	Arsenal     map[string]int `json:"arsenal"` // weapon stocks
	Port        bool           `json:"port"`    // ships may enter
	Supply      bool           `json:"supply"`  // a source of supply for its owner
	Points      int            `json:"points"`  // victory points to its holder
	BlockadedBy string         `json:"blockaded_by,omitempty"`
}

// Scenario is the part of a game that never changes during play: the
// ruleset, sides, calendar, events and victory conditions.
type Scenario struct {
	ID          string             `json:"id"`
	Title       string             `json:"title"`
	Sides       []Side             `json:"sides"`
	Start       time.Time          `json:"start"`
	DaysPerTurn int                `json:"days_per_turn"`
	MaxTurns    int                `json:"max_turns"`
	Rules       *Ruleset           `json:"-"`
	Leaders     map[string]*Leader `json:"leaders"`
	Events      []EventDef         `json:"events"`
	Victory     Victory            `json:"victory"`
	Actions     []ActionDef        `json:"actions"`
	// InitialOwners maps each place id to the side holding it at the start.
	InitialOwners map[string]string `json:"initial_owners"`
}

// Losses counts strength lost by one side, by domain.
type Losses struct {
	Soldiers int `json:"soldiers"`
	Ships    int `json:"ships"`
}

// Ledger tracks where a side's strength went, so that it always balances:
// Start + Reinforced + Joined = on the map and off it alive + Lost + Defected.
type Ledger struct {
	Start      int    `json:"start"`
	Reinforced int    `json:"reinforced"`
	Joined     int    `json:"joined"`
	Defected   int    `json:"defected"`
	Lost       Losses `json:"lost"`
}

// State is a whole game at one moment. Apply changes it; Clone copies it.
type State struct {
	Scn    *Scenario          `json:"-"`
	Map    Map                `json:"map"`
	Units  []*Unit            `json:"units"`
	Places []*Place           `json:"places"`
	Turn   int                `json:"turn"`   // 1-based
	Active int                `json:"active"` // index into Scn.Sides
	RNG    RNG                `json:"rng"`
	Ledger map[string]*Ledger `json:"ledger"`
	Points map[string]int     `json:"points"`
	Fired  []bool             `json:"fired"` // per Scn.Events
	Taken  map[string]bool    `json:"taken"` // scenario actions carried out
	// Pending lists reinforcements an event called that found no room yet.
	Pending []string `json:"pending,omitempty"`
	Over    bool     `json:"over"`
	Winner  string   `json:"winner"` // "" is a draw while Over
	Reason  string   `json:"reason"`
	TimeUp  bool     `json:"time_up"` // the game ended because the last turn was played
	Log     []Event  `json:"log"`

	unitIdx  map[string]int
	placeIdx map[string]int

	// reachMemo keeps Reachable's answers while what they depend on stands
	// (reachKey).
	reachMemo map[string]reachEntry
	// supplyMemo keeps SupplyMap's answers likewise (supplyKey).
	supplyMemo map[string]supplyEntry
	// terrainID names the terrain (TerrainID).
	terrainID uint64

	// cells is shared by the copies that share Map.Cells: Clone shares
	// the terrain instead of copying it (on the map of China, 21,877
	// cells, it was half the cost of a copy), and SetTerrain copies the
	// cells before changing them once a copy shares them. A state no copy
	// has come from yet (nil) has cells of its own.
	cells *cellShare
}

// cellShare counts the copies made of the states sharing one Map.Cells;
// atomic, since the computer player's rollouts copy one state at once.
type cellShare struct{ copies atomic.Int32 }

// terrainIDs hands out the names of terrains (TerrainID).
var terrainIDs atomic.Uint64

// TerrainID names the state's terrain: a state takes a new name when it is
// indexed (Index) and at each SetTerrain, and a copy keeps its original's,
// so two states with the same TerrainID have the same cells. It is 0 for a
// state never indexed. The computer players key what they work out from
// the terrain alone by it.
func (s *State) TerrainID() uint64 { return s.terrainID }

// Index rebuilds lookup tables; call after building or decoding a State.
func (s *State) Index() {
	s.terrainID = terrainIDs.Add(1)
	s.unitIdx = make(map[string]int, len(s.Units))
	for i, u := range s.Units {
		s.unitIdx[u.ID] = i
	}
	s.placeIdx = make(map[string]int, len(s.Places))
	for i, p := range s.Places {
		s.placeIdx[p.ID] = i
	}
}

// Unit returns the unit with the given id, or nil.
func (s *State) Unit(id string) *Unit {
	if i, ok := s.unitIdx[id]; ok {
		return s.Units[i]
	}
	return nil
}

// Place returns the place with the given id, or nil.
func (s *State) Place(id string) *Place {
	if i, ok := s.placeIdx[id]; ok {
		return s.Places[i]
	}
	return nil
}

// PlaceAt returns the place on hex h, or nil.
func (s *State) PlaceAt(h Hex) *Place {
	for _, p := range s.Places {
		if p.At == h {
			return p
		}
	}
	return nil
}

// Rules is the ruleset in force.
func (s *State) Rules() *Ruleset { return s.Scn.Rules }

// ClassOf returns the class of u.
func (s *State) ClassOf(u *Unit) *Class { return s.Scn.Rules.Classes[u.Class] }

// TerrainAt returns the terrain of h (nil off the map).
func (s *State) TerrainAt(h Hex) *Terrain {
	if !s.Map.In(h) {
		return nil
	}
	return s.Scn.Rules.TerrainByIndex(s.Map.Cells[s.Map.index(h)])
}

// SetTerrain changes the terrain of h (used by map-changing events).
func (s *State) SetTerrain(h Hex, t *Terrain) {
	if s.Map.In(h) {
		if s.cells != nil && s.cells.copies.Load() > 0 {
			s.Map.Cells, s.cells = slices.Clone(s.Map.Cells), new(cellShare) // shared: copy first
		}
		s.Map.Cells[s.Map.index(h)] = t.index
		s.terrainID = terrainIDs.Add(1)
	}
}

// ActiveSide is the id of the side whose turn it is.
func (s *State) ActiveSide() string { return s.Scn.Sides[s.Active].ID }

// Enemies reports whether sides a and b fight each other.
func (s *State) Enemies(a, b string) bool {
	if a == b {
		return false
	}
	sa, sb := s.side(a), s.side(b)
	if sa == nil || sb == nil {
		return true
	}
	return sa.Alliance == "" || sa.Alliance != sb.Alliance
}

func (s *State) side(id string) *Side {
	for i := range s.Scn.Sides {
		if s.Scn.Sides[i].ID == id {
			return &s.Scn.Sides[i]
		}
	}
	return nil
}

// Date is the calendar date at the start of the current turn.
func (s *State) Date() time.Time {
	return s.Scn.Start.AddDate(0, 0, (s.Turn-1)*s.Scn.DaysPerTurn)
}

// DateString formats Date as "31 Jan 1126".
func (s *State) DateString() string { return s.Date().Format("2 Jan 2006") }

// UnitsAt returns the active units on h (carried units included), in id order.
func (s *State) UnitsAt(h Hex) []*Unit {
	var out []*Unit
	for _, u := range s.Units {
		if u.Alive() && u.At == h {
			out = append(out, u)
		}
	}
	return out
}

// Cargo returns the units carried by ship.
func (s *State) Cargo(ship *Unit) []*Unit {
	var out []*Unit
	for _, u := range s.Units {
		if u.Alive() && u.Carrier == ship.ID {
			out = append(out, u)
		}
	}
	return out
}

// Leader returns the leader of u, or nil.
func (s *State) LeaderOf(u *Unit) *Leader {
	if u.Leader == "" {
		return nil
	}
	return s.Scn.Leaders[u.Leader]
}

// Clone returns a deep copy that shares only the immutable Scenario and,
// until one of them changes it, the terrain (cells).
func (s *State) Clone() *State {
	c := *s
	if s.cells == nil {
		c.Map.Cells, c.cells = slices.Clone(s.Map.Cells), new(cellShare)
	} else {
		s.cells.copies.Add(1) // from now on neither changes them in place
	}
	// The units and places are copied into one array each: a copy is
	// made thousands of times a turn by the look-ahead.
	c.Units = make([]*Unit, len(s.Units))
	units := make([]Unit, len(s.Units))
	for i, u := range s.Units {
		units[i] = *u
		units[i].Ammo = cloneMap(u.Ammo)
		c.Units[i] = &units[i]
	}
	c.Places = make([]*Place, len(s.Places))
	places := make([]Place, len(s.Places))
	for i, p := range s.Places {
		places[i] = *p
		places[i].Arsenal = cloneMap(p.Arsenal)
		c.Places[i] = &places[i]
	}
	c.Ledger = make(map[string]*Ledger, len(s.Ledger))
	for k, v := range s.Ledger {
		lv := *v
		c.Ledger[k] = &lv
	}
	c.Points = cloneMap(s.Points)
	c.Fired = slices.Clone(s.Fired)
	c.Taken = cloneMap(s.Taken)
	c.Pending = slices.Clone(s.Pending)
	c.Log = s.Log[:len(s.Log):len(s.Log)] // appends reallocate: never shared
	c.unitIdx = s.unitIdx                 // units keep their slots; safe to share
	c.placeIdx = s.placeIdx
	c.reachMemo = nil // a copy's searches are its own
	c.supplyMemo = nil
	return &c
}

// Sandbox is Clone for trying orders out, as the computer players' look
// ahead does: the copy's Log starts empty, so that its first event does not
// copy the whole game's history (a storm played out eight times on copies
// of a long game copied its log eight times). Apply on the copy still
// returns the events each order makes; Hash, which reads the log too, is
// not the game's.
func (s *State) Sandbox() *State {
	c := s.Clone()
	c.Log = nil
	return c
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
