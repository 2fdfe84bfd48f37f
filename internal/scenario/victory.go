package scenario

import (
	"jinsong/game"
)

// Limits on victory conditions.
const (
	maxConditions = 200
	maxZoneHexes  = 1 << 20 // over all conditions
)

// conditionKinds are the kinds of victory condition the engine knows.
var conditionKinds = []string{game.CondTake, game.CondHold, game.CondDestroy, game.CondEscape, game.CondOccupy, game.CondPoints}

// victoryCheck checks the [victory] table and builds the conditions.
func (b *builder) victoryCheck() {
	d, v := b.d, &b.f.Victory
	b.sideRef("victory.default", v.Default, true)
	if len(v.Conditions) > maxConditions {
		d.errf("victory.conditions", "too many victory conditions: %d (at most %d)", len(v.Conditions), maxConditions)
		return
	}
	zoneHexes := 0
	for i, c := range v.Conditions {
		p := indexPath("victory.conditions", i)
		b.sideRef(joinKey(p, "side"), c.Side, false)
		cond := game.Condition{Side: c.Side, Kind: c.Kind, Places: append([]string(nil), c.Places...),
			Units: append([]string(nil), c.Units...), Count: c.Count, ByTurn: c.ByTurn, Points: c.Points, Text: c.Text}
		for j, id := range c.Places {
			b.placeRef(indexPath(joinKey(p, "places"), j), id)
		}
		for j, id := range c.Units {
			b.unitRef(indexPath(joinKey(p, "units"), j), id)
		}
		cond.Zone = b.zone(p, c)
		zoneHexes += len(cond.Zone)
		if zoneHexes > maxZoneHexes {
			d.errf(p, "the victory zones hold %d hexes in all (at most %d)", zoneHexes, maxZoneHexes)
			return
		}
		needs := func(key, what string, n int) {
			if n == 0 && !d.suppressed(joinKey(p, key)) {
				d.errf(p, "a %q condition needs `%s`: %s", c.Kind, key, what)
			}
		}
		zoneGiven := len(c.Zone) + len(c.ZoneRects)
		switch c.Kind {
		case game.CondTake, game.CondHold:
			needs("places", "the ids of the places to hold", len(c.Places))
		case game.CondDestroy:
			needs("units", "the ids of the units to destroy", len(c.Units))
		case game.CondEscape:
			needs("units", "the ids of the units that must get away", len(c.Units))
			needs("zone", "the hexes they escape through (or `zone_rects`)", zoneGiven)
		case game.CondOccupy:
			needs("zone", "the hexes to occupy (or `zone_rects`)", zoneGiven)
			checkRange(d, joinKey(p, "count"), c.Count, 0, maxUnits)
		case game.CondPoints:
			d.require(joinKey(p, "points"), "the points needed to win")
			checkRange(d, joinKey(p, "points"), c.Points, -maxPoints, maxPoints)
		case "":
			if d.require(joinKey(p, "kind"), "how the side wins: "+quoteList(conditionKinds)) {
				d.errf(joinKey(p, "kind"), "kind must not be empty%s", expectedOneOf(conditionKinds))
			}
		default:
			d.errf(joinKey(p, "kind"), "unknown condition kind `%s`%s", c.Kind, didYouMean(c.Kind, conditionKinds))
		}
		byTurn, byDate := joinKey(p, "by_turn"), joinKey(p, "by_date")
		timed := c.Kind == game.CondTake || c.Kind == game.CondHold
		switch {
		case !timed && (d.has(byTurn) || d.has(byDate)) && c.Kind != "":
			key := byTurn
			if !d.has(byTurn) {
				key = byDate
			}
			d.errf(key, "%s only applies to \"take\" and \"hold\" conditions", lastKey(key))
		case d.has(byTurn) && d.has(byDate):
			d.errf(byDate, "give by_turn or by_date, not both")
		case d.has(byTurn):
			b.turnCheck(byTurn, c.ByTurn, 1)
		case d.has(byDate):
			b.dateCheck(byDate, c.ByDate)
			if t, ok := b.turnOf(c.ByDate); ok {
				cond.ByTurn = t
			}
		}
		b.conds = append(b.conds, cond)
	}
}

// zone gathers a condition's hexes from zone and zone_rects, each once.
func (b *builder) zone(p string, c ConditionDef) []game.Hex {
	var out []game.Hex
	seen := map[game.Hex]bool{}
	add := func(h game.Hex) {
		if !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	for j, at := range c.Zone {
		if h, ok := b.hexAt(indexPath(joinKey(p, "zone"), j), at); ok {
			add(h)
		}
	}
	area := 0
	for j, r := range c.ZoneRects {
		rp := indexPath(joinKey(p, "zone_rects"), j)
		if len(r) != 4 {
			b.d.errf(rp, "a rectangle must be [col0, row0, col1, row1], found %s", numbers(len(r)))
			continue
		}
		if !b.mapOK {
			continue
		}
		a, z := game.Hex{Col: r[0], Row: r[1]}, game.Hex{Col: r[2], Row: r[3]}
		switch {
		case !b.st.Map.In(a) || !b.st.Map.In(z):
			b.d.errf(rp, "rectangle %v reaches off the map, which has %s", r, b.mapSize())
		case a.Col > z.Col || a.Row > z.Row:
			b.d.errf(rp, "rectangle %v must list the north-west corner first: col0 <= col1 and row0 <= row1", r)
		case area+(z.Col-a.Col+1)*(z.Row-a.Row+1) > maxZoneHexes:
			b.d.errf(rp, "the rectangles of this condition cover more than %d hexes", maxZoneHexes)
			return out
		default:
			area += (z.Col - a.Col + 1) * (z.Row - a.Row + 1)
			for row := a.Row; row <= z.Row; row++ {
				for col := a.Col; col <= z.Col; col++ {
					add(game.Hex{Col: col, Row: row})
				}
			}
		}
	}
	return out
}

// history checks the [history] table.
func (b *builder) history() {
	d, h := b.d, &b.f.History
	b.sideRef("history.winner", h.Winner, true)
	if d.has("history.ended") {
		checkDate(d, "history.ended", h.Ended)
	}
	checkRange(d, "history.days", h.Days, 0, maxTurns*maxDaysPerTurn)
	for _, side := range sortedKeys(h.Losses) {
		lp := joinKey("history.losses", side)
		if !b.sides[side] {
			d.errf(lp, "unknown side `%s`%s", side, didYouMean(side, b.sideList))
		}
		checkRange(d, lp, h.Losses[side], 0, maxStrength*maxUnits)
	}
}
