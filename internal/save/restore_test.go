package save

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/scenario"
)

// Saving half-way through a game (mid-turn), loading the file and giving
// the rest of the orders gives the very game that was never interrupted.
func TestSaveMidGameThenRestoreContinuesIdentically(t *testing.T) {
	l, ref := ford(t)
	for seed := int64(1); seed <= 5; seed++ {
		whole := play(t, l, seed, "random")
		k := len(whole.orders) / 2
		if whole.orders[k-1].Kind == game.EndTurn {
			k++ // make it a save in the middle of a side's turn
		}
		at := stateAfter(t, l, seed, whole.orders[:k])
		s := saveAndLoad(t, l, New(ref, seed, map[string]string{"jin": "human", "song": "random"}, whole.orders[:k], at, "mid-game"))
		if got := HashString(s); got != whole.hashes[k-1] {
			t.Fatalf("seed %d: restored hash %s, the game had %s after order %d", seed, got, whole.hashes[k-1], k)
		}
		for i, o := range whole.orders[k:] {
			if _, err := s.Apply(o); err != nil {
				t.Fatalf("seed %d: order %d after the restore: %v", seed, k+i+1, err)
			}
			if got := HashString(s); got != whole.hashes[k+i] {
				t.Fatalf("seed %d: after order %d the restored game has hash %s, the original %s", seed, k+i+1, got, whole.hashes[k+i])
			}
		}
		if !reflect.DeepEqual(s.Log, whole.final.Log) {
			t.Fatalf("seed %d: the restored game's log differs from the original's", seed)
		}
	}
}

// A game saved at the start of a side's turn, loaded and played on by fresh
// computer players, ends exactly as the game that was never saved.
func TestRestoredGamePlaysOnAsTheUninterruptedOne(t *testing.T) {
	l, ref := ford(t)
	const seed = 7
	whole := play(t, l, seed, "simple")
	k := 0
	for i, o := range whole.orders {
		if o.Kind == game.EndTurn && i > len(whole.orders)/3 {
			k = i + 1
			break
		}
	}
	if k == 0 {
		t.Fatal("the game has no turn boundary to save at")
	}
	s := saveAndLoad(t, l, New(ref, seed, nil, whole.orders[:k], stateAfter(t, l, seed, whole.orders[:k]), ""))
	policies := map[string]ai.Policy{}
	for _, sd := range l.Scn.Sides {
		policies[sd.ID] = ai.NewSimple()
	}
	for n := 0; !s.Over; n++ {
		if n > 100000 {
			t.Fatal("the restored game does not end")
		}
		if _, err := s.Apply(policies[s.ActiveSide()].Next(s)); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := HashString(s), HashString(whole.final); got != want {
		t.Fatalf("restored game ended with hash %s, the uninterrupted one with %s", got, want)
	}
	if !reflect.DeepEqual(s.Log, whole.final.Log) {
		t.Fatal("the restored game's log differs from the uninterrupted one's")
	}
}

// saveAndLoad writes f to a file, reads it back and restores the game.
func saveAndLoad(t *testing.T, l *scenario.Loaded, f *File) *game.State {
	t.Helper()
	path := filepath.Join(t.TempDir(), "game.json")
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	g, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Restore(g, l.NewGame)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A save whose orders no longer give the recorded game is refused with a
// message that says so.
func TestRestoreRefusesAGameThatDiffers(t *testing.T) {
	l, ref := ford(t)
	whole := play(t, l, 3, "random")
	good := New(ref, 3, nil, whole.orders, whole.final, "")
	if _, err := Restore(good, l.NewGame); err != nil {
		t.Fatalf("the untouched save: %v", err)
	}

	otherSeed := *good
	otherSeed.Seed = 4
	wrongHash := *good
	wrongHash.Hash = "0123456789abcdef"
	badOrder := *good
	badOrder.Orders = append([]game.Order{{Kind: game.Move, Unit: "nobody"}}, good.Orders...)
	for name, c := range map[string]struct {
		f    *File
		want string
	}{
		"other seed": {&otherSeed, ""}, // refused at some order, or ends elsewhere
		"wrong hash": {&wrongHash, "gives a different game"},
		"bad order":  {&badOrder, "order 1 of"},
	} {
		_, err := Restore(c.f, l.NewGame)
		if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an ErrMismatch saying %q", name, err, c.want)
		}
	}
}
