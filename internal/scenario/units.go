package scenario

import (
	"fmt"

	"jinsong/game"
)

// Limits on units.
const (
	maxUnits      = 5000
	maxStrength   = 1000000
	maxExperience = 3 // winners gain a level up to 3
	defaultMorale = 70
)

// placed is what unitsCheck learned about where one unit starts.
type placed struct {
	u     *game.Unit
	class *game.Class // nil if unknown or broken
	key   string      // key path of the position (at, place or carrier)
	ok    bool        // u.At is a good hex
	ways  int         // how many of at, place, carrier were given
}

// unitsCheck checks the [[units]] and builds them: their fields, where they
// start, the ships that carry them, and that no hex starts with hostile
// units, too many units of one side, or a unit on terrain it cannot enter.
func (b *builder) unitsCheck() {
	d := b.d
	b.units = map[string]*game.Unit{}
	b.defs = map[string]int{}
	b.arriving = map[string]bool{}
	b.st.Scn.Sides = b.gameSides() // for Enemies
	if len(b.f.Units) > maxUnits {
		d.errf("units", "too many units: %d (at most %d)", len(b.f.Units), maxUnits)
		return
	}
	if len(b.f.Units) == 0 && !d.suppressed("units") {
		d.errf("units", "the scenario has no [[units]]")
	}
	all := make([]*placed, len(b.f.Units))
	led := map[string]string{} // leader id -> unit id
	for i := range b.f.Units {
		all[i] = b.unitFields(i, led)
	}
	b.carriers(all)
	b.unitTerrain(all)
	b.unitHexes(all)
	has := map[string]bool{}
	sidesOK := len(b.f.Units) > 0
	for _, pl := range all {
		has[pl.u.Side] = true
		sidesOK = sidesOK && b.sides[pl.u.Side]
		b.st.Units = append(b.st.Units, pl.u)
	}
	for i, sd := range b.f.Sides {
		if sd.ID != "" && !has[sd.ID] && sidesOK {
			d.errf(indexPath("sides", i), "side `%s` has no units (the game would end at once)", sd.ID)
		}
	}
}

// unitFields checks one unit's own fields and its starting position.
func (b *builder) unitFields(i int, led map[string]string) *placed {
	d, def := b.d, &b.f.Units[i]
	p := indexPath("units", i)
	u := &game.Unit{ID: def.ID, Name: def.Name, Side: def.Side, Class: def.Class, Strength: def.Strength,
		Morale: def.Morale, Experience: def.Experience, Leader: def.Leader, Ammo: cloneInts(def.Ammo), Status: game.Active}
	if def.Arrives {
		u.Status = game.Waiting
	}
	pl := &placed{u: u}
	if d.require(joinKey(p, "id"), "the unit's id") {
		checkID(d, joinKey(p, "id"), def.ID)
		if _, dup := b.units[def.ID]; dup {
			d.errf(joinKey(p, "id"), "unit `%s` is defined twice (first at %s)", def.ID, b.where("units", b.defs[def.ID]))
		} else {
			b.units[def.ID] = u
			b.defs[def.ID] = i
			b.arriving[def.ID] = def.Arrives
		}
	}
	if def.Name == "" {
		d.require(joinKey(p, "name"), "the unit's name shown to players")
	}
	b.sideRef(joinKey(p, "side"), def.Side, false)
	pl.class = b.classRef(joinKey(p, "class"), def.Class)
	if d.require(joinKey(p, "strength"), "soldiers, or ships for a naval class") {
		checkRange(d, joinKey(p, "strength"), def.Strength, 1, maxStrength)
	}
	if !d.has(joinKey(p, "morale")) {
		u.Morale = defaultMorale
	} else if !(def.Morale >= 0 && def.Morale <= 100) {
		d.errf(joinKey(p, "morale"), "morale must be between 0 and 100, found %v", def.Morale)
	}
	checkRange(d, joinKey(p, "experience"), def.Experience, 0, maxExperience)
	b.unitLeader(p, def, led)
	b.unitAmmo(p, def, pl.class)

	for _, key := range []string{"at", "place", "carrier"} {
		if d.has(joinKey(p, key)) {
			pl.ways++
			if pl.key == "" {
				pl.key = joinKey(p, key)
			}
		}
	}
	switch {
	case pl.ways == 0:
		d.errf(p, "unit `%s` needs a position: `at = [col, row]`, `place = \"<place id>\"` or `carrier = \"<ship id>\"`", def.ID)
	case pl.ways > 1:
		d.errf(p, "unit `%s` has more than one of `at`, `place` and `carrier`: give one", def.ID)
	case d.has(joinKey(p, "at")):
		u.At, pl.ok = b.hexAt(pl.key, def.At)
	case d.has(joinKey(p, "place")):
		if b.placeRef(pl.key, def.Place) {
			u.At = b.placeHex[def.Place]
			pl.ok = b.mapOK && b.st.Map.In(u.At)
		}
	case def.Arrives:
		d.errf(pl.key, "a unit that arrives later cannot start on board a ship: give `at` or `place`, where it will arrive")
	}
	if pl.ways == 0 {
		pl.key = p
	}
	return pl
}

// classRef checks that id at path names a unit class; it returns the class
// unless it is unknown or has problems of its own.
func (b *builder) classRef(path, id string) *game.Class {
	if id == "" {
		b.d.require(path, "a unit class of the ruleset or of [classes]")
		if b.d.has(path) {
			b.d.errf(path, "class must not be empty")
		}
		return nil
	}
	c := b.rules.Classes[id]
	if c == nil {
		b.d.errf(path, "unknown class `%s`%s", id, didYouMean(id, sortedKeys(b.rules.Classes)))
		return nil
	}
	if b.badClass[id] {
		return nil
	}
	return c
}

// unitLeader checks the unit's leader: known, of the same side, leading no
// other unit.
func (b *builder) unitLeader(p string, def *UnitDef, led map[string]string) {
	if def.Leader == "" {
		return
	}
	lp := joinKey(p, "leader")
	l := b.leaders[def.Leader]
	switch {
	case l == nil:
		b.d.errf(lp, "unknown leader `%s`%s", def.Leader, didYouMean(def.Leader, sortedKeys(b.leaders)))
	case l.Side != def.Side && b.sides[l.Side] && b.sides[def.Side]:
		b.d.errf(lp, "leader `%s` serves side `%s`, not `%s`", def.Leader, l.Side, def.Side)
	case led[def.Leader] != "":
		b.d.errf(lp, "leader `%s` already leads unit `%s`", def.Leader, led[def.Leader])
	default:
		led[def.Leader] = def.ID
	}
}

// unitAmmo checks the unit's ammunition against its class.
func (b *builder) unitAmmo(p string, def *UnitDef, c *game.Class) {
	ap := joinKey(p, "ammo")
	for _, w := range b.stockCheck(ap, def.Ammo) {
		if c == nil {
			continue
		}
		wp := joinKey(ap, w)
		if !contains(c.Weapons, w) {
			list := expectedOneOf(c.Weapons)
			if len(c.Weapons) == 0 {
				list = " (it has no weapons)"
			}
			b.d.errf(wp, "class `%s` does not use `%s`%s", def.Class, w, list)
		} else if n, limit := def.Ammo[w], c.AmmoMax[w]; n > limit {
			b.d.errf(wp, "%d %s is more than class `%s` can carry (ammo_max %d)", n, w, def.Class, limit)
		}
	}
}

// carriers puts units that start on board on their ships, checking that
// each carrier is a ship of the same side with room for them.
func (b *builder) carriers(all []*placed) {
	d := b.d
	load := map[string]int{}
	for i, pl := range all {
		def := &b.f.Units[i]
		if def.Carrier == "" || pl.ways != 1 || def.Arrives {
			continue
		}
		cp := pl.key
		ship := b.units[def.Carrier]
		var sp *placed
		if ship != nil {
			sp = all[b.defs[def.Carrier]]
		}
		switch {
		case ship == nil:
			d.errf(cp, "unknown unit `%s`%s", def.Carrier, didYouMean(def.Carrier, sortedKeys(b.units)))
		case def.Carrier == def.ID:
			d.errf(cp, "unit `%s` cannot carry itself", def.ID)
		case sp.class == nil || pl.class == nil:
			// unknown classes are reported already
		case !sp.class.Naval():
			d.errf(cp, "carrier `%s` is %s, not a ship (a class with domain = \"naval\")", def.Carrier, ship.Class)
		case pl.class.Naval():
			d.errf(cp, "unit `%s` is a ship (%s) and cannot be carried", def.ID, def.Class)
		case ship.Side != def.Side:
			d.errf(cp, "carrier `%s` belongs to side `%s`, not `%s`", def.Carrier, ship.Side, def.Side)
		case b.f.Units[b.defs[def.Carrier]].Carrier != "":
			d.errf(cp, "carrier `%s` is itself on board a ship", def.Carrier)
		case ship.Status == game.Waiting:
			d.errf(cp, "carrier `%s` arrives later (arrives = true), so nothing can start on board", def.Carrier)
		default:
			load[def.Carrier]++
			if c := sp.class.Capacity; load[def.Carrier] > c {
				d.errf(cp, "ship `%s` (%s) can carry %d units; `%s` is one too many", def.Carrier, ship.Class, c, def.ID)
			}
			pl.u.Carrier = def.Carrier
			pl.u.At = ship.At
			pl.ok = sp.ok
		}
	}
}

// unitTerrain checks that each unit starts (or arrives) on terrain its
// class can enter.
func (b *builder) unitTerrain(all []*placed) {
	if !b.terrainOK {
		return
	}
	for _, pl := range all {
		u := pl.u
		if !pl.ok || pl.class == nil || u.Carrier != "" || b.st.CanStand(pl.class, u.At) {
			continue
		}
		t := b.st.TerrainAt(u.At)
		why := fmt.Sprintf("movetype `%s` cannot enter %s", pl.class.MoveType, t.ID)
		if pl.class.Naval() {
			why += "; ships need water they can sail or a port"
		}
		b.d.errf(pl.key, "unit `%s` (%s) cannot stand on hex %s, which is %s: %s", u.ID, u.Class, u.At, t.Name, why)
	}
}

// unitHexes checks that no hex starts with hostile units or more units of
// one side than the stack limit.
func (b *builder) unitHexes(all []*placed) {
	d := b.d
	limit := b.rules.Combat.StackLimit
	byHex := map[game.Hex][]*game.Unit{}
	stack := map[game.Hex]map[string]int{}
	for _, pl := range all {
		u := pl.u
		if !pl.ok || u.Status != game.Active {
			continue
		}
		for _, o := range byHex[u.At] {
			if b.st.Enemies(u.Side, o.Side) && b.sides[u.Side] && b.sides[o.Side] {
				d.errf(pl.key, "hostile units in one hex: `%s` (%s) and `%s` (%s) both start on hex %s", o.ID, o.Side, u.ID, u.Side, u.At)
				break
			}
		}
		byHex[u.At] = append(byHex[u.At], u)
		if u.Carrier != "" {
			continue
		}
		if stack[u.At] == nil {
			stack[u.At] = map[string]int{}
		}
		stack[u.At][u.Side]++
		if stack[u.At][u.Side] == limit+1 {
			d.errf(pl.key, "hex %s holds more than %d units of side `%s` (the stack limit): `%s` is one too many", u.At, limit, u.Side, u.ID)
		}
	}
}

// reinforcements reports units that arrive later but that no reinforce
// effect ever brings in.
func (b *builder) reinforcements() {
	for i, def := range b.f.Units {
		if def.Arrives && !b.brought[def.ID] && def.ID != "" {
			b.d.errf(joinKey(indexPath("units", i), "arrives"), "unit `%s` arrives later, but no event brings it in (list it in a \"reinforce\" effect)", def.ID)
		}
	}
}

// where names the line of the i-th table of an array for messages: "line 12".
func (b *builder) where(array string, i int) string {
	line, _ := b.d.ix.lookup(indexPath(array, i))
	return fmt.Sprintf("line %d", line)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
