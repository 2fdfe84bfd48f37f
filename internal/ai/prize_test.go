package ai

import (
	"testing"

	"jinsong/game"
)

// A unit that can reach the unit whose loss wins the game this turn rides
// for it, and leaves the easy fight on the way alone.
func TestCommanderRidesForThePrize(t *testing.T) {
	s := loadTest(t, "prize.toml").NewGame(1)
	horse, band, court := s.Unit("jin_horse"), s.Unit("song_band"), s.Unit("song_court")
	pr, err := game.Predict(s, game.Order{Kind: game.Attack, Unit: horse.ID, To: band.At})
	if err != nil || pr.WinChance < 0.5 {
		t.Fatalf("the board is wrong: the strike on the band (%v) should be a good one, win chance %.2f", err, pr.WinChance)
	}
	reach := false
	for _, h := range game.Destinations(s, horse) {
		reach = reach || game.Adjacent(h, court.At)
	}
	if !reach {
		t.Fatal("the board is wrong: the horse cannot reach the court this turn")
	}
	c := NewCommander(Normal, 1)
	c.look = false
	o := c.Next(s)
	if o.Kind != game.Move || !game.Adjacent(o.To, court.At) {
		t.Errorf("the Jin's first order is %s, want a move next to the court at %s", o, court.At)
	}
}

// interceptOf reports whether the Commander sends the unit id against a
// threat, with the Song band standing on band. With town, the Jin's
// objective is to take the town, not to capture the court inside it.
func interceptOf(t *testing.T, id string, band game.Hex, town bool) bool {
	t.Helper()
	return interceptWith(t, id, func(s *game.State) {
		s.Unit("song_band").At = band
		if town {
			s.Scn.Victory.Conditions[0] = game.Condition{Side: "jin", Kind: game.CondTake, Places: []string{"town"}}
		}
	})
}

// interceptWith reports whether the Commander sends the unit id against a
// threat on the intercept board after setup has changed it.
func interceptWith(t *testing.T, id string, setup func(s *game.State)) bool {
	t.Helper()
	s := loadTest(t, "intercept.toml").NewGame(1)
	setup(s)
	c := NewCommander(Normal, 1)
	c.look = false
	c.newTurn(s, phaseKey{s.Turn, s.Active})
	u := s.Unit(id)
	_, ok := c.intercept(s, u, Candidates(s, u))
	return ok
}

// A column racing for the court turns against a force that stands nearer
// the court than it does, not against one it has left behind; horse
// leaves a force in paddy to the foot. Against a town, where there is no
// race, any force near it is fought.
func TestInterceptOnTheWayToThePrize(t *testing.T) {
	ahead, behind, paddy := game.Hex{Col: 5, Row: 1}, game.Hex{Col: 1, Row: 2}, game.Hex{Col: 5, Row: 3}
	if !interceptOf(t, "jin_horse", ahead, false) {
		t.Error("the horse lets a Song band between it and the court be")
	}
	if interceptOf(t, "jin_horse", behind, false) {
		t.Error("the horse turns back against a band it has left behind, further from the court than it is")
	}
	if interceptOf(t, "jin_horse", paddy, false) {
		t.Error("the horse rides into the paddy after a band")
	}
	if !interceptOf(t, "jin_foot", paddy, false) {
		t.Error("the foot lets a band in the paddy near the court be")
	}
	if !interceptOf(t, "jin_horse", behind, true) || !interceptOf(t, "jin_horse", paddy, true) {
		t.Error("marching on a town, the horse lets a band near it be")
	}
}

// A column goes after a field force near its objective only if it, with
// the side's units near that force, would strike it. Alone, the Jin horse
// (6,000) rides at a band of 3,000 near the town, not at an army of
// 30,000; with 30,000 Jin foot beside it, it rides at the army too. When
// the Jin win if time runs out, it stands in the way of any force near
// the town it guards.
func TestInterceptOnlyWhatItWouldStrike(t *testing.T) {
	band := func(strength, foot int) func(s *game.State) {
		return func(s *game.State) {
			s.Scn.Victory.Conditions[0] = game.Condition{Side: "jin", Kind: game.CondTake, Places: []string{"town"}}
			b, f := s.Unit("song_band"), s.Unit("jin_foot")
			b.At, b.Strength = game.Hex{Col: 5, Row: 1}, strength
			if foot == 0 {
				f.At = game.Hex{Col: 0, Row: 5} // out of the fight
			} else {
				f.Strength = foot
			}
		}
	}
	if !interceptWith(t, "jin_horse", band(3000, 0)) {
		t.Error("the horse, alone, lets a band of 3,000 near the town be")
	}
	if interceptWith(t, "jin_horse", band(30000, 0)) {
		t.Error("the horse, alone, rides after an army of 30,000 it would never strike")
	}
	if !interceptWith(t, "jin_horse", band(30000, 30000)) {
		t.Error("the horse, with 30,000 foot beside it, lets an army of 30,000 near the town be")
	}
	guard := func(s *game.State) {
		band(60000, 0)(s)
		s.Place("town").Owner = "jin"
		s.Unit("song_court").Status = game.Withdrawn // the band is the only Song force
		s.Scn.Victory.Conditions[0] = game.Condition{Side: "song", Kind: game.CondTake, Places: []string{"town"}}
		s.Scn.Victory.Default = "jin"
	}
	if !interceptWith(t, "jin_horse", guard) {
		t.Error("the horse, alone, lets an army of 60,000 march on the town it guards, where time is on the Jin's side")
	}
}

// courtStrike sets up the prize board with the Song court, strength men,
// next to the Jin horse, and previews the horse's strike at it; the first
// order of a Commander in posture p follows.
func courtStrike(t *testing.T, strength int, p posture) (game.Order, game.Prediction, game.Order) {
	t.Helper()
	next := game.Hex{Col: 3, Row: 2}
	s := loadTest(t, "prize.toml").NewGame(1)
	court := s.Unit("song_court")
	court.Strength, court.At = strength, next
	s.Unit("song_band").At = game.Hex{Col: 8, Row: 5}
	strike := game.Order{Kind: game.Attack, Unit: "jin_horse", To: next}
	pr, err := game.Predict(s, strike)
	if err != nil {
		t.Fatal(err)
	}
	c := NewCommander(Normal, 1)
	c.look, c.post = false, p
	return strike, pr, c.Next(s)
}

// The strike at a prize at long odds is made in every posture, the simple
// one included, whose own rules would let it pass.
func TestCommanderStrikesAtThePrizeInEveryPosture(t *testing.T) {
	for _, p := range postures {
		strike, pr, o := courtStrike(t, 30000, p)
		if pr.WinChance > 0 || pr.Odds < 0.7 || pr.Odds >= 1 {
			t.Fatalf("the board is wrong: the strike at the court has odds %.2f and win chance %.2f, want long odds of at least 0.7:1", pr.Odds, pr.WinChance)
		}
		if o.Kind != strike.Kind || o.To != strike.To {
			t.Errorf("posture %s: the Jin's first order is %s, want the attack on the court at %s", p.name, o, strike.To)
		}
	}
}

// A strike at a prize at worse than long odds (no chance in five, odds
// under 0.7:1) is let pass in every posture, the simple one included: at
// Huangtiandang the junks, striking the fed flotilla at odds of 0.3:1,
// lost four ships for each they sank and were spent before hunger had
// worn it down.
func TestCommanderLetsAHopelessStrikeAtThePrizePass(t *testing.T) {
	for _, p := range postures {
		strike, pr, o := courtStrike(t, 60000, p)
		if pr.WinChance >= 0.2 || pr.Odds >= 0.7 {
			t.Fatalf("the board is wrong: the strike at the court has odds %.2f and win chance %.2f, want worse than long odds", pr.Odds, pr.WinChance)
		}
		if o.Kind == strike.Kind && o.To == strike.To {
			t.Errorf("posture %s: the Jin strike at the court at odds %.2f, want the strike let pass", p.name, pr.Odds)
		}
	}
}

// A unit with fire arrows rides to within their range of a prize at sea,
// which no troops can reach by a blow; without arrows it cannot strike
// the ship at all, and does not ride for it.
func TestCommanderRidesIntoRangeOfAShipPrize(t *testing.T) {
	sea := game.Hex{Col: 9, Row: 2}
	setup := func(arrows int) *game.State {
		s := loadTest(t, "arrows.toml").NewGame(1)
		s.Unit("song_band").At = game.Hex{Col: 0, Row: 4}
		a := s.Unit("jin_archers")
		a.At, a.Ammo["fire_arrows"] = game.Hex{Col: 3, Row: 2}, arrows
		f := s.Unit("song_flotilla")
		f.Status, f.At = game.Active, sea
		return s
	}
	s := setup(3000)
	a := s.Unit("jin_archers")
	if r := prizeReach(s, a, s.Unit("song_flotilla")); r != 2 {
		t.Fatalf("the archers' reach against the flotilla is %d, want the fire arrows' range 2", r)
	}
	reach := false
	for _, h := range game.Destinations(s, a) {
		reach = reach || game.Distance(h, sea) <= 2
	}
	if !reach || game.Distance(a.At, sea) <= 2 {
		t.Fatal("the board is wrong: the archers should be out of range of the flotilla, and able to get within it this turn")
	}
	c := NewCommander(Normal, 1)
	c.look = false
	if o := c.Next(s); o.Kind != game.Move || game.Distance(o.To, sea) > 2 {
		t.Errorf("the archers' first order is %s, want a move to within two hexes of the flotilla at %s", o, sea)
	}
	s = setup(0)
	if r := prizeReach(s, s.Unit("jin_archers"), s.Unit("song_flotilla")); r != 0 {
		t.Errorf("without arrows the archers' reach against a ship at sea is %d, want 0", r)
	}
	c = NewCommander(Normal, 1)
	c.look = false
	c.newTurn(s, phaseKey{s.Turn, s.Active})
	a = s.Unit("jin_archers")
	if o, ok := c.rideForPrize(s, a, Candidates(s, a)); ok {
		t.Errorf("without arrows the archers ride for the flotilla: %s", o)
	}
}
