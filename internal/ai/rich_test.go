package ai

import (
	"slices"
	"testing"

	"jinsong/game"
)

// A side that plays for points marches on the enemy's rich places too: on
// the rich board the blind Commander (the grand campaign's posture) marches
// on the capital, worth 60 points, while the built-in policy marches on
// the fort its hold condition names. The village, worth 20, is no target.
func TestBlindCommanderMarchesOnTheRichPlaces(t *testing.T) {
	l := loadTest(t, "rich.toml")
	s := l.NewGame(1)
	capital, fort := s.Place("capital").At, s.Place("fort").At
	if got := richPlaces(s, "jin"); !slices.Equal(got, []game.Hex{capital}) {
		t.Errorf("richPlaces(jin) = %v, want only the capital %v", got, capital)
	}
	if got := richPlaces(s, "song"); len(got) != 0 {
		t.Errorf("richPlaces(song) = %v, want none: the Song do not play for points", got)
	}
	foot := s.Unit("jin_foot").At
	c := NewCommander(Normal, 1)
	c.look, c.blind, c.post = false, true, postures[blindPosture]
	o := c.Next(s.Clone())
	if o.Kind != game.Move || game.Distance(o.To, capital) >= game.Distance(foot, capital) {
		t.Errorf("blind Commander: first order %s, want the foot closer to the capital at %s", o, capital)
	}
	o = NewSimple().Next(s.Clone())
	if o.Kind != game.Move || game.Distance(o.To, fort) >= game.Distance(foot, fort) {
		t.Errorf("simple: first order %s, want the foot closer to the fort at %s", o, fort)
	}
	s.Scn.Victory.Conditions = s.Scn.Victory.Conditions[:1] // no points to play for
	if got := richPlaces(s, "jin"); len(got) != 0 {
		t.Errorf("without a points condition richPlaces(jin) = %v, want none", got)
	}
}
