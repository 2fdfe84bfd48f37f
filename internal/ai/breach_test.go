package ai

import (
	"slices"
	"testing"

	"jinsong/game"
)

// The trebuchets come up to the walls and shoot before the armies storm
// them: with the engines there the storm alone seldom carries walls of
// level 3, and after a volley that brings them down a level it usually
// does. A garrison that no volley makes stormable draws no volley.
func TestCommanderBreachesTheWallsBeforeItStorms(t *testing.T) {
	s := loadTest(t, "breach.toml").NewGame(1)
	town := s.Place("town").At
	engines := s.Unit("jin_engines")
	if game.Distance(engines.At, town) != 2 {
		t.Fatalf("the board is wrong: the trebuchets stand %d hexes from the town, want 2", game.Distance(engines.At, town))
	}
	at := s.Clone()
	at.Unit("jin_engines").At = s.Unit("jin_east").At
	if ch := stormChance(at, at.Unit("jin_west"), town); ch >= 0.5 {
		t.Fatalf("the board is wrong: with the trebuchets at the walls and no volley the storm carries them at %.2f, want below 0.5", ch)
	}

	orders := jinTurn(t, s, inPosture(0))
	move := slices.IndexFunc(orders, func(o game.Order) bool { return o.Unit == "jin_engines" && o.Kind == game.Move })
	volley := slices.IndexFunc(orders, func(o game.Order) bool {
		return o.Unit == "jin_engines" && o.Kind == game.Bombard && o.To == town
	})
	storm := slices.IndexFunc(orders, func(o game.Order) bool { return o.Kind == game.Assault })
	switch {
	case move != 0 || !game.Adjacent(orders[0].To, town):
		t.Errorf("orders %v: want the trebuchets moved next to the town first", orders)
	case volley != 1:
		t.Errorf("orders %v: want the trebuchets' volley at the walls second", orders)
	case storm < 0:
		t.Errorf("orders %v: want the town stormed after the volley", orders)
	}

	hard := at.Clone()
	g := hard.Unit("song_townsmen")
	g.Strength, g.Morale = 10000, 90
	if o, ok := breachVolley(hard, hard.Place("town")); ok {
		t.Errorf("10,000 townsmen in good heart: volley %v, want none (no volley makes the storm worth it)", o)
	}
}
