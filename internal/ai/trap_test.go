package ai

import (
	"testing"

	"jinsong/game"
)

// trapBoard is the prize board with the Song court (1,500 men, morale
// morale) on the east edge at court and the Jin horse at horse, the Song
// band out of the way and the port in Jin hands (an open Song port would
// draw the horse).
func trapBoard(t *testing.T, seed int64, court, horse game.Hex, morale float64) *game.State {
	t.Helper()
	s := loadTest(t, "prize.toml").NewGame(seed)
	s.Place("port").Owner = "jin"
	c := s.Unit("song_court")
	c.At, c.Strength, c.Morale = court, 1500, morale
	s.Unit("jin_horse").At = horse
	s.Unit("song_band").At = game.Hex{Col: 0, Row: 5}
	return s
}

// flightFrom counts the hexes the engine's retreat can take a beaten unit
// to: struck from a hex where it counts none, a court that breaks is
// captured, and one that only gives ground stays where it is (and loses
// more); from any other it leaves its hex. Checked against the engine's
// own blows, from every hex round the court on the map's east edge, at
// morale high and low (to see both), over many dice.
func TestFlightFromAgreesWithTheRetreat(t *testing.T) {

	seen := map[game.EventKind]map[bool]bool{game.EvRout: {}, game.EvRetreat: {}}
	for _, court := range []game.Hex{{Col: 9, Row: 3}, {Col: 9, Row: 2}} {
		for _, from := range court.Neighbours() {
			for _, morale := range []float64{90, 15} {
				for seed := int64(1); seed <= 20; seed++ {
					s := trapBoard(t, seed, court, from, morale)
					if !s.Map.In(from) {
						break
					}
					cu, horse := s.Unit("song_court"), s.Unit("jin_horse")
					trapped := flightFrom(s, cu, horse, from) == 0
					before := len(s.Log)
					if _, err := s.Apply(game.Order{Kind: game.Attack, Unit: horse.ID, To: court}); err != nil {
						t.Fatal(err)
					}
					for _, e := range s.Log[before:] {
						if e.Unit != cu.ID || e.Kind != game.EvRout && e.Kind != game.EvRetreat {
							continue
						}
						seen[e.Kind][trapped] = true
						if stuck := cu.Status == game.Captured || cu.At == court; stuck != trapped {
							t.Errorf("court at %s struck from %s (%s): flightFrom says trapped=%v, the engine left it stuck=%v", court, from, e.Text, trapped, stuck)
						}
					}
				}
			}
		}
	}
	for kind, m := range seen {
		if !m[true] || !m[false] {
			t.Errorf("the board is wrong: %s seen when trapped=%v, when free=%v; want both", kind, m[true], m[false])
		}
	}
}

// Next to the prize where a blow would leave it a way out, the Commander
// first steps to the hex from which it would leave none, then strikes;
// and a unit closing on the prize makes for that hex.
func TestCommanderStrikesThePrizeWhereItCannotFlee(t *testing.T) {
	court, trap, open := game.Hex{Col: 9, Row: 3}, game.Hex{Col: 8, Row: 3}, game.Hex{Col: 9, Row: 4}
	s := trapBoard(t, 1, court, open, 90)
	court0, horse := s.Unit("song_court"), s.Unit("jin_horse")
	if flightFrom(s, court0, horse, open) == 0 || flightFrom(s, court0, horse, trap) != 0 {
		t.Fatal("the board is wrong: want a way out from the south, none from the west")
	}
	c := NewCommander(Normal, 1)
	c.look = false
	o := c.Next(s)
	if o.Kind != game.Move || o.To != trap {
		t.Fatalf("the Jin's first order is %s, want the horse to step to %s", o, trap)
	}
	if _, err := s.Apply(o); err != nil {
		t.Fatal(err)
	}
	if o := c.Next(s); o.Kind != game.Attack || o.To != court {
		t.Errorf("after the step the Jin's order is %s, want the attack on the court at %s", o, court)
	}

	s = trapBoard(t, 1, court, game.Hex{Col: 7, Row: 3}, 90)
	c = NewCommander(Normal, 1)
	c.look = false
	if o := c.Next(s); o.Kind != game.Move || o.To != trap {
		t.Errorf("closing on the court, the Jin's first order is %s, want the horse to make for %s", o, trap)
	}
}
