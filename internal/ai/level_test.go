package ai

import (
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// Hard plays as Normal does but for the number of rollouts: with the look
// ahead off and the same posture, the two give the same order in every
// position of the first turns at Yanjing, where the Song columns march on
// the city past the Khitan horse. (Hard once also shied from every hex an
// enemy could strike, and won 9 of 60 games there to Normal's 31.)
func TestHardMarchesAsNormalDoes(t *testing.T) {
	l, err := scenario.Builtin("yanjing-1122")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	cache := newFieldCache()
	normal := newCommander(Normal, game.NewRNG(1), cache, postures[0])
	hard := newCommander(Hard, game.NewRNG(1), cache, postures[0])
	others := NewSimple()
	compared := 0
	for n := 0; n < 400 && !s.Over; n++ {
		var o game.Order
		if s.ActiveSide() == "song" {
			o = normal.Next(s)
			if h := hard.Next(s); h != o {
				t.Fatalf("order %d, turn %d: Normal gives %v, Hard %v", n, s.Turn, o, h)
			}
			compared++
		} else {
			o = others.Next(s)
		}
		if _, err := s.Apply(o); err != nil {
			t.Fatal(err)
		}
	}
	if compared < 50 {
		t.Fatalf("only %d orders compared", compared)
	}
}
