package ai

import (
	"os"
	"slices"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

func loadTest(t *testing.T, name string) *scenario.Loaded {
	t.Helper()
	l, err := scenario.Load(os.DirFS("testdata"), name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// playOut runs a game with the given policy per side, failing on any
// illegal order; it returns the final state.
func playOut(t *testing.T, s *game.State, pol map[string]Policy) *game.State {
	t.Helper()
	for n := 0; !s.Over; n++ {
		if n > 20000 {
			t.Fatal("the game never ends")
		}
		o := pol[s.ActiveSide()].Next(s)
		if _, err := s.Apply(o); err != nil {
			t.Fatalf("%s gave an illegal order: %v", pol[s.ActiveSide()].Name(), err)
		}
	}
	return s
}

func TestCandidatesAreAllLegal(t *testing.T) {
	s := loadTest(t, "crossing.toml").NewGame(1)
	for _, u := range s.Units {
		if !u.Alive() || u.Side != s.ActiveSide() {
			continue
		}
		cands := Candidates(s, u)
		for _, o := range cands {
			if err := game.Legal(s, o); err != nil {
				t.Errorf("candidate %s is illegal: %v", o, err)
			}
		}
		if again := withMoves(s, u, orders(s, u)); !slices.Equal(again, cands) {
			t.Errorf("%s: the moves added to its orders where it stands are %v, its candidates %v", u.ID, again, cands)
		}
	}
}

func TestSimpleTakesShipWhenThereIsNoWayByLand(t *testing.T) {
	s := loadTest(t, "crossing.toml").NewGame(1)
	s = playOut(t, s, map[string]Policy{"jin": NewSimple(), "song": NewSimple()})
	embarked, landed := false, false
	for _, ev := range s.Log {
		embarked = embarked || ev.Kind == game.EvEmbark
		landed = landed || ev.Kind == game.EvDisembark
	}
	if !embarked || !landed {
		t.Fatalf("the Jin never embarked (%v) or landed (%v)", embarked, landed)
	}
	if s.Winner != "jin" {
		t.Errorf("5,000 Jin foot against 500 militia across an open river: winner %q (%s)", s.Winner, s.Reason)
	}
}

func TestDistanceFieldCountsMovementCost(t *testing.T) {
	s := loadTest(t, "crossing.toml").NewGame(1)
	inf := s.Rules().Classes["infantry"]
	f := DistanceField(s, inf, []game.Hex{{Col: 0, Row: 0}})
	if d, _ := f.At(game.Hex{Col: 5, Row: 0}); d != 5 {
		t.Errorf("five plain hexes cost %d", d)
	}
	if _, ok := f.At(game.Hex{Col: 5, Row: 5}); ok {
		t.Error("infantry field crosses a river with no ford")
	}
	boat := s.Rules().Classes["transports"]
	if _, ok := DistanceField(s, boat, []game.Hex{{Col: 9, Row: 3}}).At(game.Hex{Col: 0, Row: 2}); !ok {
		t.Error("boats cannot sail along the river")
	}
}

func TestRandomPlaysOnlyLegalOrdersAndEnds(t *testing.T) {
	for seed := int64(1); seed <= 5; seed++ {
		s := loadTest(t, "crossing.toml").NewGame(seed)
		playOut(t, s, map[string]Policy{"jin": NewRandom(seed), "song": NewRandom(seed + 100)})
	}
}

func TestSimpleBeatsRandom(t *testing.T) {
	wins := 0
	for seed := int64(1); seed <= 10; seed++ {
		s := loadTest(t, "crossing.toml").NewGame(seed)
		s = playOut(t, s, map[string]Policy{"jin": NewSimple(), "song": NewRandom(seed)})
		if s.Winner == "jin" {
			wins++
		}
	}
	if wins < 9 {
		t.Errorf("simple Jin beat random Song in %d of 10 games", wins)
	}
}

// A unit's bombardments are every legal one at an enemy within its
// weapons' range, weapon by weapon and row by row: over the first orders
// of Qizhou, played by simple on both sides, orders lists what a plain
// search of the hexes in range finds.
func TestBombardmentsAreEveryEnemyInRange(t *testing.T) {
	l, err := scenario.Builtin("qizhou-1221")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	pol := NewSimple()
	seen := 0
	for n := 0; n < 1500 && !s.Over; n++ {
		for _, u := range s.Units {
			if !u.Alive() || u.Side != s.ActiveSide() {
				continue
			}
			var want, got []game.Order
			for _, w := range s.ClassOf(u).Weapons {
				for _, h := range hexesWithin(u.At, s.Rules().Weapons[w].Range) {
					o := game.Order{Kind: game.Bombard, Unit: u.ID, To: h, Weapon: w}
					if game.Legal(s, o) == nil {
						want = append(want, o)
					}
				}
			}
			for _, o := range orders(s, u) {
				if o.Kind == game.Bombard {
					got = append(got, o)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("order %d: %s may bombard %v, by the plain search %v", n, u.ID, got, want)
			}
			seen += len(want)
		}
		if _, err := s.Apply(pol.Next(s)); err != nil {
			t.Fatal(err)
		}
	}
	if seen == 0 {
		t.Fatal("no unit ever had an enemy in range: the test shows nothing")
	}
	t.Logf("%d bombardments compared", seen)
}
