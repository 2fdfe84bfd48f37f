package ai

import (
	"testing"

	"jinsong/game"
)

// breakOutFirst is the Commander's first order on the break-out board, the
// Song blockade formed and the garrison's morale set.
func breakOutFirst(t *testing.T, morale float64) (*game.State, game.Order) {
	t.Helper()
	s := loadTest(t, "breakout.toml").NewGame(1)
	town := s.Place("town")
	town.BlockadedBy = "song"
	for _, id := range []string{"song_north", "song_east"} {
		s.Unit(id).Blockading = true
	}
	s.Unit("jin_garrison").Morale = morale
	c := NewCommander(Normal, 1)
	c.look = false
	return s, c.Next(s)
}

// A starving garrison that will open its gates before its next turn
// leaves the town towards its camp: the town is lost either way, the men
// need not be. One whose morale will hold another turn stays.
func TestGarrisonBreaksOutBeforeItSurrenders(t *testing.T) {
	s, o := breakOutFirst(t, 45)
	town, camp := s.Place("town"), s.Place("camp").At
	if surrenderTurn(s, town, game.SupplyMap(s, "jin"), 1) != 1 {
		t.Fatal("at morale 45 the starving garrison should give up next turn")
	}
	if o.Kind != game.Move || o.Unit != "jin_garrison" || game.Distance(o.To, camp) >= game.Distance(town.At, camp) {
		t.Errorf("morale 45: the first order is %s, want the garrison out of the town towards the camp at %s", o, camp)
	}
	s, o = breakOutFirst(t, 90)
	if surrenderTurn(s, s.Place("town"), game.SupplyMap(s, "jin"), 1) != 0 {
		t.Error("at morale 90 the garrison should hold another turn")
	}
	if o.Kind == game.Move && o.Unit == "jin_garrison" {
		t.Errorf("morale 90: the garrison leaves the town (%s), want it to stay", o)
	}
	s.Turn = s.Scn.MaxTurns
	s.Unit("jin_garrison").Morale = 45
	c := NewCommander(Normal, 1)
	c.look = false
	if o := c.Next(s); o.Kind == game.Move && o.Unit == "jin_garrison" {
		t.Errorf("last turn: the garrison leaves the town (%s), want it to hold to the end", o)
	}
}

// starvingFirst is the Commander's first order on the break-out board when
// the Song win by holding places at the end (hold) rather than by taking
// the town, the garrison's morale 90 (it would hold several turns more),
// on turn turn, the town's food food, in the posture post.
func starvingFirst(t *testing.T, hold []string, turn, food int, post posture) (*game.State, game.Order) {
	t.Helper()
	s := loadTest(t, "breakout.toml").NewGame(1)
	s.Scn.Victory.Conditions[0] = game.Condition{Side: "song", Kind: game.CondHold, Places: hold}
	town := s.Place("town")
	town.BlockadedBy, town.Food = "song", food
	for _, id := range []string{"song_north", "song_east"} {
		s.Unit(id).Blockading = true
	}
	s.Unit("jin_garrison").Morale = 90
	s.Turn = turn
	c := NewCommander(Normal, 1)
	c.look, c.post = false, post
	return s, c.Next(s)
}

// A garrison whose food runs out in the next siege phase, in a town that
// will starve into surrender before the game ends and whose loss does not
// decide the game (the Song must hold the town, the camp and the fort),
// marches out while it is still strong, in the Commander's own posture
// and in the simple one (the grand campaign's): the town can be won back,
// the men starved and taken inside it cannot. It stays while it has food
// for longer, when hunger cannot open the gates before the end, when the
// town is one of only two places the Song must hold (town and camp), and
// (TestGarrisonBreaksOutBeforeItSurrenders) when they win the game by
// taking it.
func TestStarvingGarrisonMarchesOut(t *testing.T) {
	three, two := []string{"town", "camp", "fort"}, []string{"town", "camp"}
	leaves := func(s *game.State, o game.Order) bool {
		camp := s.Place("camp").At
		return o.Kind == game.Move && o.Unit == "jin_garrison" && game.Distance(o.To, camp) < game.Distance(s.Place("town").At, camp)
	}
	for _, post := range []posture{postures[0], postures[blindPosture]} {
		s, o := starvingFirst(t, three, 1, 0, post)
		if surrenderTurn(s, s.Place("town"), game.SupplyMap(s, "jin"), s.Scn.MaxTurns-s.Turn) == 0 {
			t.Fatalf("%s: the starving garrison should give up before the end", post.name)
		}
		if !leaves(s, o) {
			t.Errorf("%s, no food: the first order is %s, want the garrison out of the town towards the camp", post.name, o)
		}
		if s, o := starvingFirst(t, three, 1, 60, post); leaves(s, o) {
			t.Errorf("%s, food for two turns: the garrison leaves the town (%s), want it to stay", post.name, o)
		}
		if s, o := starvingFirst(t, three, s.Scn.MaxTurns-3, 0, post); leaves(s, o) {
			t.Errorf("%s, three turns left: the garrison leaves the town (%s), want it to hold to the end", post.name, o)
		}
		if s, o := starvingFirst(t, two, 1, 0, post); leaves(s, o) {
			t.Errorf("%s, one of two places to hold: the garrison leaves the town (%s), want it to hold to the end", post.name, o)
		}
	}
}
