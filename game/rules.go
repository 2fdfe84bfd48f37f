package game

// Ruleset holds every number the rules use: terrain, movement costs, unit
// classes, weapons, combat modifiers and the constants of combat, supply and
// sieges. It is loaded from TOML (see docs/scenario-format.md) and never
// changed during play; states share one *Ruleset.
type Ruleset struct {
	Name      string               `toml:"name" json:"name"`
	Terrain   map[string]*Terrain  `toml:"terrain" json:"terrain"`
	MoveTypes map[string]*MoveType `toml:"movetypes" json:"movetypes"`
	Classes   map[string]*Class    `toml:"classes" json:"classes"`
	Weapons   map[string]*Weapon   `toml:"weapons" json:"weapons"`
	Modifiers []Modifier           `toml:"modifiers" json:"modifiers"`
	Combat    CombatRules          `toml:"combat" json:"combat"`
	Supply    SupplyRules          `toml:"supply" json:"supply"`
	Siege     SiegeRules           `toml:"siege" json:"siege"`

	// filled by Prepare
	bySymbol    map[byte]*Terrain
	terrainList []*Terrain
}

// Terrain is one kind of hex.
type Terrain struct {
	ID      string  `toml:"-" json:"-"`
	Name    string  `toml:"name" json:"name"`
	Symbol  string  `toml:"symbol" json:"symbol"`   // one ASCII character used in map rows
	Colour  string  `toml:"colour" json:"colour"`   // "#rrggbb" for the client
	Defence float64 `toml:"defence" json:"defence"` // multiplies the power of units defending here
	// Water is "", "river", "canal", "lake" or "sea". Navigable water carries
	// ships and extends supply lines.
	Water string `toml:"water" json:"water"`
	// Crossing marks a river hex that land units may enter (a ford or bridge).
	Crossing bool     `toml:"crossing" json:"crossing"`
	Tags     []string `toml:"tags" json:"tags"` // e.g. "open", "wet", "rough"

	index uint8
}

// Navigable reports whether ships can use the hex.
func (t *Terrain) Navigable() bool { return t.Water != "" }

// HasTag reports whether the terrain carries tag.
func (t *Terrain) HasTag(tag string) bool { return contains(t.Tags, tag) }

// MoveType gives the movement-point cost of entering each terrain. A terrain
// missing from Costs cannot be entered.
type MoveType struct {
	Name  string         `toml:"name" json:"name"`
	Costs map[string]int `toml:"costs" json:"costs"`

	byIndex []int // cost by terrain index, 0 = impassable; filled by Prepare
}

// Class is a kind of unit: Jurchen heavy cavalry, Song crossbowmen, a
// paddle-wheel warship... Power is per point of strength (one soldier or one
// ship), so a class of ships carries large values.
type Class struct {
	ID       string  `toml:"-" json:"-"`
	Name     string  `toml:"name" json:"name"`
	Symbol   string  `toml:"symbol" json:"symbol"`     // counter symbol: infantry, crossbow, heavy_cavalry, horse_archer, militia, siege, fire_lance, ship, transport
	Domain   string  `toml:"domain" json:"domain"`     // "land" or "naval"
	MoveType string  `toml:"movetype" json:"movetype"` // key into Ruleset.MoveTypes
	Moves    int     `toml:"moves" json:"moves"`       // movement points per turn
	Attack   float64 `toml:"attack" json:"attack"`     // power per strength point when attacking
	Defence  float64 `toml:"defence" json:"defence"`   // power per strength point when defending
	// Toughness is how many soldiers' worth of damage removes one point of
	// strength: 1 for troops, tens for a ship.
	Toughness float64        `toml:"toughness" json:"toughness"`
	Weapons   []string       `toml:"weapons" json:"weapons"`   // weapons it can use in a bombardment
	AmmoMax   map[string]int `toml:"ammo_max" json:"ammo_max"` // most of each weapon it can carry
	Capacity  int            `toml:"capacity" json:"capacity"` // land units a ship can carry
	Tags      []string       `toml:"tags" json:"tags"`         // cavalry, heavy, engine, wooden, sail, missile...
	NoZOC     bool           `toml:"no_zoc" json:"no_zoc"`     // exerts no zone of control

	mt *MoveType // filled by Prepare
}

// HasTag reports whether the class carries tag.
func (c *Class) HasTag(tag string) bool { return contains(c.Tags, tag) }

// Naval reports whether the class is a ship.
func (c *Class) Naval() bool { return c.Domain == "naval" }

// Weapon is a gunpowder or missile weapon fired in a bombardment, drawn from
// a finite stock carried by the unit and refilled only from city arsenals.
type Weapon struct {
	ID      string `toml:"-" json:"-"`
	Name    string `toml:"name" json:"name"`
	Range   int    `toml:"range" json:"range"`       // hexes
	PerShot int    `toml:"per_shot" json:"per_shot"` // items used by one bombardment
	// Power is the soldiers' worth of damage per item used, before the
	// target's tags (Vs) and the luck roll.
	Power  float64            `toml:"power" json:"power"`
	Vs     map[string]float64 `toml:"vs" json:"vs"`         // multiplier by target class tag
	Morale float64            `toml:"morale" json:"morale"` // morale lost by the target
	Walls  float64            `toml:"walls" json:"walls"`   // wall levels knocked down
	Daze   int                `toml:"daze" json:"daze"`     // turns the target fights blinded
}

// Modifier is one row of the combat matchup table. It applies when every
// condition it names holds; it then multiplies the attacker's power by
// Attack and the defender's by Defence (0 means 1). The preview lists each
// modifier that applied by Name.
type Modifier struct {
	Name            string   `toml:"name" json:"name"`
	Attacker        []string `toml:"attacker" json:"attacker"`                 // attacker class has one of these tags
	Defender        []string `toml:"defender" json:"defender"`                 // defender class has one of these tags
	Terrain         []string `toml:"terrain" json:"terrain"`                   // defender's hex terrain id is one of these
	AttackerTerrain []string `toml:"attacker_terrain" json:"attacker_terrain"` // attacker's hex terrain id is one of these
	Walls           bool     `toml:"walls" json:"walls"`                       // defender stands behind walls
	Sally           bool     `toml:"sally" json:"sally"`                       // the attack is a sally from a city
	AttackerLeader  string   `toml:"attacker_leader" json:"attacker_leader"`   // attacker's leader has this ability
	DefenderLeader  string   `toml:"defender_leader" json:"defender_leader"`   // defender's leader has this ability
	Attack          float64  `toml:"attack" json:"attack"`
	Defence         float64  `toml:"defence" json:"defence"`
}

// CombatRules are the constants of the combat formula (docs/rules.md).
type CombatRules struct {
	Intensity      float64   `toml:"intensity" json:"intensity"`                 // share of strength a fight can cost at even odds
	AssaultBonus   float64   `toml:"assault_intensity" json:"assault_intensity"` // intensity multiplier for assaults
	RetreatRatio   float64   `toml:"retreat_ratio" json:"retreat_ratio"`         // loser retreats when the winner's power is this many times its own
	RoutMorale     float64   `toml:"rout_morale" json:"rout_morale"`             // a unit whose morale falls below this routs
	MoralePerLoss  float64   `toml:"morale_per_loss" json:"morale_per_loss"`     // morale lost per 1% of strength lost
	WinMorale      float64   `toml:"win_morale" json:"win_morale"`               // morale gained by the winner
	WallFactor     []float64 `toml:"wall_factor" json:"wall_factor"`             // defence multiplier by wall level 0..n
	EnginesAtWalls int       `toml:"engines_at_walls" json:"engines_at_walls"`   // wall level from which an assault needs engines adjacent
	EngineBreach   int       `toml:"engine_breach" json:"engine_breach"`         // wall levels ignored when engines are adjacent
	Fortified      float64   `toml:"fortified" json:"fortified"`                 // defence multiplier when fortified
	LeaderPerPoint float64   `toml:"leader_per_point" json:"leader_per_point"`   // bonus per point of a leader's command
	ExperiencePer  float64   `toml:"experience_per" json:"experience_per"`       // bonus per experience level
	Dazed          float64   `toml:"dazed" json:"dazed"`                         // power multiplier for a dazed unit
	StackLimit     int       `toml:"stack_limit" json:"stack_limit"`             // units one side may have in one hex
}

// SupplyRules are the constants of supply (docs/rules.md).
type SupplyRules struct {
	Range       int     `toml:"range" json:"range"`               // supply points a line may spend
	LandCost    int     `toml:"land_cost" json:"land_cost"`       // points per land hex
	WaterCost   int     `toml:"water_cost" json:"water_cost"`     // points per navigable water hex
	LossPercent float64 `toml:"loss_percent" json:"loss_percent"` // strength lost per turn out of supply
	MoraleLoss  float64 `toml:"morale_loss" json:"morale_loss"`   // morale lost per turn out of supply
	MoraleGain  float64 `toml:"morale_gain" json:"morale_gain"`   // morale regained per turn in supply
	RestMorale  float64 `toml:"rest_morale" json:"rest_morale"`   // extra morale for resting
}

// SiegeRules are the constants of blockade and surrender (docs/rules.md).
type SiegeRules struct {
	StarvePercent    float64 `toml:"starve_percent" json:"starve_percent"`       // garrison strength lost per turn without food
	StarveMorale     float64 `toml:"starve_morale" json:"starve_morale"`         // garrison morale lost per turn without food
	SurrenderMorale  float64 `toml:"surrender_morale" json:"surrender_morale"`   // a starving garrison below this morale surrenders
	AttritionPercent float64 `toml:"attrition_percent" json:"attrition_percent"` // besiegers' strength lost per turn of blockade
}

// Prepare indexes the ruleset after loading and fills defaults. It must be
// called once before the ruleset is used.
func (r *Ruleset) Prepare() {
	r.bySymbol = map[byte]*Terrain{}
	r.terrainList = r.terrainList[:0]
	for _, id := range sortedKeys(r.Terrain) {
		t := r.Terrain[id]
		t.ID = id
		if t.Defence == 0 {
			t.Defence = 1
		}
		t.index = uint8(len(r.terrainList))
		r.terrainList = append(r.terrainList, t)
		if len(t.Symbol) == 1 {
			r.bySymbol[t.Symbol[0]] = t
		}
	}
	for _, mt := range r.MoveTypes {
		mt.byIndex = make([]int, len(r.terrainList))
		for i, t := range r.terrainList {
			if v, ok := mt.Costs[t.ID]; ok && v > 0 {
				mt.byIndex[i] = v
			}
		}
	}
	for id, c := range r.Classes {
		c.ID = id
		c.mt = r.MoveTypes[c.MoveType]
		if c.Toughness == 0 {
			c.Toughness = 1
		}
		if c.Domain == "" {
			c.Domain = "land"
		}
	}
	for id, w := range r.Weapons {
		w.ID = id
		if w.PerShot == 0 {
			w.PerShot = 1
		}
	}
	if r.Combat.StackLimit == 0 {
		r.Combat.StackLimit = 3
	}
}

// TerrainBySymbol returns the terrain drawn with the map character c.
func (r *Ruleset) TerrainBySymbol(c byte) (*Terrain, bool) {
	t, ok := r.bySymbol[c]
	return t, ok
}

// TerrainByIndex returns the terrain stored in a map cell.
func (r *Ruleset) TerrainByIndex(i uint8) *Terrain { return r.terrainList[i] }

// wallFactor returns the defence multiplier for a wall level.
func (c *CombatRules) wallFactor(level int) float64 {
	if level <= 0 || len(c.WallFactor) == 0 {
		return 1
	}
	if level >= len(c.WallFactor) {
		return c.WallFactor[len(c.WallFactor)-1]
	}
	return c.WallFactor[level]
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func anyTag(tags []string, want []string) bool {
	for _, w := range want {
		if contains(tags, w) {
			return true
		}
	}
	return false
}
