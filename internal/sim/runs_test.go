package sim

import (
	"reflect"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// PlayRuns gives, in seed order, the results of playing each seed alone,
// without their final states, however many games it plays at once; with
// OnOrder set it plays one game at a time, so the hook sees each game's
// orders together.
func TestPlayRunsIsPlayingEachSeed(t *testing.T) {
	l, err := scenario.Builtin("dean-1132")
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Players: map[string]string{"jin": "ai:normal", "song": "simple"}}
	got, err := PlayRuns(l.NewGame, 20, 3, opt, RunOptions{Jobs: 3})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range got {
		want, err := Play(l.NewGame, 20+int64(i), opt)
		if err != nil {
			t.Fatal(err)
		}
		want.Final = nil
		if !reflect.DeepEqual(r, want) {
			t.Errorf("seed %d: %+v\nplayed alone: %+v", 20+i, r, want)
		}
	}
	var runs []*game.State // each game's state, once for each run of its orders
	opt.Players = map[string]string{"jin": "simple", "song": "simple"}
	opt.OnOrder = func(s *game.State, _ game.Order) error {
		if len(runs) == 0 || runs[len(runs)-1] != s {
			runs = append(runs, s)
		}
		return nil
	}
	if _, err := PlayRuns(l.NewGame, 5, 3, opt, RunOptions{Jobs: 3}); err != nil {
		t.Fatal(err)
	}
	if len(runs) != 3 {
		t.Errorf("with OnOrder the hook saw %d runs of orders from one game, want the three games one after another", len(runs))
	}
}
