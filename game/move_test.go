package game

import (
	"strings"
	"testing"
)

func reachCount(s *State, u *Unit) int { return len(Reachable(s, u)) - 1 }

func TestCavalryFastInTheOpenSlowInMarshAndMountains(t *testing.T) {
	for _, c := range []struct {
		row      string
		class    string
		farthest int // farthest column reachable along row 0
	}{
		{"..............", "heavy_cavalry", 8},
		{"mmmmmmmmmmmmmm", "heavy_cavalry", 2},
		{"pppppppppppppp", "heavy_cavalry", 2},
		{"MMMMMMMMMMMMMM", "heavy_cavalry", 2},
		{"..............", "infantry", 4},
		{"mmmmmmmmmmmmmm", "infantry", 2},
	} {
		w := newWorld(t, c.row, c.row)
		u := w.unit("u", "jin", c.class, 1000, 0, 0)
		w.unit("foe", "song", "infantry", 1000, 13, 1)
		s := w.start()
		far := 0
		for h := range Reachable(s, u) {
			far = max(far, h.Col)
		}
		if far != c.farthest {
			t.Errorf("%s on %q reaches column %d, want %d", c.class, c.row[:1], far, c.farthest)
		}
	}
}

// A unit with all its movement points may always enter one next hex it can
// stand on, whatever it costs, and spends them all: the siege train (four
// points) crawls a hex a turn through marsh (six), paddy (five) and passes
// (six). It cannot climb mountains at all, nor start into marsh with half
// its points spent.
func TestSiegeTrainTakesAWholeTurnOverAHexItCannotAfford(t *testing.T) {
	for _, c := range []struct {
		row      string
		farthest int // farthest column reachable along row 0
	}{
		{"..........", 2},
		{"mmmmmmmmmm", 1},
		{"pppppppppp", 1},
		{"PPPPPPPPPP", 1},
		{"MMMMMMMMMM", 0},
		{"..mmmmmmmm", 1},
	} {
		w := newWorld(t, c.row, c.row)
		u := w.unit("train", "jin", "trebuchets", 30, 0, 0)
		w.unit("foe", "song", "infantry", 1000, 9, 1)
		s := w.start()
		far := 0
		for h := range Reachable(s, u) {
			if h.Row == 0 {
				far = max(far, h.Col)
			}
		}
		if far != c.farthest {
			t.Errorf("trebuchets on %q reach column %d, want %d", c.row, far, c.farthest)
		}
	}

	w := newWorld(t, ".mmmmmmmmm", ".mmmmmmmmm")
	u := w.unit("train", "jin", "trebuchets", 30, 0, 0)
	w.unit("foe", "song", "infantry", 1000, 9, 1)
	s := w.start()
	if _, err := s.Apply(Order{Kind: Move, Unit: "train", To: Hex{Col: 1, Row: 0}}); err != nil {
		t.Fatalf("the train could not enter the marsh next to it with all its points: %v", err)
	}
	if u = s.Unit("train"); u.MovesLeft != 0 {
		t.Errorf("after a hex of marsh the train has %d movement points left, want 0", u.MovesLeft)
	}
	if err := Legal(s, Order{Kind: Move, Unit: "train", To: Hex{Col: 2, Row: 0}}); err == nil {
		t.Error("the train moved a second hex of marsh in the same turn")
	}
}

func TestLandUnitsCrossRiversOnlyAtFords(t *testing.T) {
	w := newWorld(t,
		"..........",
		"~~~~~+~~~~",
		"..........",
	)
	u := w.unit("inf", "jin", "infantry", 1000, 0, 0)
	w.unit("foe", "song", "infantry", 1000, 9, 0)
	s := w.start()
	u.MovesLeft = 20
	path, cost, ok := Path(s, u, Hex{0, 2})
	if !ok {
		t.Fatal("no path across the river although a ford exists")
	}
	crossed := false
	for _, h := range path {
		ter := s.TerrainAt(h)
		if ter.Water == "river" && !ter.Crossing {
			t.Fatalf("path %v enters an unfordable river hex %v", path, h)
		}
		if ter.Crossing {
			crossed = true
		}
	}
	if !crossed {
		t.Fatalf("path %v never uses the ford", path)
	}
	if cost != 13 { // 5 plain east, the ford (2), 6 plain back west
		t.Errorf("path %v costs %d, want 13", path, cost)
	}
	// Replace the ford by river: no way across.
	s.SetTerrain(Hex{5, 1}, s.Rules().Terrain["river"])
	if _, _, ok := Path(s, u, Hex{0, 2}); ok {
		t.Fatal("a land unit crossed a river with no ford")
	}
	msg := refuse(t, s, Order{Kind: Move, Unit: "inf", To: Hex{0, 1}})
	if !strings.Contains(msg, "cannot enter") {
		t.Errorf("refusal %q does not say the terrain cannot be entered", msg)
	}
}

func TestPathIsTheCheapest(t *testing.T) {
	w := newWorld(t,
		".......",
		".hhhhh.",
		".......",
	)
	u := w.unit("inf", "jin", "infantry", 1000, 0, 1)
	w.unit("foe", "song", "infantry", 1000, 6, 2)
	s := w.start()
	u.MovesLeft = 20
	path, cost, ok := Path(s, u, Hex{6, 1})
	if !ok {
		t.Fatal("no path")
	}
	// Through the hills: 5 hills (2 each) + 1 plain = 11. Around: row 0 or 2
	// then back: 7 steps of plain at most.
	if cost > 7 {
		t.Fatalf("path %v costs %d; the way around the hills costs at most 7", path, cost)
	}
	for _, h := range path {
		if s.TerrainAt(h).ID == "hills" {
			t.Fatalf("cheapest path %v goes through hills", path)
		}
	}
	if path[0] != u.At || path[len(path)-1] != (Hex{6, 1}) {
		t.Fatalf("path %v does not run from the unit to the target", path)
	}
}

func TestZoneOfControlStopsMovement(t *testing.T) {
	w := newWorld(t,
		"..........",
		"..........",
		"..........",
	)
	u := w.unit("cav", "jin", "heavy_cavalry", 1000, 0, 1)
	w.unit("foe", "song", "infantry", 1000, 4, 0)
	s := w.start()
	// (3,1) is next to the enemy at (4,0): entering it ends movement.
	if !s.inZOC("jin", false, Hex{3, 1}) || s.inZOC("jin", false, Hex{1, 1}) {
		t.Fatal("zone of control wrong: want 3,1 in it and 1,1 out of it")
	}
	reach := Reachable(s, u)
	if _, ok := reach[Hex{3, 1}]; !ok {
		t.Fatal("cannot enter a hex in the enemy's zone of control at all")
	}
	// Hexes beyond the zone along row 1 must be reached around it, never through it.
	for h, st := range reach {
		if st.Prev != u.At && s.inZOC("jin", false, st.Prev) {
			t.Fatalf("movement continued from %v (in an enemy zone of control) to %v", st.Prev, h)
		}
	}
	must(t, s, Order{Kind: Move, Unit: "cav", To: Hex{3, 1}})
	if u.MovesLeft != 0 {
		t.Fatalf("unit entering an enemy zone of control keeps %d movement points", u.MovesLeft)
	}
}

func TestIllegalMovesAreRefusedWithAReason(t *testing.T) {
	w := newWorld(t, "......", "......")
	w.unit("a", "jin", "infantry", 1000, 0, 0)
	w.unit("b", "jin", "infantry", 1000, 1, 0)
	w.unit("c", "jin", "infantry", 1000, 2, 0)
	w.unit("d", "jin", "infantry", 1000, 3, 0)
	w.unit("e", "song", "infantry", 1000, 5, 1)
	s := w.start()
	must(t, s, Order{Kind: Move, Unit: "b", To: Hex{0, 0}})
	must(t, s, Order{Kind: Move, Unit: "c", To: Hex{0, 0}})
	for _, c := range []struct {
		o    Order
		want string
	}{
		{Order{Kind: Move, Unit: "d", To: Hex{0, 0}}, "already holds 3 units"},
		{Order{Kind: Move, Unit: "d", To: Hex{5, 1}}, "enemy troops"},
		{Order{Kind: Move, Unit: "d", To: Hex{9, 9}}, "off the map"},
		{Order{Kind: Move, Unit: "e", To: Hex{4, 1}}, "it is Jin's turn"},
		{Order{Kind: Move, Unit: "zz", To: Hex{4, 1}}, "no unit"},
		{Order{Kind: Move, Unit: "a", To: Hex{0, 0}}, "already at"},
	} {
		msg := refuse(t, s, c.o)
		if !strings.Contains(msg, c.want) {
			t.Errorf("%s refused with %q, want it to mention %q", c.o, msg, c.want)
		}
	}
}

func TestDestinationsAreAllLegal(t *testing.T) {
	w := newWorld(t,
		"..hh~+..",
		".mm.~~..",
		"..f.+...",
	)
	u := w.unit("cav", "jin", "heavy_cavalry", 1000, 0, 1)
	w.unit("foe", "song", "infantry", 1000, 7, 2)
	s := w.start()
	ds := Destinations(s, u)
	if len(ds) == 0 {
		t.Fatal("no destinations")
	}
	for _, h := range ds {
		if err := Legal(s, Order{Kind: Move, Unit: "cav", To: h}); err != nil {
			t.Errorf("Destinations lists %v but moving there is illegal: %v", h, err)
		}
	}
}

// Siege engines (no_zoc in the ruleset) hold no zone of control: troops
// march past them as past an empty hex, where foot next to the same hex
// would stop them.
func TestSiegeEnginesHoldNoZoneOfControl(t *testing.T) {
	for _, c := range []struct {
		class string
		stops bool
	}{{"trebuchets", false}, {"infantry", true}} {
		w := newWorld(t, "..........", "..........", "..........")
		u := w.unit("cav", "jin", "heavy_cavalry", 1000, 0, 1)
		w.unit("foe", "song", c.class, 1000, 4, 0)
		s := w.start()
		if got := s.inZOC("jin", false, Hex{3, 1}); got != c.stops {
			t.Errorf("%s at 4,0: 3,1 in a zone of control is %v, want %v", c.class, got, c.stops)
		}
		st, ok := Reachable(s, u)[Hex{4, 1}]
		if through := ok && st.Prev == (Hex{3, 1}); through == c.stops {
			t.Errorf("%s at 4,0: the horse rides on through 3,1 is %v, want %v", c.class, through, !c.stops)
		}
	}
}
