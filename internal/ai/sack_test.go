package ai

import (
	"slices"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// sackBoard is the sack test board: the Jin play for points, and sacking
// the town pays them 12.
func sackBoard(t *testing.T) *game.State {
	t.Helper()
	return loadTest(t, "sack.toml").NewGame(1)
}

// assaults are the storms among orders.
func assaults(orders []game.Order) []game.Order {
	return slices.DeleteFunc(slices.Clone(orders), func(o game.Order) bool { return o.Kind != game.Assault })
}

// The ram goes to the walls before the armies storm them, in every
// posture: over the whole wall every storm costs the Jin twice the men it
// kills, which at 0.8 points a man does not pay; with the walls breached
// by the ram it kills more than it costs. Without the ram the town is not
// stormed at all.
func TestCommanderBringsTheRamUpBeforeItStorms(t *testing.T) {
	town := sackBoard(t).Place("town").At
	for p := range postures {
		s := sackBoard(t)
		if pr, err := game.Predict(s, game.Order{Kind: game.Assault, Unit: "jin_west", To: town}); err != nil || pr.DefenderLoss/pr.AttackerLoss >= lossPrice(s, "jin") {
			t.Fatalf("the board is wrong: a storm without the ram (%v) exchanges %.2f, want below the price %.2f", err, pr.DefenderLoss/pr.AttackerLoss, lossPrice(s, "jin"))
		}
		orders := jinTurn(t, s, inPosture(p))
		if first := orders[0]; first.Kind != game.Move || first.Unit != "jin_ram" || !game.Adjacent(first.To, town) {
			t.Errorf("posture %s: first order %v, want the ram moved next to the town", postures[p].name, first)
		}
		if len(assaults(orders)) == 0 {
			t.Errorf("posture %s: orders %v, want the town stormed once the ram is at the walls", postures[p].name, orders)
		}

		s = sackBoard(t)
		s.Unit("jin_ram").Status = game.Destroyed
		if orders := jinTurn(t, s, inPosture(p)); len(assaults(orders)) > 0 {
			t.Errorf("posture %s, no ram: orders %v, want no storm", postures[p].name, orders)
		}
	}
}

// A storm for the sack is made only while it pays: not where the
// scenario charges more for the Jin's men than the garrison's are worth,
// and not by a side that time already favours.
func TestCommanderStormsForTheSackOnlyWhileItPays(t *testing.T) {
	for p := range postures {
		s := sackBoard(t)
		for i := range s.Scn.Events {
			for j := range s.Scn.Events[i].Effects {
				if e := &s.Scn.Events[i].Effects[j]; s.Scn.Events[i].Trigger.LossesSide == "jin" {
					e.Points *= 3
				}
			}
		}
		if price := lossPrice(s, "jin"); price != 2.4 {
			t.Fatalf("the board is wrong: price of a Jin soldier %.2f, want 2.4", price)
		}
		if orders := jinTurn(t, s, inPosture(p)); len(assaults(orders)) > 0 {
			t.Errorf("posture %s, men dear: orders %v, want no storm", postures[p].name, orders)
		}

		s = sackBoard(t)
		s.Points["jin"] = 25
		if losesOnTime(s, "jin") {
			t.Fatal("the board is wrong: with 25 points the Jin still lose on time")
		}
		if orders := jinTurn(t, s, inPosture(p)); len(assaults(orders)) > 0 {
			t.Errorf("posture %s, ahead on points: orders %v, want no storm", postures[p].name, orders)
		}
	}
}

// lossPrice reads the scenario's charge for a side's own losses: at Qizhou
// four points for every 5,000 Jin, and nothing for the Song.
func TestLossPriceReadsTheScenario(t *testing.T) {
	l, err := scenario.Builtin("qizhou-1221")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	for _, tc := range []struct {
		side string
		want float64
	}{{"jin", 0.8}, {"song", 1}} {
		if got := lossPrice(s, tc.side); got != tc.want {
			t.Errorf("lossPrice(%s) = %v, want %v", tc.side, got, tc.want)
		}
	}
}

// The Jin at Qizhou must hunt once the city is sacked and they are still
// short of their points, not before (there is a city to take) and not
// once they have them; the Song, who do not play for points, never.
func TestMustHuntOnlyWhenKillsAloneCanWin(t *testing.T) {
	l, err := scenario.Builtin("qizhou-1221")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	if mustHunt(s, "jin") {
		t.Error("before the sack: the Jin must hunt, want them to take Qizhou")
	}
	if mustHunt(s, "song") {
		t.Error("the Song must hunt, want never")
	}
	for i, ev := range s.Scn.Events {
		if ev.ID == "qizhou_sacked" {
			s.Fired[i] = true
		}
	}
	s.Place("qizhou").Owner = "jin"
	if !mustHunt(s, "jin") {
		t.Error("sacked, short of points: the Jin need not hunt, want them to")
	}
	s.Points["jin"] = 19
	if mustHunt(s, "jin") {
		t.Error("with 19 points: the Jin must hunt, want not")
	}
}
