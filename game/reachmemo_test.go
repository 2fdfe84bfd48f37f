package game

import (
	"reflect"
	"testing"
)

// sameReach fails the test unless Reachable's answer for u (perhaps
// remembered) is a fresh search's.
func sameReach(t *testing.T, s *State, u *Unit, when string) *reach {
	t.Helper()
	got, want := reachFor(s, u), reachable(s, u)
	if !reflect.DeepEqual(got.steps(), want.steps()) || !reflect.DeepEqual(Reachable(s, u), want.steps()) {
		t.Fatalf("%s: Reachable's answer (%d hexes) is not a fresh search's (%d hexes)", when, got.reached, want.reached)
	}
	return got
}

// Reachable remembers its answer while nothing it depends on changes, and
// forgets it when the unit, an enemy or the terrain changes, even when
// the change is made by hand rather than by an order.
func TestReachableIsForgottenWhenItsWorldChanges(t *testing.T) {
	w := newWorld(t,
		"..........",
		"..........",
		"..........",
	)
	u := w.unit("cav", "jin", "heavy_cavalry", 1000, 0, 1)
	foe := w.unit("foe", "song", "infantry", 1000, 4, 0)
	w.unit("friend", "jin", "infantry", 1000, 9, 2)
	s := w.start()

	first := sameReach(t, s, u, "at the start")
	if again := reachFor(s, u); again != first {
		t.Error("asked twice with nothing changed, Reachable searched again")
	}
	s.Unit("friend").At = Hex{8, 2} // a friend's move changes nothing
	if again := reachFor(s, u); again != first {
		t.Error("a friend's move made Reachable search again")
	}

	foe.At = Hex{2, 1}
	if moved := sameReach(t, s, u, "the enemy moved"); reflect.DeepEqual(moved.steps(), first.steps()) {
		t.Fatal("the enemy's move should change where the horse can go")
	}
	mountains, _ := s.Scn.Rules.TerrainBySymbol('M')
	s.SetTerrain(Hex{1, 1}, mountains)
	sameReach(t, s, u, "the terrain changed")
	u.MovesLeft = 2
	sameReach(t, s, u, "fewer movement points")
	foe.Carrier = "boat"
	sameReach(t, s, u, "the enemy went on board")

	c := s.Clone()
	c.Unit("foe").At = Hex{1, 0}
	sameReach(t, c, c.Unit("cav"), "in a copy")
	sameReach(t, s, u, "the original after its copy changed")
}

// Over a game of moves, every unit's remembered reach is a fresh search's.
func TestReachableRemembersOnlyWhatHolds(t *testing.T) {
	w := newWorld(t,
		"..hh..mm..",
		"..........",
		"...ff.....",
		"..........",
	)
	w.unit("j1", "jin", "heavy_cavalry", 1000, 0, 0)
	w.unit("j2", "jin", "infantry", 1000, 0, 3)
	w.unit("s1", "song", "infantry", 1000, 9, 0)
	w.unit("s2", "song", "crossbow", 1000, 9, 3)
	s := w.start()
	wander(t, s, 7, 200, func(int) {
		for _, u := range s.Units {
			if u.Alive() {
				sameReach(t, s, u, "during the game")
			}
		}
	})
}
