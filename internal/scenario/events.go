package scenario

import (
	"jinsong/game"
)

// Limits on events.
const (
	maxEvents  = 2000
	maxEffects = 64
)

// effectKinds are the kinds of event effect, as the engine knows them.
var effectKinds = []string{"message", "reinforce", "control", "withdraw", "defect", "end", "points", "terrain", "food"}

// eventsCheck checks the [[events]] and builds them.
func (b *builder) eventsCheck() {
	d := b.d
	if len(b.f.Events) > maxEvents {
		d.errf("events", "too many events: %d (at most %d)", len(b.f.Events), maxEvents)
		return
	}
	ids := map[string]bool{}
	for i, def := range b.f.Events {
		p := indexPath("events", i)
		if d.require(joinKey(p, "id"), "the event's id") {
			checkID(d, joinKey(p, "id"), def.ID)
			if ids[def.ID] {
				d.errf(joinKey(p, "id"), "event `%s` is defined twice", def.ID)
			}
			ids[def.ID] = true
		}
		ev := game.EventDef{ID: def.ID, Repeat: def.Repeat, Trigger: b.trigger(joinKey(p, "when"), def.When)}
		if len(def.Effects) == 0 && !d.suppressed(joinKey(p, "effects")) {
			d.errf(p, "event `%s` has no effects (add [[events.effects]] tables)", def.ID)
		}
		if len(def.Effects) > maxEffects {
			d.errf(joinKey(p, "effects"), "too many effects: %d (at most %d)", len(def.Effects), maxEffects)
		} else {
			for j, e := range def.Effects {
				ev.Effects = append(ev.Effects, b.effect(indexPath(joinKey(p, "effects"), j), e))
			}
		}
		b.events = append(b.events, ev)
	}
}

// trigger checks an event's [events.when] table.
func (b *builder) trigger(p string, w TriggerDef) game.Trigger {
	d := b.d
	if w.Turn != 0 || d.has(joinKey(p, "turn")) {
		b.turnCheck(joinKey(p, "turn"), w.Turn, 1)
	}
	if d.has(joinKey(p, "date")) {
		b.dateCheck(joinKey(p, "date"), w.Date)
	}
	b.sideRef(joinKey(p, "side"), w.Side, true)
	if d.has(joinKey(p, "place_taken")) {
		b.placeRef(joinKey(p, "place_taken"), w.PlaceTaken)
	}
	b.sideRef(joinKey(p, "taken_by"), w.TakenBy, true)
	if w.TakenBy != "" && w.PlaceTaken == "" {
		d.errf(joinKey(p, "taken_by"), "taken_by needs place_taken: which place must be taken?")
	}
	if d.has(joinKey(p, "unit_destroyed")) {
		b.unitRef(joinKey(p, "unit_destroyed"), w.UnitDestroyed)
	}
	if d.has(joinKey(p, "unit_escaped")) {
		b.unitRef(joinKey(p, "unit_escaped"), w.UnitEscaped)
	}
	b.sideRef(joinKey(p, "losses_side"), w.LossesSide, true)
	checkRange(d, joinKey(p, "losses_at_least"), w.LossesAtLeast, 0, maxStrength*maxUnits)
	if d.has(joinKey(p, "losses_at_least")) && w.LossesSide == "" {
		d.errf(joinKey(p, "losses_at_least"), "losses_at_least needs losses_side: whose losses?")
	}
	if d.has(joinKey(p, "action_taken")) {
		b.actionRef(joinKey(p, "action_taken"), w.ActionTaken)
	}
	if d.has(joinKey(p, "action_not_taken")) {
		b.actionRef(joinKey(p, "action_not_taken"), w.ActionNotTaken)
	}
	if d.has(joinKey(p, "chance")) && !(w.Chance > 0 && w.Chance <= 1) {
		d.errf(joinKey(p, "chance"), "chance must be above 0 and at most 1 (a probability), found %v", w.Chance)
	}
	return game.Trigger{Turn: w.Turn, Date: w.Date, Side: w.Side, PlaceTaken: w.PlaceTaken, TakenBy: w.TakenBy,
		UnitDestroyed: w.UnitDestroyed, UnitEscaped: w.UnitEscaped, LossesSide: w.LossesSide,
		LossesAtLeast: w.LossesAtLeast, Chance: w.Chance, ActionTaken: w.ActionTaken, ActionNotTaken: w.ActionNotTaken}
}

// turnCheck checks a turn number against the calendar.
func (b *builder) turnCheck(p string, turn, lo int) {
	if turn < lo {
		b.d.errf(p, "%s must be at least %d, found %d", lastKey(p), lo, turn)
	} else if b.calOK && turn > b.maxTurns {
		b.d.errf(p, "%s %d is after the last turn (%d)", lastKey(p), turn, b.maxTurns)
	}
}

// dateCheck checks a date that must fall within the scenario.
func (b *builder) dateCheck(p, s string) {
	t, ok := checkDate(b.d, p, s)
	if !ok || !b.calOK {
		return
	}
	f := b.f.Scenario
	if t.Before(b.start) || t.After(b.lastDay) {
		b.d.errf(p, "%s %s is outside the scenario, which runs from %s to %s", lastKey(p), s, f.Start, b.lastDay.Format("2006-01-02"))
	}
}

// unitRef checks that id at path names a unit.
func (b *builder) unitRef(path, id string) bool {
	if _, ok := b.units[id]; ok {
		return true
	}
	if id == "" {
		b.d.errf(path, "%s must name a unit", lastKey(path))
		return false
	}
	b.d.errf(path, "unknown unit `%s`%s", id, didYouMean(id, sortedKeys(b.units)))
	return false
}

// effect checks one [[events.effects]] entry against its kind.
func (b *builder) effect(p string, e EffectDef) game.Effect {
	d := b.d
	out := game.Effect{Kind: e.Kind, Text: e.Text, Units: append([]string(nil), e.Units...), Place: e.Place,
		Side: e.Side, Points: e.Points, Terrain: e.Terrain, Food: e.Food}
	units := func() {
		if len(e.Units) == 0 {
			d.require(joinKey(p, "units"), "the ids of the units it concerns")
			if d.has(joinKey(p, "units")) {
				d.errf(joinKey(p, "units"), "units is empty")
			}
		}
		for i, id := range e.Units {
			b.unitRef(indexPath(joinKey(p, "units"), i), id)
		}
	}
	switch e.Kind {
	case "message":
		if e.Text == "" {
			d.require(joinKey(p, "text"), "the message shown to players")
		}
	case "reinforce":
		units()
		for i, id := range e.Units {
			if _, known := b.units[id]; known && !b.arriving[id] {
				d.errf(indexPath(joinKey(p, "units"), i), "unit `%s` is already on the map: only units with arrives = true can be brought in", id)
			}
			b.brought[id] = true
		}
	case "control":
		b.placeRef(joinKey(p, "place"), e.Place)
		b.sideRef(joinKey(p, "side"), e.Side, d.has(joinKey(p, "side")))
	case "withdraw":
		units()
	case "defect":
		units()
		b.sideRef(joinKey(p, "side"), e.Side, false)
	case "end":
		b.sideRef(joinKey(p, "side"), e.Side, true)
	case "points":
		b.sideRef(joinKey(p, "side"), e.Side, false)
		d.require(joinKey(p, "points"), "the points to add (or take away, if negative)")
		checkRange(d, joinKey(p, "points"), e.Points, -maxPoints, maxPoints)
	case "terrain":
		if len(e.Hexes) == 0 {
			d.require(joinKey(p, "hexes"), "the hexes that change, [[col, row], ...]")
		}
		for i, at := range e.Hexes {
			if h, ok := b.hexAt(indexPath(joinKey(p, "hexes"), i), at); ok {
				out.Hexes = append(out.Hexes, h)
			}
		}
		b.terrainRef(joinKey(p, "terrain"), e.Terrain)
		if e.Loss < 0 || e.Loss > 100 {
			d.errf(joinKey(p, "loss"), "loss must be a percentage from 0 to 100, not %g", e.Loss)
		}
		out.Loss = e.Loss
	case "food":
		b.placeRef(joinKey(p, "place"), e.Place)
		if d.require(joinKey(p, "food"), "the days of food brought into the place") {
			checkRange(d, joinKey(p, "food"), e.Food, 1, maxFood)
		}
	case "":
		if d.require(joinKey(p, "kind"), "what the effect does: "+quoteList(effectKinds)) {
			d.errf(joinKey(p, "kind"), "kind must not be empty%s", expectedOneOf(effectKinds))
		}
	default:
		d.errf(joinKey(p, "kind"), "unknown effect kind `%s`%s", e.Kind, didYouMean(e.Kind, effectKinds))
	}
	return out
}
