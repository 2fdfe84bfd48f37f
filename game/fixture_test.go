package game

import (
	"sync"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

var (
	rulesOnce sync.Once
	rulesErr  error
	rulesFile Ruleset
)

// standardRules decodes the shipped ruleset afresh for each test, so a test
// may change numbers without touching others.
func standardRules(t testing.TB) *Ruleset {
	t.Helper()
	var r Ruleset
	if _, err := toml.DecodeFile("../scenarios/rulesets/standard.toml", &r); err != nil {
		t.Fatalf("decoding the standard ruleset: %v", err)
	}
	r.Prepare()
	return &r
}

// world builds small test states.
type world struct {
	t testing.TB
	s *State
}

// newWorld makes a two-side (jin, song) state over rows of terrain symbols.
func newWorld(t testing.TB, rows ...string) *world {
	t.Helper()
	r := standardRules(t)
	scn := &Scenario{
		ID: "test", Title: "Test", Rules: r,
		Sides:       []Side{{ID: "jin", Name: "Jin"}, {ID: "song", Name: "Song"}},
		Start:       time.Date(1126, 1, 1, 0, 0, 0, 0, time.UTC),
		DaysPerTurn: 3, MaxTurns: 10,
		Leaders:       map[string]*Leader{},
		InitialOwners: map[string]string{},
	}
	s := &State{Scn: scn, Map: Map{Cols: len(rows[0]), Rows: len(rows)},
		Ledger: map[string]*Ledger{"jin": {}, "song": {}}, Points: map[string]int{}, RNG: NewRNG(1)}
	for _, row := range rows {
		if len(row) != s.Map.Cols {
			t.Fatalf("row %q has %d hexes, want %d", row, len(row), s.Map.Cols)
		}
		for i := 0; i < len(row); i++ {
			ter, ok := r.TerrainBySymbol(row[i])
			if !ok {
				t.Fatalf("unknown terrain symbol %q", row[i])
			}
			s.Map.Cells = append(s.Map.Cells, ter.index)
		}
	}
	return &world{t: t, s: s}
}

// unit adds an active unit with morale 70.
func (w *world) unit(id, side, class string, strength int, col, row int) *Unit {
	w.t.Helper()
	if w.s.Scn.Rules.Classes[class] == nil {
		w.t.Fatalf("no class %q", class)
	}
	u := &Unit{ID: id, Name: id, Side: side, Class: class, Strength: strength, Morale: 70,
		At: Hex{col, row}, Status: Active, Ammo: map[string]int{}}
	w.s.Units = append(w.s.Units, u)
	w.s.Ledger[side].Start += strength
	w.s.Index()
	return u
}

// place adds a place.
func (w *world) place(id, owner string, walls float64, food int, col, row int) *Place {
	p := &Place{ID: id, Name: id, Owner: owner, Walls: walls, Food: food, At: Hex{col, row}, Arsenal: map[string]int{}, Supply: true}
	w.s.Places = append(w.s.Places, p)
	w.s.Scn.InitialOwners[id] = owner
	w.s.Index()
	return p
}

// start begins turn 1 with the first side to move and returns the state.
func (w *world) start() *State {
	w.s.Fired = make([]bool, len(w.s.Scn.Events))
	w.s.Index()
	w.s.Start()
	return w.s
}

// must applies an order that must be legal.
func must(t testing.TB, s *State, o Order) []Event {
	t.Helper()
	evs, err := s.Apply(o)
	if err != nil {
		t.Fatalf("%s: %v", o, err)
	}
	if errs := CheckInvariants(s); len(errs) > 0 {
		t.Fatalf("after %s: %v", o, errs)
	}
	return evs
}

// refuse checks that an order is illegal and that the state did not change.
func refuse(t testing.TB, s *State, o Order) string {
	t.Helper()
	before := Hash(s)
	_, err := s.Apply(o)
	if err == nil {
		t.Fatalf("%s was accepted; want it refused", o)
	}
	if Hash(s) != before {
		t.Fatalf("refused order %s changed the state", o)
	}
	return err.Error()
}

// endTurns ends n side-turns.
func endTurns(t testing.TB, s *State, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		must(t, s, Order{Kind: EndTurn})
	}
}

// wander plays up to n random orders on s (a random move of a unit of the
// side to move, or the end of its turn), calling check before each one
// with the number of orders played so far.
func wander(t *testing.T, s *State, seed int64, n int, check func(played int)) {
	t.Helper()
	rng := NewRNG(seed)
	for played := 0; played < n && !s.Over; played++ {
		check(played)
		o := Order{Kind: EndTurn}
		for _, u := range s.Units {
			if u.Alive() && u.Side == s.ActiveSide() && u.MovesLeft > 0 && rng.Intn(3) > 0 {
				if d := Destinations(s, u); len(d) > 0 {
					o = Order{Kind: Move, Unit: u.ID, To: d[rng.Intn(len(d))]}
					break
				}
			}
		}
		must(t, s, o)
	}
}
