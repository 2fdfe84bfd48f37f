package ai

import (
	"math"
	"testing"

	"jinsong/game"
)

// progress must rise as a side comes closer to each kind of victory
// condition, and be whole once the condition holds.
func TestProgressTowardsEachKindOfCondition(t *testing.T) {
	ref := loadTest(t, "walls.toml").NewGame(1)
	town := ref.Place("town")
	cases := []struct {
		name string
		cond game.Condition
		set  func(s *game.State)
		want float64
	}{
		{"take, untouched", game.Condition{Side: "jin", Kind: game.CondTake, Places: []string{"town"}}, func(*game.State) {}, 0},
		{"take, blockaded", game.Condition{Side: "jin", Kind: game.CondTake, Places: []string{"town"}},
			func(s *game.State) { s.Place("town").BlockadedBy = "jin" }, 0.25},
		{"take, blockaded, walls down, food half gone", game.Condition{Side: "jin", Kind: game.CondTake, Places: []string{"town"}},
			func(s *game.State) {
				p := s.Place("town")
				p.BlockadedBy, p.Walls, p.Food = "jin", 0, town.Food/2
			}, 0.25 + 0.25 + 0.125},
		{"take, taken", game.Condition{Side: "jin", Kind: game.CondTake, Places: []string{"town"}},
			func(s *game.State) { s.Place("town").Owner = "jin" }, 1},
		{"hold two, one held", game.Condition{Side: "jin", Kind: game.CondHold, Places: []string{"town", "camp"}}, func(*game.State) {}, 0.5},
		{"destroy, untouched", game.Condition{Side: "song", Kind: game.CondDestroy, Units: []string{"jin_horse"}}, func(*game.State) {}, 0},
		{"destroy, a quarter lost", game.Condition{Side: "song", Kind: game.CondDestroy, Units: []string{"jin_horse"}},
			func(s *game.State) { s.Unit("jin_horse").Strength = ref.Unit("jin_horse").Strength * 3 / 4 }, 0.25},
		{"destroy, destroyed", game.Condition{Side: "song", Kind: game.CondDestroy, Units: []string{"jin_horse"}},
			func(s *game.State) { s.Unit("jin_horse").Status = game.Destroyed }, 1},
		{"escape, half way", game.Condition{Side: "jin", Kind: game.CondEscape, Units: []string{"jin_horse"}, Zone: []game.Hex{{Col: 6, Row: 1}}},
			func(s *game.State) { s.Unit("jin_horse").At = game.Hex{Col: 6, Row: 3} }, 0.5},
		{"occupy two, one inside, one a hex off", game.Condition{Side: "jin", Kind: game.CondOccupy, Count: 2, Zone: []game.Hex{{Col: 5, Row: 6}}},
			func(s *game.State) { s.Unit("jin_horse").At = game.Hex{Col: 4, Row: 6} }, (1 + 0.5) / 2},
		{"points, half", game.Condition{Side: "jin", Kind: game.CondPoints, Points: 20},
			func(s *game.State) { s.Points["jin"] = 10 - s.Score("jin") + s.Points["jin"] }, 0.5},
	}
	for _, tc := range cases {
		s := ref.Clone()
		if s.Points == nil {
			s.Points = map[string]int{}
		}
		tc.set(s)
		if got := conditionProgress(s, ref, &tc.cond); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: progress %.3f, want %.3f", tc.name, got, tc.want)
		}
	}
}

// A rollout's value counts the side's progress against its enemies': the
// same undecided position is worth more to the Jin once the town is
// blockaded, and less to the Song.
func TestValueCountsProgress(t *testing.T) {
	ref := loadTest(t, "walls.toml").NewGame(1)
	s := ref.Clone()
	s.Place("town").BlockadedBy = "jin"
	if a, b := value(s, ref, "jin"), value(ref, ref, "jin"); a <= b {
		t.Errorf("the Jin value the blockade at %.3f, the open town at %.3f", a, b)
	}
	if a, b := value(s, ref, "song"), value(ref, ref, "song"); a >= b {
		t.Errorf("the Song value the blockade at %.3f, the open town at %.3f", a, b)
	}
}
