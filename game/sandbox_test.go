package game

import (
	"reflect"
	"strings"
	"testing"
)

// A sandbox plays on as a copy does, but its log holds only its own
// events: the orders' events come back from Apply as from the game's own
// state, and the game's log is left as it was.
func TestSandboxLogsOnlyItsOwnEvents(t *testing.T) {
	w := newWorld(t, strings.Repeat(".", 12), strings.Repeat(".", 12))
	w.unit("cav", "jin", "heavy_cavalry", 1000, 0, 0)
	w.unit("foe", "song", "infantry", 1000, 11, 1)
	s := w.start()
	before := len(s.Log)
	if before == 0 {
		t.Fatal("the board is wrong: starting the game logged nothing")
	}
	o := Order{Kind: Move, Unit: "cav", To: Hex{2, 0}}
	box, twin := s.Sandbox(), s.Clone()
	if len(box.Log) != 0 {
		t.Fatalf("a new sandbox holds %d events, want none", len(box.Log))
	}
	got, err := box.Apply(o)
	if err != nil {
		t.Fatal(err)
	}
	want, err := twin.Apply(o)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Errorf("the sandbox's move gave events %v, want the copy's %v", got, want)
	}
	if !reflect.DeepEqual(box.Log, got) {
		t.Errorf("the sandbox's log is %v, want only its own events %v", box.Log, got)
	}
	if box.Log, twin.Log = nil, nil; Hash(box) != Hash(twin) {
		t.Error("the sandbox and the copy differ, their logs aside, after the same order")
	}
	if len(s.Log) != before || s.Unit("cav").At != (Hex{0, 0}) {
		t.Error("playing on the sandbox changed the game")
	}
}

// Copies share the terrain until one of them changes it: then the change
// is that copy's alone, whichever copy makes it, the first state included.
// They share its name too (TerrainID, by which the computer players key
// their distance fields), and each change gives the changed copy a new one.
func TestCopiesShareTheTerrainUntilOneChangesIt(t *testing.T) {
	w := newWorld(t, strings.Repeat(".", 8), strings.Repeat(".", 8))
	s := w.start()
	forest, _ := s.Rules().TerrainBySymbol('f')
	marsh, _ := s.Rules().TerrainBySymbol('m')
	plain := s.TerrainAt(Hex{0, 0})
	a := s.Clone()
	b, box := a.Clone(), a.Sandbox()
	if &b.Map.Cells[0] != &a.Map.Cells[0] || &box.Map.Cells[0] != &a.Map.Cells[0] {
		t.Error("copies of a copy do not share its terrain")
	}
	if id := s.TerrainID(); id == 0 || a.TerrainID() != id || b.TerrainID() != id || box.TerrainID() != id {
		t.Errorf("copies of one terrain go by different names: %d, %d, %d, %d", id, a.TerrainID(), b.TerrainID(), box.TerrainID())
	}
	if other := newWorld(t, strings.Repeat(".", 8), strings.Repeat(".", 8)).start(); other.TerrainID() == s.TerrainID() {
		t.Error("two games built apart share the name of their terrain")
	}
	a.SetTerrain(Hex{0, 0}, forest)
	b.SetTerrain(Hex{1, 0}, marsh)
	s.SetTerrain(Hex{2, 0}, marsh)
	names := map[uint64]bool{}
	for _, st := range []*State{s, a, b, box} {
		names[st.TerrainID()] = true
	}
	if len(names) != 4 {
		t.Errorf("four different terrains go by %d names", len(names))
	}
	want := map[*State][3]*Terrain{
		s:   {plain, plain, marsh},
		a:   {forest, plain, plain},
		b:   {plain, marsh, plain},
		box: {plain, plain, plain},
	}
	for st, ts := range want {
		for col, ter := range ts {
			if got := st.TerrainAt(Hex{col, 0}); got != ter {
				t.Errorf("hex %d,0 is %s, want %s: a change reached another copy", col, got.ID, ter.ID)
			}
		}
	}
}
