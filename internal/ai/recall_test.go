package ai

import (
	"testing"

	"jinsong/game"
)

// recallStrike sets up the recall board, lets change alter it, and
// returns the Jin horse's strike at the Song band, its preview and the
// first order of a Commander that does not look ahead.
func recallStrike(t *testing.T, change func(s *game.State)) (game.Order, game.Prediction, game.Order) {
	t.Helper()
	s := loadTest(t, "recall.toml").NewGame(1)
	change(s)
	strike := game.Order{Kind: game.Attack, Unit: "jin_horse", To: s.Unit("song_band").At}
	pr, err := game.Predict(s, strike)
	if err != nil {
		t.Fatal(err)
	}
	c := NewCommander(Normal, 1)
	c.look = false
	return strike, pr, c.Next(s)
}

// A strike worth making is let pass while a scripted recall of the army
// is near: the men it costs bring the recall of the whole army nearer.
// With the recall gone, or already past, the same strike is made.
func TestCommanderSparesItsMenWhenARecallIsNear(t *testing.T) {
	noRecall := func(s *game.State) { s.Scn.Events, s.Fired = nil, nil }
	strike, pr, o := recallStrike(t, noRecall)
	if pr.WinChance < 0.5 || pr.AttackerLoss <= 0 {
		t.Fatalf("the board is wrong: the strike has win chance %.2f and costs %.0f men, want a likely win that costs men", pr.WinChance, pr.AttackerLoss)
	}
	if o != strike {
		t.Fatalf("with no recall the Jin's first order is %s, want the strike %s", o, strike)
	}
	if _, _, o := recallStrike(t, func(s *game.State) {}); o.Kind == game.Attack {
		t.Errorf("with the recall 1,500 men away the Jin strike: %s", o)
	}
	if _, _, o := recallStrike(t, func(s *game.State) { s.Fired[0] = true }); o != strike {
		t.Errorf("with the recall past the Jin's first order is %s, want the strike %s", o, strike)
	}
}

// The price of a man is the army the recall takes over the losses left
// before it: 26,000 men over 1,500, then over 1,000 once 500 are lost;
// plain (1) with no recall to come.
func TestRecallPriceIsTheArmyOverTheLossesLeft(t *testing.T) {
	s := loadTest(t, "recall.toml").NewGame(1)
	for _, tc := range []struct {
		lost  int
		fired bool
		want  float64
	}{{0, false, 26000.0 / 1500}, {500, false, 26000.0 / 1000}, {1500, false, 1}, {500, true, 1}} {
		s.Ledger["jin"].Lost.Soldiers, s.Fired[0] = tc.lost, tc.fired
		if got := recallPrice(s, "jin"); got != tc.want {
			t.Errorf("%d lost, recall fired %v: price %.2f, want %.2f", tc.lost, tc.fired, got, tc.want)
		}
	}
	if got := recallPrice(s, "song"); got != 1 {
		t.Errorf("the Song, with no recall: price %.2f, want 1", got)
	}
}
