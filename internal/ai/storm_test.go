package ai

import (
	"testing"

	"jinsong/game"
)

// stormBoard is the storm test board with the townsmen at the given
// strength and morale and the town's food at food days.
func stormBoard(t *testing.T, strength int, morale float64, food int) *game.State {
	t.Helper()
	return stormBoardFrom(t, loadTest(t, "storm.toml").NewGame(1), strength, morale, food)
}

// stormBoardBoth is stormBoard where the Jin must take the fort as well as
// the town: the town's fall does not end the game.
func stormBoardBoth(t *testing.T, strength int, morale float64, food int) *game.State {
	t.Helper()
	s := loadTest(t, "storm.toml").NewGame(1)
	cond := &s.Scn.Victory.Conditions[0]
	cond.Places = append(cond.Places, "fort")
	return stormBoardFrom(t, s, strength, morale, food)
}

func stormBoardFrom(t *testing.T, s *game.State, strength int, morale float64, food int) *game.State {
	t.Helper()
	g := s.Unit("song_townsmen")
	g.Strength, g.Morale = strength, morale
	s.Place("town").Food = food
	return s
}

// One storm never carries walls held by townsmen in good heart; two in a
// row usually do.
func TestStormChanceCountsEveryUnitAtTheWalls(t *testing.T) {
	s := stormBoard(t, 6000, 70, 300)
	town := s.Place("town").At
	west := s.Unit("jin_west")
	for _, id := range []string{"jin_west", "jin_east"} {
		pr, err := game.Predict(s, game.Order{Kind: game.Assault, Unit: id, To: town})
		if err != nil || pr.WinChance > 0 {
			t.Fatalf("the board is wrong: %s's storm alone (%v) has win chance %.2f, want 0", id, err, pr.WinChance)
		}
	}
	if ch := stormChance(s, west, town); ch < 0.5 {
		t.Errorf("both armies storming: chance %.2f the walls fall, want at least 0.5", ch)
	}
	s.Unit("jin_east").Acted = true
	if ch := stormChance(s, west, town); ch != 0 {
		t.Errorf("the east army has fought this turn: chance %.2f the walls fall, want 0", ch)
	}
}

// stormCarries, which stops playing the storm out once its answer is
// sure, answers as stormChance's full count does, over garrisons whose
// chance runs from seven in eight through one half to one in eight, and
// with one army or both at the walls.
func TestStormCarriesIsAChanceOfAtLeastAHalf(t *testing.T) {
	seen := map[bool]bool{}
	for garrison := 6000; garrison <= 9000; garrison += 250 {
		for _, eastFought := range []bool{false, true} {
			s := stormBoard(t, garrison, 70, 300)
			s.Unit("jin_east").Acted = eastFought
			town, west := s.Place("town").At, s.Unit("jin_west")
			ch, carries := stormChance(s, west, town), stormCarries(s, west, town)
			if carries != (ch >= 0.5) {
				t.Errorf("garrison %d, east army fought %v: stormCarries %v, chance %.3f", garrison, eastFought, carries, ch)
			}
			seen[carries] = true
		}
	}
	if !seen[true] || !seen[false] {
		t.Errorf("the boards are wrong: stormCarries only ever answered %v", seen)
	}
}

// playJin plays the Jin's first turn with a Commander in posture p (no
// look-ahead) and returns the storms it ordered.
func playJin(t *testing.T, s *game.State, p int) []game.Order {
	t.Helper()
	return assaults(jinTurn(t, s, inPosture(p)))
}

// inPosture is a normal Commander that keeps to posture p (no look-ahead).
func inPosture(p int) *Commander {
	c := NewCommander(Normal, 1)
	c.look, c.post = false, postures[p]
	return c
}

// The storm that wins the game is made in every posture, the simple one
// included, whose own rules would only blockade.
func TestCommanderStormsTheWallsThatWinTheGame(t *testing.T) {
	for p := range postures {
		s := stormBoard(t, 6000, 70, 300)
		playJin(t, s, p)
		if !s.Over || s.Winner != "jin" {
			t.Errorf("posture %s: the town is %s's at the end of the Jin turn (game over %v, winner %q), want it stormed", postures[p].name, s.Place("town").Owner, s.Over, s.Winner)
		}
	}
}

// Where the town's food outlasts the game, the Jin storm it even when one
// turn of storms cannot carry it, to wear the townsmen down; where hunger
// will open the gates in time, they do not throw their men at the walls.
func TestCommanderStormsOnlyWhatItCannotStarve(t *testing.T) {
	for _, tc := range []struct {
		food  int
		storm bool
	}{{300, true}, {20, false}} {
		s := stormBoard(t, 8000, 100, tc.food)
		if ch := stormChance(s, s.Unit("jin_west"), s.Place("town").At); ch != 0 {
			t.Fatalf("the board is wrong: chance %.2f that a turn of storms carries the walls, want 0", ch)
		}
		for p := range postures {
			storms := playJin(t, s.Clone(), p)
			if got := len(storms) > 0; got != tc.storm {
				t.Errorf("food for %d days, posture %s: storms %v, want storming %v", tc.food, postures[p].name, storms, tc.storm)
			}
		}
	}
}

// A town whose fall does not end the game, and whose food outlasts it: the
// Commander's postures wear the townsmen down, storm after storm, while
// the armies at the walls have the men for it; the simple posture does
// not storm, and one army alone, which would be spent before the
// townsmen, does not either.
func TestCommanderWearsDownAnObjectiveItCannotStarve(t *testing.T) {
	for p := range postures {
		s := stormBoardBoth(t, 8000, 100, 300)
		if winsByTaking(s, s.Place("town")) {
			t.Fatal("the board is wrong: taking the town alone wins")
		}
		storms := playJin(t, s, p)
		if got, want := len(storms) > 0, !postures[p].simple; got != want {
			t.Errorf("posture %s, both armies: storms %v, want storming %v", postures[p].name, storms, want)
		}
		s = stormBoardBoth(t, 8000, 100, 300)
		s.Unit("jin_east").Status = game.Destroyed
		if pr, err := game.Predict(s, game.Order{Kind: game.Assault, Unit: "jin_west", To: s.Place("town").At}); err != nil || pr.Odds < grindOdds {
			t.Fatalf("the board is wrong: the west army's storm (%v) at odds %.2f, want at least %.2f", err, pr.Odds, grindOdds)
		}
		if storms := playJin(t, s, p); len(storms) > 0 {
			t.Errorf("posture %s, the west army alone: storms %v, want none", postures[p].name, storms)
		}
	}
}

// A town whose fall does not end the game and that hunger will open in
// time is not stormed, even where the whole line would likely carry it:
// the blood counts.
func TestCommanderStarvesAnObjectiveItNeedNotStorm(t *testing.T) {
	for p := range postures {
		s := stormBoardBoth(t, 6000, 70, 20)
		if ch := stormChance(s, s.Unit("jin_west"), s.Place("town").At); ch < 0.5 {
			t.Fatalf("the board is wrong: chance %.2f the walls fall, want at least 0.5", ch)
		}
		if storms := playJin(t, s, p); len(storms) > 0 {
			t.Errorf("posture %s: storms %v, want none", postures[p].name, storms)
		}
	}
}
