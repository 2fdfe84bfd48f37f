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
	if !surrendersNext(s, town, game.SupplyMap(s, "jin")) {
		t.Fatal("at morale 45 the starving garrison should give up next turn")
	}
	if o.Kind != game.Move || o.Unit != "jin_garrison" || game.Distance(o.To, camp) >= game.Distance(town.At, camp) {
		t.Errorf("morale 45: the first order is %s, want the garrison out of the town towards the camp at %s", o, camp)
	}
	s, o = breakOutFirst(t, 90)
	if surrendersNext(s, s.Place("town"), game.SupplyMap(s, "jin")) {
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
