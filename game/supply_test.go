package game

import (
	"slices"
	"strings"
	"testing"
)

func TestUnitsOutOfSupplyLoseStrengthAndMorale(t *testing.T) {
	w := newWorld(t, strings.Repeat(".", 30), strings.Repeat(".", 30))
	w.place("home", "jin", 1, 100, 0, 0)
	near := w.unit("near", "jin", "infantry", 1000, 2, 0)
	far := w.unit("far", "jin", "infantry", 1000, 25, 0)
	w.unit("foe", "song", "infantry", 1000, 29, 1)
	s := w.start() // supply is applied at the start of jin's turn
	if near.Strength != 1000 || near.OutOfSupply != 0 {
		t.Errorf("unit near its city: strength %d, %d turns out of supply", near.Strength, near.OutOfSupply)
	}
	if far.Strength != 960 || far.Morale != 62 || far.OutOfSupply != 1 {
		t.Errorf("unit far from supply: strength %d (want 960), morale %.0f (want 62), %d turns out", far.Strength, far.Morale, far.OutOfSupply)
	}
	if got := s.Ledger["jin"].Lost.Soldiers; got != 40 {
		t.Errorf("desertion not recorded: ledger %d", got)
	}
}

func TestSupplyFlowsFartherAlongRivers(t *testing.T) {
	w := newWorld(t, strings.Repeat(".", 30), strings.Repeat("~", 30), strings.Repeat(".", 30))
	w.place("home", "jin", 1, 100, 0, 0)
	w.unit("foe", "song", "infantry", 1000, 29, 2)
	s := w.start()
	m := SupplyMap(s, "jin")
	// Range 12: six land hexes, or about twelve along the river.
	if !m.Has(Hex{10, 1}) {
		t.Error("river hex 10 steps away is not supplied")
	}
	if !m.Has(Hex{10, 0}) {
		t.Error("bank hex next to a supplied river stretch is not supplied")
	}
	if m.Has(Hex{20, 0}) {
		t.Error("supply reached 20 hexes")
	}
	w2 := newWorld(t, strings.Repeat(".", 30), strings.Repeat(".", 30), strings.Repeat(".", 30))
	w2.place("home", "jin", 1, 100, 0, 0)
	w2.unit("foe", "song", "infantry", 1000, 29, 2)
	s2 := w2.start()
	if SupplyMap(s2, "jin").Has(Hex{10, 0}) {
		t.Error("supply reached 10 hexes over land with range for 6")
	}
}

func TestEnemiesCutSupplyLines(t *testing.T) {
	w := newWorld(t, strings.Repeat(".", 30))
	w.place("home", "jin", 1, 100, 0, 0)
	w.unit("block", "song", "infantry", 1000, 2, 0)
	s := w.start()
	if SupplyMap(s, "jin").Has(Hex{4, 0}) {
		t.Error("supply passed through an enemy unit on a one-hex-wide strip")
	}
}

func TestAmmunitionRefillsOnlyInSuppliedCities(t *testing.T) {
	w := newWorld(t, "....", "....")
	city := w.place("city", "jin", 2, 50, 1, 0)
	city.Arsenal["incendiary_bomb"] = 150
	treb := w.unit("treb", "jin", "trebuchets", 20, 1, 0)
	out := w.unit("out", "jin", "trebuchets", 20, 3, 1)
	w.unit("foe", "song", "infantry", 500, 3, 0)
	s := w.start()
	if treb.Ammo["incendiary_bomb"] != 150 || city.Arsenal["incendiary_bomb"] != 0 {
		t.Errorf("unit in city holds %d bombs, arsenal %d; want 150 and 0", treb.Ammo["incendiary_bomb"], city.Arsenal["incendiary_bomb"])
	}
	if out.Ammo["incendiary_bomb"] != 0 {
		t.Errorf("unit outside a city drew ammunition")
	}
	_ = s
	// A blockaded city hands out nothing.
	w2 := newWorld(t, "....", "....")
	c2 := w2.place("city", "jin", 2, 50, 1, 0)
	c2.Arsenal["incendiary_bomb"] = 150
	c2.BlockadedBy = "song"
	t2 := w2.unit("treb", "jin", "trebuchets", 20, 1, 0)
	besieger := w2.unit("foe", "song", "infantry", 500, 2, 0)
	besieger.Blockading = true
	w2.start()
	if t2.Ammo["incendiary_bomb"] != 0 {
		t.Errorf("blockaded city refilled %d bombs", t2.Ammo["incendiary_bomb"])
	}
}

// supplyReference is the plain reading of the supply rule, kept as the
// oracle for SupplyMap's bit sets: a search over maps from every supply
// city, a hex in supply when its cheapest line costs no more than Range.
func supplyReference(s *State, side string) map[Hex]bool {
	r := s.Rules().Supply
	enemy, friend := map[Hex]bool{}, map[Hex]bool{}
	for _, u := range s.Units {
		if u.Alive() && s.Enemies(side, u.Side) {
			enemy[u.At] = true
		} else if u.Alive() && u.Carrier == "" {
			friend[u.At] = true
		}
	}
	cost := map[Hex]int{}
	var frontier []Hex
	for _, p := range s.Places {
		if p.Owner == side && p.Supply && p.BlockadedBy == "" {
			cost[p.At] = 0
			frontier = append(frontier, p.At)
		}
	}
	for len(frontier) > 0 { // Bellman-Ford style: relax until nothing changes
		var next []Hex
		for _, h := range frontier {
			for _, n := range h.Neighbours() {
				t := s.TerrainAt(n)
				if t == nil || enemy[n] {
					continue
				}
				step := r.LandCost
				if t.Navigable() {
					step = r.WaterCost
				} else if s.inZOC(side, false, n) && !friend[n] {
					continue
				}
				if c, ok := cost[n]; (!ok || cost[h]+step < c) && cost[h]+step <= r.Range {
					cost[n] = cost[h] + step
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	out := map[Hex]bool{}
	for h := range cost {
		out[h] = true
	}
	return out
}

// Over a game of random moves, with rivers, the sea, enemy zones of
// control, friends standing in them and a blockaded city, SupplyMap gives
// every side exactly the hexes of the plain reading of the rule.
func TestSupplyMapIsThePlainRule(t *testing.T) {
	w := newWorld(t,
		"....~~~~~~~~....",
		"..h.~.....m.~...",
		"....~..f..m.~.SS",
		"..==~.....pp~SSS",
		"....~~~~~~~~~SSS",
	)
	w.place("jin_home", "jin", 1, 100, 0, 0)
	w.place("jin_port", "jin", 1, 100, 12, 4)
	w.place("song_home", "song", 1, 100, 15, 0)
	w.place("song_fort", "song", 1, 100, 6, 2).BlockadedBy = "jin"
	w.unit("j1", "jin", "heavy_cavalry", 1000, 1, 1)
	w.unit("j2", "jin", "infantry", 1000, 7, 3)
	w.unit("j3", "jin", "river_boats", 20, 5, 0)
	w.unit("s1", "song", "infantry", 1000, 9, 1)
	w.unit("s2", "song", "crossbow", 1000, 3, 3)
	w.unit("s3", "song", "sea_warships", 20, 14, 3)
	s := w.start()
	wander(t, s, 11, 300, func(n int) {
		for _, side := range []string{"jin", "song"} {
			got, want := SupplyMap(s, side), supplyReference(s, side)
			for h := range want {
				if !got.Has(h) {
					t.Fatalf("move %d: %s's supply misses %v", n, side, h)
				}
			}
			if got.Len() != len(want) {
				t.Fatalf("move %d: %s's supply has %d hexes, want %d", n, side, got.Len(), len(want))
			}
			if len(got.Hexes()) != len(want) {
				t.Fatalf("move %d: Hexes lists %d, want %d", n, len(got.Hexes()), len(want))
			}
		}
	})
}

// sameSupply fails the test unless SupplyMap's answer for side (perhaps
// remembered) is a fresh search's.
func sameSupply(t *testing.T, s *State, side, when string) SupplyLines {
	t.Helper()
	got, want := SupplyMap(s, side), supplyMap(s, side)
	if !slices.Equal(got.Hexes(), want.Hexes()) {
		t.Fatalf("%s: SupplyMap's answer (%d hexes) is not a fresh search's (%d hexes)", when, got.Len(), want.Len())
	}
	return got
}

// SupplyMap remembers its answer while nothing it depends on changes, and
// forgets it when a unit, a place or the terrain changes, even by hand.
func TestSupplyMapIsForgottenWhenItsWorldChanges(t *testing.T) {
	w := newWorld(t,
		"..........",
		"..........",
		"..........",
	)
	home := w.place("home", "jin", 1, 100, 0, 1)
	w.place("far", "jin", 1, 100, 9, 1)
	foe := w.unit("foe", "song", "infantry", 1000, 4, 0)
	w.unit("boat", "song", "river_boats", 20, 9, 2)
	s := w.start()
	first := sameSupply(t, s, "jin", "at the start")
	if again := SupplyMap(s, "jin"); &again.bits[0] != &first.bits[0] {
		t.Error("asked twice with nothing changed, SupplyMap traced again")
	}
	foe.At = Hex{4, 1}
	if moved := sameSupply(t, s, "jin", "the enemy moved"); slices.Equal(moved.Hexes(), first.Hexes()) {
		t.Fatal("the enemy's move should change the supply lines")
	}
	home.Owner = "song"
	sameSupply(t, s, "jin", "the home city lost")
	sameSupply(t, s, "song", "the home city won")
	home.Owner = "jin"
	sameSupply(t, s, "jin", "the home city won back")
	home.BlockadedBy = "song"
	sameSupply(t, s, "jin", "the home city blockaded")
	home.BlockadedBy = ""
	sameSupply(t, s, "jin", "the blockade lifted")
	s.Place("far").Supply = false
	sameSupply(t, s, "jin", "the far city supplies no more")
	enemy := sameSupply(t, s, "jin", "before the enemy goes over")
	foe.Side = "jin" // a defection, and nothing else changes
	if turned := sameSupply(t, s, "jin", "the enemy gone over"); slices.Equal(turned.Hexes(), enemy.Hexes()) {
		t.Fatal("the enemy going over should change the supply lines")
	}
	foe.Side = "song"
	sameSupply(t, s, "jin", "the enemy gone back")
	foe.Status = Destroyed
	sameSupply(t, s, "jin", "the enemy destroyed")
	before := sameSupply(t, s, "jin", "the enemy destroyed, again")
	river, _ := s.Scn.Rules.TerrainBySymbol('~')
	for col := 1; col < 10; col++ {
		s.SetTerrain(Hex{col, 2}, river) // a line by water goes twice as far
	}
	if after := sameSupply(t, s, "jin", "the terrain changed"); after.Len() <= before.Len() {
		t.Fatalf("the river should carry supply farther: %d hexes before, %d after", before.Len(), after.Len())
	}
	c := s.Clone()
	c.Place("far").Owner = "song"
	sameSupply(t, c, "jin", "in a copy")
	sameSupply(t, s, "jin", "the original after its copy changed")
}
