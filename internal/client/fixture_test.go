package client

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"jinsong/game"
	"jinsong/internal/render"
	"jinsong/internal/save"
	"jinsong/scenarios"
)

// testRows is a small field: the river in row 3 with a ford at column 5,
// a walled city at (6,5), hills, marsh and forest.
var testRows = []string{
	"..............",
	"....hh........",
	"..............",
	"~~~~~+~~~~~~~~",
	"..............",
	"......C.......",
	"..mm..........",
	"..............",
	"..ff.....hh...",
	"..............",
}

// testScenario builds a two-side scenario in Go, without the loader.
func testScenario(t testing.TB) *Scenario {
	t.Helper()
	var r game.Ruleset
	if _, err := toml.DecodeFS(scenarios.FS, "rulesets/standard.toml", &r); err != nil {
		t.Fatalf("decoding the standard ruleset: %v", err)
	}
	r.Prepare()
	index := map[*game.Terrain]uint8{}
	for i := 0; i < len(r.Terrain); i++ {
		index[r.TerrainByIndex(uint8(i))] = uint8(i)
	}
	scn := &game.Scenario{
		ID: "test", Title: "Test field", Rules: &r,
		Sides:       []game.Side{{ID: "jin", Name: "Jin", Colour: "#c9a227"}, {ID: "song", Name: "Song", Colour: "#b5322d"}},
		Start:       time.Date(1126, 1, 27, 0, 0, 0, 0, time.UTC),
		DaysPerTurn: 2, MaxTurns: 6,
		Leaders:       map[string]*game.Leader{"zw": {ID: "zw", Name: "Wanyan Zongwang", Side: "jin", Command: 2, Bio: "Commander of the eastern army."}},
		InitialOwners: map[string]string{"city": "song"},
		Victory: game.Victory{Default: "song", Conditions: []game.Condition{
			{Side: "jin", Kind: game.CondDestroy, Units: []string{"si", "sc"}, Text: "The Song army is destroyed."},
		}},
	}
	newGame := func(seed int64) *game.State {
		s := &game.State{Scn: scn, Map: game.Map{Cols: len(testRows[0]), Rows: len(testRows)},
			Ledger: map[string]*game.Ledger{"jin": {}, "song": {}}, Points: map[string]int{}}
		for _, row := range testRows {
			for i := 0; i < len(row); i++ {
				tr, ok := r.TerrainBySymbol(row[i])
				if !ok {
					t.Fatalf("unknown terrain %q", row[i])
				}
				s.Map.Cells = append(s.Map.Cells, index[tr])
			}
		}
		add := func(id, name, side, class string, n, col, row int, leader string) {
			s.Units = append(s.Units, &game.Unit{ID: id, Name: name, Side: side, Class: class, Strength: n, Morale: 70,
				At: game.Hex{Col: col, Row: row}, Status: game.Active, Leader: leader, Ammo: map[string]int{}})
			s.Ledger[side].Start += n
		}
		add("jc", "Jin iron cavalry", "jin", "heavy_cavalry", 5000, 4, 6, "zw")
		add("jh", "Jin horse archers", "jin", "horse_archers", 4000, 3, 7, "")
		add("ji", "Jin infantry", "jin", "infantry", 6000, 6, 2, "")
		add("jt", "Jin river transports", "jin", "transports", 20, 6, 3, "")
		add("si", "Song infantry", "song", "infantry", 3000, 7, 6, "")
		add("sc", "Song crossbowmen", "song", "crossbow", 4000, 6, 5, "")
		s.Places = []*game.Place{{ID: "city", Name: "Test City", At: game.Hex{Col: 6, Row: 5}, Owner: "song", Walls: 2, Food: 40, Supply: true, Points: 3, Arsenal: map[string]int{}},
			{ID: "camp", Name: "Jin camp", At: game.Hex{Col: 2, Row: 8}, Owner: "jin", Supply: true}}
		s.Fired = make([]bool, len(scn.Events))
		s.RNG = game.NewRNG(seed)
		s.Index()
		s.Start()
		return s
	}
	base := &Scenario{
		ID: "test", Title: "Test field", Subtitle: "A small field for the tests", Briefing: "Two armies meet by a river.",
		Start: "1126-01-27", End: "1126-02-07",
		Sides:   []SideInfo{{ID: "jin", Name: "Jin", Colour: "#c9a227", Briefing: "Break the Song army."}, {ID: "song", Name: "Song", Colour: "#b5322d", Briefing: "Hold the city."}},
		History: History{Winner: "song", Outcome: "The Song held.", Note: "A made-up battle."},
		View:    [4]int{0, 0, 13, 9},
		Lines:   []render.Line{{Kind: "river", Name: "Test river", Points: [][2]float64{{-0.5, 3}, {5, 3.1}, {13.5, 2.9}}}},
		Kinds:   map[string]string{"city": "city"},
		NewGame: newGame,
		Ref:     save.ScenarioRef{ID: "test", SHA256: strings.Repeat("0", 64)},
		WhatIfs: []WhatIf{{ID: "reinforced", Name: "The Song infantry is reinforced", Description: "Twice as many Song foot soldiers stand by the city."}},
	}
	base.WithWhatIf = func(id string) (*Scenario, error) {
		if id != "reinforced" {
			return nil, fmt.Errorf("no what-if %q", id)
		}
		w := *base
		w.WhatIf, w.WithWhatIf = id, nil
		w.NewGame = func(seed int64) *game.State {
			s := newGame(seed)
			s.Unit("si").Strength *= 2
			return s
		}
		return &w, nil
	}
	return base
}

// testCatalog offers the test scenario.
func testCatalog(t testing.TB) Catalog {
	scn := testScenario(t)
	return Catalog{
		List: func() []Entry {
			return []Entry{{ID: "test", Title: scn.Title, Subtitle: scn.Subtitle, Start: scn.Start, End: scn.End, Sides: []string{"Jin", "Song"}}}
		},
		Load: func(id string) (*Scenario, error) { return scn, nil },
		Open: func(ref save.ScenarioRef, whatIf string) (*Scenario, error) {
			if ref.ID != "test" {
				return nil, fmt.Errorf("no scenario %q", ref.ID)
			}
			if whatIf != "" {
				return scn.WithWhatIf(whatIf)
			}
			return scn, nil
		},
	}
}
