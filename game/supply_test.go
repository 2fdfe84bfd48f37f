package game

import (
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
	if !m[Hex{10, 1}] {
		t.Error("river hex 10 steps away is not supplied")
	}
	if !m[Hex{10, 0}] {
		t.Error("bank hex next to a supplied river stretch is not supplied")
	}
	if m[Hex{20, 0}] {
		t.Error("supply reached 20 hexes")
	}
	w2 := newWorld(t, strings.Repeat(".", 30), strings.Repeat(".", 30), strings.Repeat(".", 30))
	w2.place("home", "jin", 1, 100, 0, 0)
	w2.unit("foe", "song", "infantry", 1000, 29, 2)
	s2 := w2.start()
	if SupplyMap(s2, "jin")[Hex{10, 0}] {
		t.Error("supply reached 10 hexes over land with range for 6")
	}
}

func TestEnemiesCutSupplyLines(t *testing.T) {
	w := newWorld(t, strings.Repeat(".", 30))
	w.place("home", "jin", 1, 100, 0, 0)
	w.unit("block", "song", "infantry", 1000, 2, 0)
	s := w.start()
	if SupplyMap(s, "jin")[Hex{4, 0}] {
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
