package scenario

import (
	"errors"
	"io/fs"
	"reflect"
	"strings"

	"jinsong/game"
)

// maxTerrains is the most terrain types a ruleset may define (map cells
// store a terrain index in one byte).
const maxTerrains = 200

// LoadRuleset loads the ruleset file at path in fsys, checks it and calls
// Prepare. A bad file gives Diagnostics naming every problem.
func LoadRuleset(fsys fs.FS, path string) (*game.Ruleset, error) {
	data, err := readFile(fsys, path, maxFileSize)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, Diagnostics{{File: path, Msg: readProblem(path, err, maxFileSize)}}
		}
		return nil, err
	}
	var diags Diagnostics
	r := parseRuleset(path, data, &diags)
	if len(diags) > 0 {
		return nil, diags.sorted()
	}
	return r, nil
}

// parseRuleset decodes and checks a ruleset, appending problems to diags.
// It returns nil if the file has any problem.
func parseRuleset(name string, data []byte, diags *Diagnostics) *game.Ruleset {
	before := len(*diags)
	d := parseDoc(name, data, diags)
	if d == nil {
		return nil
	}
	r := &game.Ruleset{}
	decodeInto(d, r)
	checkRuleset(d, r)
	if len(*diags) > before {
		return nil
	}
	r.Prepare()
	return r
}

// checkRuleset reports everything wrong with a decoded ruleset.
func checkRuleset(d *doc, r *game.Ruleset) {
	if len(r.Terrain) == 0 {
		d.errf("terrain", "the ruleset defines no terrain (add [terrain.<id>] tables)")
	}
	if len(r.Terrain) > maxTerrains {
		d.errf("terrain", "too many terrain types: %d (at most %d)", len(r.Terrain), maxTerrains)
	}
	symbols := map[string]string{}
	for _, id := range sortedKeys(r.Terrain) {
		t, p := r.Terrain[id], joinKey("terrain", id)
		checkID(d, p, id)
		checkNonNegative(d, p, t)
		sp := joinKey(p, "symbol")
		switch {
		case !d.has(sp):
			d.errf(p, "terrain `%s` has no `symbol` (the character that stands for it in map rows)", id)
		case len(t.Symbol) != 1 || t.Symbol[0] <= ' ' || t.Symbol[0] > '~' || strings.ContainsAny(t.Symbol, `"'\`):
			d.errf(sp, "symbol %q must be one printable ASCII character other than a space, quote or backslash", t.Symbol)
		case symbols[t.Symbol] != "":
			d.errf(sp, "symbol %q is already used by terrain `%s`", t.Symbol, symbols[t.Symbol])
		default:
			symbols[t.Symbol] = id
		}
		switch t.Water {
		case "", "river", "canal", "lake", "sea":
		default:
			d.errf(joinKey(p, "water"), "unknown water %q%s", t.Water, didYouMean(t.Water, []string{"river", "canal", "lake", "sea"}))
		}
		checkColour(d, joinKey(p, "colour"), t.Colour)
	}
	for _, id := range sortedKeys(r.MoveTypes) {
		mt, p := r.MoveTypes[id], joinKey("movetypes", id)
		checkID(d, p, id)
		for _, tid := range sortedKeys(mt.Costs) {
			cp := joinKey(joinKey(p, "costs"), tid)
			if r.Terrain[tid] == nil {
				d.errf(cp, "unknown terrain `%s`%s", tid, didYouMean(tid, sortedKeys(r.Terrain)))
			}
			if mt.Costs[tid] < 1 {
				d.errf(cp, "cost must be at least 1, found %d (leave a terrain out to make it impassable)", mt.Costs[tid])
			}
		}
	}
	for _, id := range sortedKeys(r.Classes) {
		checkClass(d, joinKey("classes", id), id, r.Classes[id], r)
	}
	for _, id := range sortedKeys(r.Weapons) {
		w, p := r.Weapons[id], joinKey("weapons", id)
		checkID(d, p, id)
		checkNonNegative(d, p, w)
		if w.Range > maxRange {
			d.errf(joinKey(p, "range"), "range must be at most %d hexes, found %d", maxRange, w.Range)
		}
		for _, tag := range sortedKeys(w.Vs) {
			if w.Vs[tag] < 0 {
				d.errf(joinKey(joinKey(p, "vs"), tag), "multiplier must not be negative, found %v", w.Vs[tag])
			}
		}
	}
	for i := range r.Modifiers {
		m, p := &r.Modifiers[i], indexPath("modifiers", i)
		checkNonNegative(d, p, m)
		for _, key := range []string{"terrain", "attacker_terrain"} {
			list := m.Terrain
			if key == "attacker_terrain" {
				list = m.AttackerTerrain
			}
			for j, tid := range list {
				if r.Terrain[tid] == nil {
					d.errf(indexPath(joinKey(p, key), j), "unknown terrain `%s`%s", tid, didYouMean(tid, sortedKeys(r.Terrain)))
				}
			}
		}
	}
	checkNonNegative(d, "combat", &r.Combat)
	for i, f := range r.Combat.WallFactor {
		if f <= 0 {
			d.errf(indexPath("combat.wall_factor", i), "wall factor must be above 0, found %v", f)
		}
	}
	checkNonNegative(d, "supply", &r.Supply)
	checkNonNegative(d, "siege", &r.Siege)
}

// maxMoves and maxRange bound a class's movement points and a weapon's
// range: the computer players search and scan the hexes within them every
// turn, and the built-in rules reach 12 moves and 4 hexes.
const (
	maxMoves = 100
	maxRange = 20
)

// checkClass reports what is wrong with one unit class, from a ruleset or a
// scenario's [classes], against the ruleset r.
func checkClass(d *doc, p, id string, c *game.Class, r *game.Ruleset) {
	checkID(d, p, id)
	checkNonNegative(d, p, c)
	if c.Moves > maxMoves {
		d.errf(joinKey(p, "moves"), "moves must be at most %d (movement points in a turn), found %d", maxMoves, c.Moves)
	}
	if c.Name == "" {
		d.require(joinKey(p, "name"), "the class name shown to players")
	}
	switch c.Domain {
	case "", "land", "naval":
	default:
		d.errf(joinKey(p, "domain"), "domain must be \"land\" or \"naval\", found %q", c.Domain)
	}
	mp := joinKey(p, "movetype")
	if d.require(mp, "how the class moves, a key of [movetypes]") && r.MoveTypes[c.MoveType] == nil {
		d.errf(mp, "unknown movetype `%s`%s", c.MoveType, didYouMean(c.MoveType, sortedKeys(r.MoveTypes)))
	}
	seen := map[string]bool{}
	for i, w := range c.Weapons {
		wp := indexPath(joinKey(p, "weapons"), i)
		switch {
		case r.Weapons[w] == nil:
			d.errf(wp, "unknown weapon `%s`%s", w, didYouMean(w, sortedKeys(r.Weapons)))
		case seen[w]:
			d.errf(wp, "weapon `%s` is listed twice", w)
		}
		seen[w] = true
	}
	for _, w := range sortedKeys(c.AmmoMax) {
		ap := joinKey(joinKey(p, "ammo_max"), w)
		switch {
		case r.Weapons[w] == nil:
			d.errf(ap, "unknown weapon `%s`%s", w, didYouMean(w, sortedKeys(r.Weapons)))
		case !seen[w]:
			d.errf(ap, "`%s` is not among the class's weapons", w)
		}
		if c.AmmoMax[w] < 0 {
			d.errf(ap, "ammunition must not be negative, found %d", c.AmmoMax[w])
		}
	}
}

// checkNonNegative reports every negative number among the fields of the
// struct v points to; every number in these tables is a count, a cost or a
// multiplier.
func checkNonNegative(d *doc, p string, v any) {
	rv := reflect.ValueOf(v).Elem()
	fields := tomlFields(rv.Type())
	for _, key := range sortedKeys(fields) {
		f := rv.Field(fields[key])
		neg := false
		switch f.Kind() {
		case reflect.Int, reflect.Int64:
			neg = f.Int() < 0
		case reflect.Float64:
			neg = f.Float() < 0
		}
		if neg {
			d.errf(joinKey(p, key), "%s must not be negative, found %v", key, f.Interface())
		}
	}
}
