package ai

import (
	"slices"
	"testing"

	"jinsong/game"
)

// With one ram and two cities that can only be stormed, the Jin keep the
// city whose fall wins at once as a target and drop the other: their
// horse, nearer the fort, rides for the port. A second ram, or a fort
// left empty, keeps the fort a target.
func TestOneRamOneStorm(t *testing.T) {
	s := loadTest(t, "focus.toml").NewGame(1)
	fort, port := s.Place("fort").At, s.Place("port").At
	targets := focusStorms(s, makePlan(s, true).targets)
	if !slices.Contains(targets, port) || slices.Contains(targets, fort) {
		t.Errorf("one ram: targets %v, want the port %s and not the fort %s", targets, port, fort)
	}
	c := NewCommander(Normal, 1)
	c.look = false
	var march game.Order
	for o := c.Next(s); o.Kind != game.EndTurn; o = c.Next(s) {
		if o.Unit == "jin_horse" && o.Kind == game.Move {
			march = o
			break
		}
		if _, err := s.Apply(o); err != nil {
			t.Fatal(err)
		}
	}
	if march.Kind == "" || game.Distance(march.To, port) >= game.Distance(march.To, fort) {
		t.Errorf("the horse's march is %v, want it to end nearer the port %s than the fort %s", march, port, fort)
	}

	s = loadTest(t, "focus.toml").NewGame(1)
	ram := *s.Unit("jin_ram")
	ram.ID = "jin_ram_2"
	s.Units = append(s.Units, &ram)
	if targets := focusStorms(s, makePlan(s, true).targets); !slices.Contains(targets, fort) || !slices.Contains(targets, port) {
		t.Errorf("two rams: targets %v, want both the fort and the port", targets)
	}

	s = loadTest(t, "focus.toml").NewGame(1)
	s.Unit("song_fort").Status = game.Destroyed
	if targets := focusStorms(s, makePlan(s, true).targets); !slices.Contains(targets, fort) {
		t.Errorf("empty fort: targets %v, want the fort kept (it can be walked into)", targets)
	}
}
