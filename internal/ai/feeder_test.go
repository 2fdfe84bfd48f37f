package ai

import (
	"testing"

	"jinsong/game"
)

// feederFirst is the Commander's first order for the Jin on the feeder
// board after change has set it up.
func feederFirst(t *testing.T, change func(s *game.State)) (*game.State, game.Order) {
	t.Helper()
	return firstOrder(t, "feeder.toml", change)
}

// Troops that cannot strike at a prize at sea can starve it: the Jin foot
// walk into the empty harbour that feeds the Song flotilla, which is then
// out of supply. The inland town, which feeds nothing at sea, is left
// alone, and so is the harbour when it is no supply city.
func TestTroopsTakeTheHarbourThatFeedsThePrize(t *testing.T) {
	s, o := feederFirst(t, func(*game.State) {})
	harbour, inland := s.Place("harbour"), s.Place("inland")
	if !feedsPrize(s, harbour, prizes(s, "jin", false)) {
		t.Error("feedsPrize: the harbour feeds the flotilla, want true")
	}
	if feedsPrize(s, inland, prizes(s, "jin", false)) {
		t.Error("feedsPrize: the inland town feeds nothing at sea, want false")
	}
	if want := (game.Order{Kind: game.Move, Unit: "jin_foot", To: harbour.At}); o != want {
		t.Fatalf("the first order is %s, want %s", o, want)
	}
	if _, err := s.Apply(o); err != nil {
		t.Fatal(err)
	}
	if game.SupplyMap(s, "song").Has(s.Unit("song_flotilla").At) {
		t.Error("the flotilla is still in supply with the harbour taken")
	}

	s, o = feederFirst(t, func(s *game.State) { s.Place("harbour").Supply = false })
	if o.Kind == game.Move && (o.To == s.Place("harbour").At || o.To == s.Place("inland").At) {
		t.Errorf("with the harbour no supply city, the first order is %s, want the foot to take neither town", o)
	}
}
