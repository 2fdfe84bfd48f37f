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
	if o, ok := breachVolley(hard, hard.Place("town"), false); ok {
		t.Errorf("10,000 townsmen in good heart: volley %v, want none (no volley makes the storm worth it)", o)
	}
}

// Where the town is stormed for the sack, the trebuchets come up to the
// walls and shoot before the armies storm them when only after that
// volley does the storm pay in points. With the trebuchets beside walls of
// level 2 every storm costs the Jin more than it kills; with the walls
// thrown down below 2 (and so none with the engines beside them) it kills
// more than it costs, though 15,000 townsmen are too many to carry the
// town in one turn: the storm is for the sack's toll, not the town.
func TestCommanderBreachesTheWallsBeforeItSacks(t *testing.T) {
	board := func(walls float64) *game.State {
		s := sackBoard(t)
		s.Place("town").Walls = walls
		s.Unit("song_townsmen").Strength = 15000
		engines := s.Unit("jin_ram") // a train of trebuchets in its place
		engines.Class, engines.Strength, engines.Ammo = "trebuchets", 30, map[string]int{"stones": 400}
		return s
	}
	beside := func(s *game.State) *game.State {
		s.Unit("jin_ram").At = s.Unit("jin_east").At
		return s
	}
	town := sackBoard(t).Place("town").At
	if id := sackGrinder(beside(board(2.05)), "jin", town); id != "" {
		t.Fatalf("the board is wrong: with the trebuchets beside walls of 2.05 %s's storm pays, want none to", id)
	}
	if s := beside(board(1.9)); sackGrinder(s, "jin", town) == "" || stormChance(s, s.Unit("jin_west"), town) >= 0.5 {
		t.Fatal("the board is wrong: with the trebuchets beside walls of 1.9, want a storm that pays and does not carry the town")
	}
	s := board(2.05)
	orders := jinTurn(t, s, inPosture(0))
	switch {
	case len(orders) < 2 || orders[0].Unit != "jin_ram" || orders[0].Kind != game.Move || !game.Adjacent(orders[0].To, town):
		t.Errorf("orders %v: want the trebuchets moved next to the town first", orders)
	case orders[1].Unit != "jin_ram" || orders[1].Kind != game.Bombard || orders[1].To != town:
		t.Errorf("orders %v: want the trebuchets' volley at the walls second", orders)
	case len(assaults(orders)) == 0:
		t.Errorf("orders %v: want the town stormed after the volley", orders)
	}
}
