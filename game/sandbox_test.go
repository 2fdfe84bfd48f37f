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
