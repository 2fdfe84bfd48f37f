package ai

import (
	"slices"
	"testing"

	"jinsong/game"
)

// jinTurn plays the Jin's first turn with c and returns its orders.
func jinTurn(t *testing.T, s *game.State, c *Commander) []game.Order {
	t.Helper()
	var orders []game.Order
	for s.ActiveSide() == "jin" && !s.Over {
		o := c.Next(s)
		orders = append(orders, o)
		if _, err := s.Apply(o); err != nil {
			t.Fatal(err)
		}
	}
	return orders
}

// A column on its way does not stop to shoot at a band in the field that
// threatens nothing: it marches first.
func TestCommanderMarchesBeforeShootingOnTheWay(t *testing.T) {
	s := loadTest(t, "march.toml").NewGame(1)
	archers, town := s.Unit("jin_archers"), s.Place("town").At
	if len(bombards(s, archers)) == 0 {
		t.Fatal("the board is wrong: the archers have nothing in range")
	}
	d0 := game.Distance(archers.At, town)
	c := NewCommander(Normal, 1)
	c.look = false
	jinTurn(t, s, c)
	if d := game.Distance(archers.At, town); d >= d0 {
		t.Errorf("the archers stand at %s, %d hexes from the town (they started %d away): they shot instead of marching", archers.At, d, d0)
	}
}

// bombards lists the bombardments u could order now.
func bombards(s *game.State, u *game.Unit) []game.Order {
	var out []game.Order
	for _, o := range orders(s, u) {
		if o.Kind == game.Bombard {
			out = append(out, o)
		}
	}
	return out
}

// A strike at the unit whose loss wins the game is worth long odds: the
// Jin attack the emperor's guard although the preview gives them less
// than the three chances in ten the Commander asks of an objective.
func TestCommanderStrikesAtTheGameWinningTargetAtLongOdds(t *testing.T) {
	s := loadTest(t, "hunt.toml").NewGame(1)
	foot, guard := s.Unit("jin_foot"), s.Unit("song_emperor")
	attack := game.Order{Kind: game.Attack, Unit: foot.ID, To: guard.At}
	pr, err := game.Predict(s, attack)
	if err != nil {
		t.Fatal(err)
	}
	if pr.WinChance >= 0.3 || pr.WinChance < 0.2 && pr.Odds < 0.7 {
		t.Fatalf("the board is wrong: win chance %.2f, odds %.2f", pr.WinChance, pr.Odds)
	}
	c := NewCommander(Normal, 1)
	c.look = false
	if o := c.Next(s); o.Kind != game.Attack || o.To != guard.At {
		t.Errorf("the Jin's first order is %s, want the attack on the emperor's guard (win chance %.2f)", o, pr.WinChance)
	}
}

// A side playing for points marches on the places a scripted event will
// pay it for holding, until the event has paid.
func TestPointTargetsAreThePlacesTheRecordPaysFor(t *testing.T) {
	s := loadTest(t, "record.toml").NewGame(1)
	town := s.Place("town").At
	if got := pointTargets(s, "song"); !slices.Equal(got, []game.Hex{town}) {
		t.Errorf("the Song's point targets are %v, want the town %s", got, town)
	}
	if got := pointTargets(s, "jin"); len(got) != 0 {
		t.Errorf("the Jin play for no points, yet their point targets are %v", got)
	}
	s.Place("town").Owner = "song"
	if got := pointTargets(s, "song"); len(got) != 0 {
		t.Errorf("the Song hold the town, yet their point targets are %v", got)
	}
	s.Place("town").Owner = "jin"
	s.Fired[0] = true
	if got := pointTargets(s, "song"); len(got) != 0 {
		t.Errorf("the record has been taken, yet the Song's point targets are %v", got)
	}
}

// The Song horse rides for the town the record pays for, which is nearer
// than the capital whose taking would win outright.
func TestCommanderPlaysForTheRecord(t *testing.T) {
	s := loadTest(t, "record.toml").NewGame(1)
	horse, town := s.Unit("song_horse"), s.Place("town").At
	d0 := game.Distance(horse.At, town)
	c := NewCommander(Normal, 1)
	c.look = false
	songTurn(t, s, c)
	if d := game.Distance(horse.At, town); d >= d0 {
		t.Errorf("the Song horse stands at %s, %d hexes from the town (it started %d away)", horse.At, d, d0)
	}
}
