package ai

import (
	"testing"

	"jinsong/game"
)

// campFirst is the Commander's first order for the Jin on the camp board,
// the town under blockade or not, with food days of food, the camp a
// supply city or not.
func campFirst(t *testing.T, blockaded bool, food int, supply bool) (*game.State, game.Order) {
	t.Helper()
	return firstOrder(t, "camp.toml", func(s *game.State) {
		s.Place("town").Food = food
		if blockaded {
			s.Place("town").BlockadedBy = "song"
			s.Unit("song_band").Blockading = true
		}
		s.Place("camp").Supply = supply
	})
}

// A town under blockade that would starve into surrender before the end
// holds out if fed from an enemy supply city its side takes (feedsSiege):
// the Jin horse rides into the empty Song camp first. It does not when the
// town is not blockaded, when its food lasts to the end, nor when the camp
// feeds nobody (no supply city).
func TestFieldArmyTakesTheCampThatFeedsTheSiege(t *testing.T) {
	s, o := campFirst(t, true, 20, true)
	camp := s.Place("camp")
	if !feedsSiege(s, "jin", camp) {
		t.Fatal("taking the Song camp should save the starving town")
	}
	if want := (game.Order{Kind: game.Move, Unit: "jin_horse", To: camp.At}); o != want {
		t.Errorf("blockaded: the first order is %s, want %s", o, want)
	}
	if camp.Owner != "song" {
		t.Error("feedsSiege changed the camp's owner in the game it looked at")
	}
	s, o = campFirst(t, false, 20, true)
	if feedsSiege(s, "jin", s.Place("camp")) {
		t.Error("not blockaded: taking the camp feeds no siege, want false")
	}
	if o.Unit == "jin_horse" && o.To == s.Place("camp").At {
		t.Errorf("not blockaded: the first order is %s, want the horse not sent to the camp", o)
	}
	s, o = campFirst(t, true, 200, true)
	if feedsSiege(s, "jin", s.Place("camp")) {
		t.Error("food to the end: taking the camp saves nothing, want false")
	}
	if o.Unit == "jin_horse" && o.To == s.Place("camp").At {
		t.Errorf("food to the end: the first order is %s, want the horse not sent to the camp", o)
	}
	s, o = campFirst(t, true, 20, false)
	if feedsSiege(s, "jin", s.Place("camp")) {
		t.Error("a camp that is no supply city feeds no siege, want false")
	}
	if o.Unit == "jin_horse" && o.To == s.Place("camp").At {
		t.Errorf("no supply city: the first order is %s, want the horse not sent to the camp", o)
	}
}
