package ai

import (
	"testing"

	"jinsong/game"
)

// songTurns plays the Song's turns on the sally board with p, the Jin
// passing theirs, and reports every hex the band ends a Song turn on.
func songTurns(t *testing.T, s *game.State, p Policy, turns int) []game.Hex {
	t.Helper()
	var ends []game.Hex
	for s.Turn <= turns && !s.Over {
		if s.ActiveSide() == "jin" {
			if _, err := s.Apply(game.Order{Kind: game.EndTurn}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		o := p.Next(s)
		if o.Kind == game.EndTurn {
			ends = append(ends, s.Unit("song_band").At)
		}
		if _, err := s.Apply(o); err != nil {
			t.Fatal(err)
		}
	}
	return ends
}

// nextToTown reports the first hex of ends next to the town, if any.
func nextToTown(s *game.State, ends []game.Hex) (game.Hex, bool) {
	for _, h := range ends {
		if game.Adjacent(h, s.Place("town").At) {
			return h, true
		}
	}
	return game.Hex{}, false
}

// A Song band of 8,000 next to a town held by 30,000 Jin horse would be
// cut down in a sally (underSword). Where the Jin score a point for every
// thousand Song soldiers lost (lossesScore), the wary simple posture (the
// grand campaign's) keeps the band out of the sally's reach, on its march
// and when it finds itself within it; the simple policy, or the same
// posture when losses score nothing, marches it up to blockade the town
// the Song must hold.
func TestWaryUnitsKeepOutOfTheSallies(t *testing.T) {
	l := loadTest(t, "sally.toml")
	s := l.NewGame(1)
	band, town := s.Unit("song_band"), s.Place("town").At
	if underSword(s, band, band.At) {
		t.Fatal("the band in the open three hexes off is under the sword, want only next to the town")
	}
	var next game.Hex
	for _, n := range town.Neighbours() {
		if n.Col > town.Col {
			next = n
			break
		}
	}
	if !underSword(s, band, next) {
		t.Fatal("8,000 infantry next to 30,000 horse should be under the sword")
	}
	if !lossesScore(s, "song") || lossesScore(s, "jin") {
		t.Fatal("the Jin play for points, the Song do not: only Song losses should score")
	}

	if h, ok := nextToTown(s, songTurns(t, s, &Simple{wary: true}, 5)); ok {
		t.Errorf("wary: the band ends a turn at %v next to the town, want it out of the sally's reach", h)
	}
	if _, ok := nextToTown(s, songTurns(t, l.NewGame(1), NewSimple(), 5)); !ok {
		t.Error("simple: the band never ends a turn next to the town, want it to march up (else the board shows nothing)")
	}
	s = loadTest(t, "sally.toml").NewGame(1) // its own scenario: the conditions change
	s.Scn.Victory.Conditions = s.Scn.Victory.Conditions[:1]
	if _, ok := nextToTown(s, songTurns(t, s, &Simple{wary: true}, 5)); !ok {
		t.Error("wary, no Jin points: the band never ends a turn next to the town, want it to march up")
	}

	s = l.NewGame(1)
	s.Unit("song_band").At = next
	ends := songTurns(t, s, &Simple{wary: true}, 1)
	if len(ends) == 0 || game.Adjacent(ends[0], town) {
		t.Errorf("wary, starting next to the town: the band ends its turn at %v, want it out of reach", ends)
	}
}
