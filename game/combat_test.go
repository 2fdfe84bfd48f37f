package game

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

func hasFactor(p Prediction, name string) bool {
	for _, f := range p.Factors {
		if f.Name == name {
			return true
		}
	}
	return false
}

// duel sets a jin attacker at (1,1) next to a song defender at (2,1) on the
// given terrain row and returns the preview of the attack.
func duel(t *testing.T, terrain byte, attClass, defClass string) (Prediction, *State) {
	t.Helper()
	row := strings.Repeat(string(terrain), 5)
	w := newWorld(t, ".....", row, ".....")
	w.unit("att", "jin", attClass, 5000, 1, 1)
	w.unit("def", "song", defClass, 5000, 2, 1)
	s := w.start()
	p, err := Predict(s, Order{Kind: Attack, Unit: "att", To: Hex{2, 1}})
	if err != nil {
		t.Fatal(err)
	}
	return p, s
}

func TestCavalryShockInTheOpenButNotInMarsh(t *testing.T) {
	open, _ := duel(t, '.', "heavy_cavalry", "infantry")
	marsh, _ := duel(t, 'm', "heavy_cavalry", "infantry")
	if !hasFactor(open, "Cavalry charge in open country") {
		t.Errorf("open-country charge missing from %+v", open.Factors)
	}
	if !hasFactor(marsh, "Cavalry bogged down in marsh and paddy") {
		t.Errorf("marsh penalty missing from %+v", marsh.Factors)
	}
	if open.Odds < 3*marsh.Odds {
		t.Errorf("cavalry odds in the open %.2f should dwarf those in marsh %.2f", open.Odds, marsh.Odds)
	}
	if open.WinChance <= marsh.WinChance {
		t.Errorf("win chance open %.2f <= marsh %.2f", open.WinChance, marsh.WinChance)
	}
	inf, _ := duel(t, '.', "infantry", "infantry")
	if open.Odds <= inf.Odds {
		t.Errorf("heavy cavalry odds %.2f not better than infantry's %.2f in the open", open.Odds, inf.Odds)
	}
}

func TestCrossbowsResistCavalry(t *testing.T) {
	vsInf, _ := duel(t, '.', "heavy_cavalry", "infantry")
	vsXbow, _ := duel(t, '.', "heavy_cavalry", "crossbow")
	if !hasFactor(vsXbow, "Crossbows break the charge") || vsXbow.Odds >= vsInf.Odds {
		t.Errorf("crossbows (odds %.2f) should resist a charge better than infantry (%.2f)", vsXbow.Odds, vsInf.Odds)
	}
}

// siegeWorld: a song city at (3,2) with walls, a jin attacker next to it.
func siegeWorld(t *testing.T, walls float64, attClass string) *world {
	w := newWorld(t, "......", "......", "......", "......")
	w.place("city", "song", walls, 30, 3, 2)
	w.unit("att", "jin", attClass, 8000, 2, 2)
	w.unit("gar", "song", "infantry", 4000, 3, 2)
	return w
}

func TestAssaultNeedsEnginesAgainstHighWalls(t *testing.T) {
	w := siegeWorld(t, 3, "infantry")
	s := w.start()
	msg := refuse(t, s, Order{Kind: Assault, Unit: "att", To: Hex{3, 2}})
	if !strings.Contains(msg, "siege engines") {
		t.Errorf("refusal %q does not mention siege engines", msg)
	}
	if msg := refuse(t, s, Order{Kind: Attack, Unit: "att", To: Hex{3, 2}}); !strings.Contains(msg, "assault") {
		t.Errorf("attacking a walled city: %q should point to an assault", msg)
	}
	// Bring trebuchets next to the city: the assault becomes legal and one
	// wall level is breached.
	w2 := siegeWorld(t, 3, "infantry")
	w2.unit("treb", "jin", "trebuchets", 40, 2, 3)
	s2 := w2.start()
	p, err := Predict(s2, Order{Kind: Assault, Unit: "att", To: Hex{3, 2}})
	if err != nil {
		t.Fatalf("assault with engines adjacent refused: %v", err)
	}
	if !hasFactor(p, "Walls (level 2)") {
		t.Errorf("engines should breach one level of three: factors %+v", p.Factors)
	}
	must(t, s2, Order{Kind: Assault, Unit: "att", To: Hex{3, 2}})
}

func TestCavalryIsWeakAgainstWalls(t *testing.T) {
	s := siegeWorld(t, 1, "heavy_cavalry").start()
	p, err := Predict(s, Order{Kind: Assault, Unit: "att", To: Hex{3, 2}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasFactor(p, "Horsemen cannot storm walls") || !hasFactor(p, "Walls (level 1)") {
		t.Errorf("factors %+v lack the wall penalties", p.Factors)
	}
	open, _ := duel(t, '.', "heavy_cavalry", "infantry")
	if p.Odds/2 > open.Odds/3 { // 8000 against 4000 here, 5000 against 5000 in the duel
		t.Errorf("cavalry against walls (odds %.2f) should be far worse than in the open (%.2f)", p.Odds, open.Odds)
	}
}

func TestCarriedUnitsCannotFight(t *testing.T) {
	w := newWorld(t, "..~..", "..~..")
	w.unit("boat", "jin", "river_boats", 50, 2, 0)
	w.unit("cav", "jin", "heavy_cavalry", 2000, 1, 0)
	w.unit("foe", "song", "infantry", 2000, 3, 0)
	s := w.start()
	must(t, s, Order{Kind: Embark, Unit: "cav", Target: "boat"})
	endTurns(t, s, 2)
	msg := refuse(t, s, Order{Kind: Attack, Unit: "cav", To: Hex{3, 0}})
	if !strings.Contains(msg, "on board") {
		t.Errorf("refusal %q should say the unit is on board", msg)
	}
}

func TestLargeShipsBeatSmallBoats(t *testing.T) {
	w := newWorld(t, "~~~~", "~~~~")
	w.unit("paddle", "song", "paddle_warships", 20, 1, 0)
	w.unit("boats", "jin", "river_boats", 100, 2, 0)
	w.s.Scn.Sides[0], w.s.Scn.Sides[1] = w.s.Scn.Sides[1], w.s.Scn.Sides[0] // song moves first
	s := w.start()
	p, err := Predict(s, Order{Kind: Attack, Unit: "paddle", To: Hex{2, 0}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasFactor(p, "Large hull against small boats") {
		t.Errorf("ship matchup factors missing: %+v", p.Factors)
	}
	// 20 x 80 against 100 x 15 base: the big hulls must come out ahead.
	if p.Odds < 2 || p.WinChance < 0.5 {
		t.Errorf("paddle-wheel warships odds %.2f win %.2f: should beat small boats", p.Odds, p.WinChance)
	}
	// And the small boats attacking the big hulls face the reverse matchup.
	endTurns(t, s, 1)
	back, err := Predict(s, Order{Kind: Attack, Unit: "boats", To: Hex{1, 0}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasFactor(back, "Small boats against a large hull") || back.Odds >= 1 {
		t.Errorf("small boats attacking paddle-wheelers: odds %.2f, factors %+v", back.Odds, back.Factors)
	}
}

func TestLandTroopsCannotMeleeShips(t *testing.T) {
	w := newWorld(t, ".~~", ".~~")
	w.unit("inf", "jin", "infantry", 1000, 0, 0)
	w.unit("ship", "song", "river_boats", 10, 1, 0)
	s := w.start()
	msg := refuse(t, s, Order{Kind: Attack, Unit: "inf", To: Hex{1, 0}})
	if !strings.Contains(msg, "bombard") {
		t.Errorf("refusal %q should point to bombardment", msg)
	}
}

// bombardDamage returns the expected loss, in soldiers' worth, of a
// bombardment by class/weapon at a target class one hex away.
func bombardDamage(t *testing.T, shooter, weapon, target string, targetTerrain byte) (Prediction, *State) {
	t.Helper()
	row := "." + string(targetTerrain) + "."
	if s := standardRules(t).Classes[shooter]; s.Naval() {
		row = "~" + string(targetTerrain) + "."
	}
	w := newWorld(t, row, "...")
	u := w.unit("shooter", "jin", shooter, 20, 0, 0)
	u.Ammo[weapon] = 1000
	w.unit("target", "song", target, 200, 1, 0)
	s := w.start()
	p, err := Predict(s, Order{Kind: Bombard, Unit: "shooter", To: Hex{1, 0}, Weapon: weapon})
	if err != nil {
		t.Fatal(err)
	}
	return p, s
}

func soldierWorth(s *State, p Prediction) float64 {
	return p.DefenderLoss * s.ClassOf(s.Unit(p.Defender)).Toughness
}

func TestIncendiariesBurnWoodenShipsAndEngines(t *testing.T) {
	pBoat, sBoat := bombardDamage(t, "trebuchets", "incendiary_bomb", "river_boats", '~')
	pEng, sEng := bombardDamage(t, "trebuchets", "incendiary_bomb", "siege_towers", '.')
	pInf, sInf := bombardDamage(t, "trebuchets", "incendiary_bomb", "infantry", '.')
	boat, eng, inf := soldierWorth(sBoat, pBoat), soldierWorth(sEng, pEng), soldierWorth(sInf, pInf)
	if boat < 4*inf || eng < 4*inf {
		t.Errorf("incendiary damage: boats %.0f, engines %.0f, infantry %.0f; wooden targets should suffer far more", boat, eng, inf)
	}
}

func TestFireLancesBurnEnginesAtShortRangeOnly(t *testing.T) {
	pEng, sEng := bombardDamage(t, "fire_lance", "fire_lance", "trebuchets", '.')
	pInf, sInf := bombardDamage(t, "fire_lance", "fire_lance", "infantry", '.')
	if soldierWorth(sEng, pEng) < 20*soldierWorth(sInf, pInf) {
		t.Errorf("fire lance vs engines %.0f vs infantry %.0f: should be for burning engines, not men",
			soldierWorth(sEng, pEng), soldierWorth(sInf, pInf))
	}
	w := newWorld(t, "....", "....")
	u := w.unit("fl", "jin", "fire_lance", 500, 0, 0)
	u.Ammo["fire_lance"] = 600
	w.unit("treb", "song", "trebuchets", 30, 2, 0)
	s := w.start()
	if msg := refuse(t, s, Order{Kind: Bombard, Unit: "fl", To: Hex{2, 0}, Weapon: "fire_lance"}); !strings.Contains(msg, "out of range") {
		t.Errorf("fire lance at two hexes: %q", msg)
	}
}

func TestThunderclapBombsCutMoraleAndAccuracy(t *testing.T) {
	w := newWorld(t, "~~~", "~~~")
	ship := w.unit("paddle", "jin", "paddle_warships", 20, 0, 0)
	ship.Ammo["thunderclap"] = 400
	target := w.unit("boats", "song", "river_boats", 200, 1, 0)
	target.Morale = 90
	s := w.start()
	must(t, s, Order{Kind: Bombard, Unit: "paddle", To: Hex{1, 0}, Weapon: "thunderclap"})
	if target.Morale > 90-s.Rules().Weapons["thunderclap"].Morale*0.75 {
		t.Errorf("morale after thunderclap %.1f, want at least %.0f lost", target.Morale, s.Rules().Weapons["thunderclap"].Morale*0.75)
	}
	if target.Dazed == 0 {
		t.Fatal("target not blinded")
	}
	endTurns(t, s, 1)
	p, err := Predict(s, Order{Kind: Attack, Unit: "boats", To: Hex{0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasFactor(p, "Blinded by thunderclap smoke") {
		t.Errorf("blinded attacker has no accuracy penalty: %+v", p.Factors)
	}
}

func TestIronBombsBreachWalls(t *testing.T) {
	w := newWorld(t, "....", "....")
	c := w.place("city", "song", 3, 30, 2, 0)
	treb := w.unit("treb", "jin", "trebuchets", 40, 0, 0)
	treb.Ammo["iron_bomb"] = 80
	w.unit("gar", "song", "infantry", 3000, 2, 0)
	s := w.start()
	must(t, s, Order{Kind: Bombard, Unit: "treb", To: Hex{2, 0}, Weapon: "iron_bomb"})
	if c.Walls >= 3 {
		t.Errorf("walls still %.2f after iron bombs", c.Walls)
	}
	if treb.Ammo["iron_bomb"] != 60 {
		t.Errorf("ammunition %d after one bombardment, want 60", treb.Ammo["iron_bomb"])
	}
}

func TestAmmunitionIsFinite(t *testing.T) {
	w := newWorld(t, "~~~", "~~~")
	ship := w.unit("paddle", "jin", "paddle_warships", 20, 0, 0)
	ship.Ammo["thunderclap"] = 60 // one shot of 50
	w.unit("boats", "song", "river_boats", 200, 1, 0)
	s := w.start()
	must(t, s, Order{Kind: Bombard, Unit: "paddle", To: Hex{1, 0}, Weapon: "thunderclap"})
	endTurns(t, s, 2)
	msg := refuse(t, s, Order{Kind: Bombard, Unit: "paddle", To: Hex{1, 0}, Weapon: "thunderclap"})
	if !strings.Contains(msg, "10 thunderclap") {
		t.Errorf("refusal %q should state the stock left", msg)
	}
}

func TestPredictionMatchesResolution(t *testing.T) {
	const seeds = 600
	_, base := duel(t, '.', "infantry", "infantry")
	o := Order{Kind: Attack, Unit: "att", To: Hex{2, 1}}
	p, _ := Predict(base, o)
	wins, attLoss, defLoss := 0, 0.0, 0.0
	for seed := int64(0); seed < seeds; seed++ {
		s := base.Clone()
		s.RNG = NewRNG(seed)
		d0 := s.Unit("def").Strength
		a0 := s.Unit("att").Strength
		def := s.Unit("def")
		at := def.At
		must(t, s, o)
		attLoss += float64(a0 - s.Unit("att").Strength)
		defLoss += float64(d0 - def.Strength)
		if def.At != at || !def.Alive() {
			wins++
		}
	}
	if got := float64(wins) / seeds; math.Abs(got-p.WinChance) > 0.06 {
		t.Errorf("defender dislodged in %.2f of games, preview said %.2f", got, p.WinChance)
	}
	if got := defLoss / seeds; math.Abs(got-p.DefenderLoss) > 0.05*p.DefenderLoss {
		t.Errorf("mean defender loss %.0f, preview %.0f", got, p.DefenderLoss)
	}
	if got := attLoss / seeds; math.Abs(got-p.AttackerLoss) > 0.05*p.AttackerLoss {
		t.Errorf("mean attacker loss %.0f, preview %.0f", got, p.AttackerLoss)
	}
}

func TestBeatenDefenderRetreatsAndAttackerAdvances(t *testing.T) {
	w := newWorld(t, "......", "......", "......")
	w.unit("att", "jin", "heavy_cavalry", 10000, 1, 1)
	def := w.unit("def", "song", "militia", 1000, 2, 1)
	s := w.start()
	must(t, s, Order{Kind: Attack, Unit: "att", To: Hex{2, 1}})
	if def.Alive() && Distance(def.At, Hex{1, 1}) <= 1 {
		t.Fatalf("overwhelmed defender still at %v", def.At)
	}
	if s.Unit("att").At != (Hex{2, 1}) {
		t.Errorf("attacker did not advance into the emptied hex")
	}
}

func TestRoutedUnitWithNoWayOutIsCaptured(t *testing.T) {
	// Defender on a spit of land: water all around but the attacker's side.
	w := newWorld(t, "~~~~", "..~~", "~~~~")
	w.unit("att", "jin", "heavy_cavalry", 10000, 0, 1)
	def := w.unit("def", "song", "militia", 500, 1, 1)
	def.Morale = 26
	s := w.start()
	must(t, s, Order{Kind: Attack, Unit: "att", To: Hex{1, 1}})
	if def.Status != Captured && def.Status != Destroyed {
		t.Fatalf("cut-off routed unit is %s at %v", def.Status, def.At)
	}
	if got := s.Ledger["song"].Lost.Soldiers; got != 500 {
		t.Errorf("song ledger lost %d, want all 500", got)
	}
}

func TestCanFallBackNamesTheRetreatsWayOut(t *testing.T) {
	// def at (2,1), struck from (1,1). Its neighbours farther from the blow
	// are (3,0), open ground; (3,1), water; and (3,2), held by an enemy.
	w := newWorld(t, ".....", "...~.", ".....")
	w.unit("att", "jin", "heavy_cavalry", 10000, 1, 1)
	w.unit("guard", "jin", "infantry", 1000, 3, 2)
	def := w.unit("def", "song", "militia", 500, 2, 1)
	def.Morale = 20
	s := w.start()
	from := Hex{1, 1}
	ways := func(ignore string) []Hex {
		var out []Hex
		for _, n := range def.At.Neighbours() {
			if s.CanFallBack(def, n, from, ignore) {
				out = append(out, n)
			}
		}
		return out
	}
	if got := ways(""); len(got) != 1 || got[0] != (Hex{3, 0}) {
		t.Fatalf("ways out %v, want only (3,0): not back towards the blow, not onto water, not onto an enemy", got)
	}
	if got := ways("guard"); len(got) != 2 || got[1] != (Hex{3, 2}) && got[0] != (Hex{3, 2}) {
		t.Errorf("with the guard counted gone, ways out %v, want (3,0) and (3,2)", got)
	}
	for i := range s.Rules().Combat.StackLimit {
		w.unit(fmt.Sprint("friend", i), "song", "militia", 100, 3, 0)
	}
	if got := ways(""); len(got) != 0 {
		t.Fatalf("a full stack still counted as a way out: %v", got)
	}
	// The engine's own blow agrees: the broken unit has nowhere to go.
	must(t, s, Order{Kind: Attack, Unit: "att", To: def.At})
	if def.Alive() && def.At != (Hex{2, 1}) {
		t.Errorf("the retreat found a way out to %v that CanFallBack did not", def.At)
	}
}

func TestLeaderAddsToPower(t *testing.T) {
	without, _ := duel(t, '.', "infantry", "infantry")
	w := newWorld(t, ".....", ".....", ".....")
	w.s.Scn.Leaders["li"] = &Leader{ID: "li", Name: "Li", Side: "jin", Command: 3}
	a := w.unit("att", "jin", "infantry", 5000, 1, 1)
	a.Leader = "li"
	w.unit("def", "song", "infantry", 5000, 2, 1)
	s := w.start()
	with, err := Predict(s, Order{Kind: Attack, Unit: "att", To: Hex{2, 1}})
	if err != nil {
		t.Fatal(err)
	}
	want := 1 + 3*s.Rules().Combat.LeaderPerPoint
	if math.Abs(with.AttackPower/without.AttackPower-want) > 1e-9 || !hasFactor(with, "Leader: Li") {
		t.Errorf("leader: power ratio %.3f, want %.3f", with.AttackPower/without.AttackPower, want)
	}
}

func TestSallyStaysInsideTheCity(t *testing.T) {
	w := newWorld(t, "....", "....")
	w.place("city", "song", 2, 30, 1, 0)
	gar := w.unit("gar", "song", "infantry", 8000, 1, 0)
	w.unit("camp", "jin", "militia", 500, 2, 0)
	w.s.Scn.Sides[0], w.s.Scn.Sides[1] = w.s.Scn.Sides[1], w.s.Scn.Sides[0]
	s := w.start()
	p, err := Predict(s, Order{Kind: Sally, Unit: "gar", To: Hex{2, 0}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasFactor(p, "Sally from the gates") {
		t.Errorf("sally bonus missing: %+v", p.Factors)
	}
	must(t, s, Order{Kind: Sally, Unit: "gar", To: Hex{2, 0}})
	if gar.At != (Hex{1, 0}) {
		t.Errorf("sallying garrison left the city for %v", gar.At)
	}
	w2 := newWorld(t, "....", "....")
	w2.unit("x", "jin", "infantry", 1000, 0, 0)
	w2.unit("y", "song", "infantry", 1000, 1, 0)
	s2 := w2.start()
	if msg := refuse(t, s2, Order{Kind: Sally, Unit: "x", To: Hex{1, 0}}); !strings.Contains(msg, "not inside a friendly city") {
		t.Errorf("sally from the open: %q", msg)
	}
}

func TestWinningAttackerNeverRoutsAndRemnantsCanBeFinished(t *testing.T) {
	w := newWorld(t, ".....", ".....")
	att := w.unit("att", "jin", "infantry", 5000, 1, 0)
	att.Morale = 10 // starving, but far stronger
	def := w.unit("def", "song", "trebuchets", 1, 2, 0)
	s := w.start()
	must(t, s, Order{Kind: Attack, Unit: "att", To: Hex{2, 0}})
	if def.Alive() {
		t.Errorf("a one-machine remnant survived an attack at huge odds")
	}
	if att.At != (Hex{1, 0}) && att.At != (Hex{2, 0}) {
		t.Errorf("the winning attacker fled to %v", att.At)
	}
	for _, ev := range s.Log {
		if ev.Kind == EvRout && ev.Unit == "att" {
			t.Errorf("winning attacker routed: %s", ev.Text)
		}
	}
}

// Forecast is Predict without the explanations: for an attack in the open,
// one on a dug-in crossbow line, an assault on walls and a bombardment,
// every figure is Predict's, and only Predict lists the factors.
func TestForecastIsThePreviewWithoutItsFactors(t *testing.T) {
	w := newWorld(t,
		"..m...",
		"......",
		"......",
	)
	cav := w.unit("cav", "jin", "heavy_cavalry", 5000, 1, 0)
	cav.Experience = 2
	w.unit("foot", "jin", "infantry", 4000, 3, 1)
	w.unit("eng", "jin", "trebuchets", 500, 4, 2).Ammo["stones"] = 300
	w.unit("bog", "song", "infantry", 3000, 2, 0)
	dug := w.unit("dug", "song", "crossbow", 3000, 4, 1)
	dug.Fortified = true
	w.unit("garrison", "song", "infantry", 2000, 3, 2)
	w.place("town", "song", 2, 10, 3, 2)
	s := w.start()
	orders := []Order{
		{Kind: Attack, Unit: "cav", To: Hex{2, 0}},
		{Kind: Attack, Unit: "foot", To: Hex{4, 1}},
		{Kind: Assault, Unit: "foot", To: Hex{3, 2}},
		{Kind: Bombard, Unit: "eng", To: Hex{3, 2}, Weapon: "stones"},
	}
	checked := 0
	for _, o := range orders {
		want, werr := Predict(s, o)
		got, gerr := Forecast(s, o)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%v: Predict says %v, Forecast %v", o, werr, gerr)
		}
		if werr != nil {
			continue
		}
		checked++
		if len(want.Factors) == 0 || len(got.Factors) != 0 {
			t.Errorf("%v: Predict lists %d factors, Forecast %d", o, len(want.Factors), len(got.Factors))
		}
		want.Factors = nil
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%v: Forecast %+v, Predict %+v", o, got, want)
		}
	}
	if checked < len(orders) {
		t.Fatalf("only %d of the fights were legal: the board is wrong", checked)
	}
}
