package ai

import (
	"testing"

	"jinsong/game"
)

func TestEnemyFireReachesAsFarAsTheWeapons(t *testing.T) {
	s := loadTest(t, "walls.toml").NewGame(1)
	town := s.Place("town").At
	fire := enemyFire(s, "jin")
	// Two hexes out, 500 arrows a shot at 0.3 soldiers each.
	for _, h := range hexesWithin(town, 3) {
		want := 0.0
		if d := game.Distance(h, town); d >= 1 && d <= 2 {
			want = 150
		}
		if d := game.Distance(h, town); d == 0 || d > 2 {
			continue
		}
		if fire[h] != want {
			t.Errorf("fire at %s (distance %d): %v, want %v", h, game.Distance(h, town), fire[h], want)
		}
	}
	if got := enemyFire(s, "song")[town]; got != 0 {
		t.Errorf("the Jin have no missile weapons, yet the Song see fire %v", got)
	}
	// No arrows left, no fire.
	s.Unit("song_archers").Ammo["fire_arrows"] = 0
	if got := enemyFire(s, "jin")[s.Unit("jin_horse").At]; got != 0 {
		t.Errorf("fire from archers with no arrows: %v", got)
	}
}

// The foot holds the siege lines; the horse, which the arrows would bleed
// each turn for nothing, steps out of their reach.
func TestCommanderKeepsHorseOutOfTheArrowsAndFootInTheLines(t *testing.T) {
	s := loadTest(t, "walls.toml").NewGame(1)
	c := NewCommander(Normal, 1)
	c.look = false
	for s.ActiveSide() == "jin" && !s.Over {
		if _, err := s.Apply(c.Next(s)); err != nil {
			t.Fatal(err)
		}
	}
	horse, foot := s.Unit("jin_horse"), s.Unit("jin_foot")
	fire := enemyFire(s, "jin")
	if underFire(fire, horse, horse.At) {
		t.Errorf("the horse ends its turn at %s, under fire %v", horse.At, fire[horse.At])
	}
	if !foot.Blockading || horse.Blockading {
		t.Errorf("blockading: foot %v, horse %v; want the foot in the lines and the horse free", foot.Blockading, horse.Blockading)
	}
}

// With no foot to hold the lines, the horse closes the roads itself,
// arrows or not: the rule spares units the walls, not the siege.
func TestCommanderHorseBlockadesWhenNoFootCan(t *testing.T) {
	s := loadTest(t, "walls.toml").NewGame(1)
	s.Unit("jin_foot").Status = game.Destroyed
	c := NewCommander(Normal, 1)
	c.look = false
	for s.ActiveSide() == "jin" && !s.Over {
		if _, err := s.Apply(c.Next(s)); err != nil {
			t.Fatal(err)
		}
	}
	if horse := s.Unit("jin_horse"); !horse.Blockading || s.Place("town").BlockadedBy != "jin" {
		t.Errorf("the horse, alone, left the town free (blockading %v, at %s)", horse.Blockading, horse.At)
	}
}
