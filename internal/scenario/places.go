package scenario

import (
	"jinsong/game"
)

// Limits on places and leaders.
const (
	maxPlaces  = 5000
	maxLeaders = 5000
	maxWalls   = 4
	maxFood    = 100000
	maxStock   = 10000000 // ammunition in one arsenal or one unit
	maxPoints  = 1000000
)

// placesCheck checks the [[places]] and builds them. A place with walls on
// a ruleset that has a "city" terrain turns its hex into a city.
func (b *builder) placesCheck() {
	d := b.d
	b.placeHex = map[string]game.Hex{}
	if len(b.f.Places) > maxPlaces {
		d.errf("places", "too many places: %d (at most %d)", len(b.f.Places), maxPlaces)
		return
	}
	byHex := map[game.Hex]string{}
	for i, def := range b.f.Places {
		p := indexPath("places", i)
		idOK := d.require(joinKey(p, "id"), "the place's id, used by events and victory conditions")
		if idOK {
			checkID(d, joinKey(p, "id"), def.ID)
			if _, dup := b.placeHex[def.ID]; dup {
				d.errf(joinKey(p, "id"), "place `%s` is defined twice", def.ID)
				idOK = false
			}
		}
		pl := &game.Place{ID: def.ID, Name: def.Name, Owner: def.Owner, Walls: def.Walls, Food: def.Food,
			Arsenal: cloneInts(def.Arsenal), Port: def.Port, Supply: def.Supply, Points: def.Points}
		site, hasSite := b.sites[def.ID]
		var h game.Hex
		okHex := false
		switch {
		case d.has(joinKey(p, "at")):
			h, okHex = b.hexAt(joinKey(p, "at"), def.At)
		case hasSite:
			h, okHex = game.Hex{Col: site.Col, Row: site.Row}, b.mapOK
		case d.has("map.file") && !b.mapOK:
			// the map file is broken; its sites cannot be checked
		case b.mapF != nil:
			d.errf(p, "place `%s` has no `at` and the map file has no site `%s`%s", def.ID, def.ID, didYouMean(def.ID, sortedKeys(b.sites)))
		default:
			d.require(joinKey(p, "at"), "the place's hex, [col, row]")
		}
		if pl.Name == "" {
			if hasSite && site.Name != "" {
				pl.Name = site.Name
			} else if !d.has(joinKey(p, "at")) && d.has("map.file") && !b.mapOK {
				// it may be a site of the broken map file
			} else {
				d.require(joinKey(p, "name"), "the place's name")
			}
		}
		b.sideRef(joinKey(p, "owner"), def.Owner, true)
		if def.Walls < 0 || def.Walls > maxWalls {
			d.errf(joinKey(p, "walls"), "walls must be between 0 (an open town) and %d (the capital's walls), found %v", maxWalls, def.Walls)
		}
		checkRange(d, joinKey(p, "food"), def.Food, 0, maxFood)
		checkRange(d, joinKey(p, "points"), def.Points, -maxPoints, maxPoints)
		b.stockCheck(joinKey(p, "arsenal"), def.Arsenal)
		if okHex {
			if other, ok := byHex[h]; ok {
				d.errf(p, "place `%s` is on hex %s, where place `%s` already is", def.ID, h, other)
			}
			byHex[h] = def.ID
			pl.At = h
			if idOK {
				b.placeHex[def.ID] = h
			}
			if city := b.rules.Terrain["city"]; city != nil && def.Walls > 0 {
				b.st.SetTerrain(h, city)
			}
		} else if idOK {
			b.placeHex[def.ID] = game.Hex{Col: -1, Row: -1}
		}
		b.st.Places = append(b.st.Places, pl)
	}
}

// placeRef checks that id at path names a place.
func (b *builder) placeRef(path, id string) bool {
	if id == "" {
		b.d.require(path, "a place id")
		if b.d.has(path) {
			b.d.errf(path, "%s must name a place", lastKey(path))
		}
		return false
	}
	if _, ok := b.placeHex[id]; !ok {
		b.d.errf(path, "unknown place `%s`%s", id, didYouMean(id, sortedKeys(b.placeHex)))
		return false
	}
	return true
}

// stockCheck checks a table of weapon id -> count (an arsenal or a unit's
// ammunition) and returns the ids of known weapons with a good count.
func (b *builder) stockCheck(path string, stock map[string]int) []string {
	var good []string
	for _, w := range sortedKeys(stock) {
		wp := joinKey(path, w)
		if b.rules.Weapons[w] == nil {
			b.d.errf(wp, "unknown weapon `%s`%s", w, didYouMean(w, sortedKeys(b.rules.Weapons)))
			continue
		}
		if checkRange(b.d, wp, stock[w], 0, maxStock) {
			good = append(good, w)
		}
	}
	return good
}

// leadersCheck checks the [[leaders]] and builds them.
func (b *builder) leadersCheck() {
	d := b.d
	b.leaders = map[string]*game.Leader{}
	if len(b.f.Leaders) > maxLeaders {
		d.errf("leaders", "too many leaders: %d (at most %d)", len(b.f.Leaders), maxLeaders)
		return
	}
	abilities := b.abilities()
	for i, def := range b.f.Leaders {
		p := indexPath("leaders", i)
		if d.require(joinKey(p, "id"), "the leader's id, which units refer to") {
			checkID(d, joinKey(p, "id"), def.ID)
			if b.leaders[def.ID] != nil {
				d.errf(joinKey(p, "id"), "leader `%s` is defined twice", def.ID)
			}
		}
		if def.Name == "" {
			d.require(joinKey(p, "name"), "the leader's name")
		}
		b.sideRef(joinKey(p, "side"), def.Side, false)
		checkRange(d, joinKey(p, "command"), def.Command, 0, 3)
		for j, a := range def.Abilities {
			if abilities != nil && !abilities[a] {
				d.errf(indexPath(joinKey(p, "abilities"), j), "unknown ability `%s`: no modifier of the ruleset uses it%s", a, didYouMean(a, sortedKeys(abilities)))
			}
		}
		if b.leaders[def.ID] == nil {
			b.leaders[def.ID] = &game.Leader{ID: def.ID, Name: def.Name, Side: def.Side, Command: def.Command,
				Abilities: append([]string(nil), def.Abilities...), Bio: def.Bio}
		}
	}
}

// abilities are the leader abilities the ruleset's modifiers name (nil
// when the ruleset is unknown).
func (b *builder) abilities() map[string]bool {
	if b.rules == nil {
		return nil
	}
	out := map[string]bool{}
	for _, m := range b.rules.Modifiers {
		if m.AttackerLeader != "" {
			out[m.AttackerLeader] = true
		}
		if m.DefenderLeader != "" {
			out[m.DefenderLeader] = true
		}
	}
	return out
}

func cloneInts(m map[string]int) map[string]int {
	if m == nil {
		return nil
	}
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
