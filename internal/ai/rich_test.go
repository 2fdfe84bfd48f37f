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

// In a game that would end drawn, judged on points, a side marches on the
// enemy places worth points, nearest first, as the Kaixi Jin take Zaoyang:
// with no winner by default and no points condition, the Jin foot on the
// rich board makes for the village, worth 20 and three hexes off, not for
// the fort its hold condition names, nine hexes off. With the Song named
// winner by default the village is no target, and the foot makes for the
// fort. The built-in policy keeps to the fort in both.
func TestCommanderPlaysForThePlacesThatJudgeADraw(t *testing.T) {
	l := loadTest(t, "rich.toml")
	for _, def := range []string{"", "song"} {
		s := l.NewGame(1)
		s.Scn.Victory.Conditions = s.Scn.Victory.Conditions[:1] // hold the fort
		s.Scn.Victory.Default = def
		fort, village := s.Place("fort").At, s.Place("village").At
		want := village
		if def != "" {
			want = fort
			if got := drawPlaces(s, "jin"); len(got) != 0 {
				t.Errorf("default %q: drawPlaces(jin) = %v, want none: the game is not drawn on time", def, got)
			}
		} else if got, all := drawPlaces(s, "jin"), []game.Hex{fort, s.Place("capital").At, village}; !slices.Equal(got, all) {
			t.Errorf("drawn on time: drawPlaces(jin) = %v, want every Song place worth points %v", got, all)
		}
		foot := s.Unit("jin_foot").At
		for _, blind := range []bool{false, true} {
			c := NewCommander(Normal, 1)
			c.look = false
			if blind {
				c.blind, c.post = true, postures[blindPosture]
			}
			o := c.Next(s.Clone())
			if o.Kind != game.Move || game.Distance(o.To, want) >= game.Distance(foot, want) {
				t.Errorf("default %q, blind %v: first order %s, want the foot closer to %s", def, blind, o, want)
			}
		}
		o := NewSimple().Next(s.Clone())
		if o.Kind != game.Move || game.Distance(o.To, fort) >= game.Distance(foot, fort) {
			t.Errorf("default %q: simple's first order %s, want the foot closer to the fort at %s", def, o, fort)
		}
	}
}
