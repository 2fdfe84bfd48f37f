package ai

import (
	"testing"

	"jinsong/game"
)

// The last place at the walls is kept for the engines. On the room board
// only one hex of land touches the town's walls, and two Jin armies hold
// it; walls of level 2 cannot be stormed without an engine beside them.
// The built-in policy sends the third army there too, and the trebuchets
// find the hex full when they arrive; the Commander keeps the reserve back
// and, in every posture that marches, brings the trebuchets up to the
// walls on its second turn.
func TestCommanderKeepsRoomAtTheWallsForTheEngines(t *testing.T) {
	wall := game.Hex{Col: 5, Row: 4}
	town := loadTest(t, "room.toml").NewGame(1).Place("town").At
	for _, n := range town.Neighbours() {
		s := loadTest(t, "room.toml").NewGame(1)
		if n != wall && s.CanStand(s.ClassOf(s.Unit("jin_engines")), n) {
			t.Fatalf("the board is wrong: the trebuchets could stand at %s, next to the town", n)
		}
	}

	play := func(jin Policy) *game.State {
		s := loadTest(t, "room.toml").NewGame(1)
		players := map[string]Policy{"jin": jin, "song": NewSimple()}
		for s.Turn <= 2 && !s.Over {
			if _, err := s.Apply(players[s.ActiveSide()].Next(s)); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}

	s := play(NewSimple())
	if game.Adjacent(s.Unit("jin_engines").At, town) {
		t.Fatalf("the board is wrong: with the built-in policy the trebuchets reach the walls (%s)", s.Unit("jin_engines").At)
	}
	if s.Unit("jin_reserve").At != wall {
		t.Fatalf("the board is wrong: the built-in policy leaves the reserve at %s, not at the walls", s.Unit("jin_reserve").At)
	}

	for p := range postures {
		c := inPosture(p)
		s := play(c)
		if r := s.Unit("jin_reserve").At; r == wall {
			t.Errorf("posture %s: the reserve took the last place at the walls", postures[p].name)
		}
		if e := s.Unit("jin_engines").At; !postures[p].hold && !game.Adjacent(e, town) {
			t.Errorf("posture %s: the trebuchets stand at %s after two turns, want them at the walls (%s)", postures[p].name, e, wall)
		}
	}
}
