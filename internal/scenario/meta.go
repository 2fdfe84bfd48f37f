package scenario

import (
	"jinsong/game"
	"jinsong/scenarios"
)

// Limits on the calendar and the sides.
const (
	maxTurns       = 10000
	maxDaysPerTurn = 3650
	maxSides       = 16
)

// meta checks the [scenario] table and works out the calendar. stem is the
// file name without extension, the default id.
func (b *builder) meta(stem string) {
	d, m := b.d, &b.f.Scenario
	if !d.has("scenario") {
		d.errf("", "missing the [scenario] table (id, title, start, days_per_turn, ...)")
		return
	}
	if m.ID == "" {
		m.ID = stem
		if !validID(m.ID) {
			d.errf("scenario", "the file name %q cannot serve as the scenario id: set `id` (letters, digits, _, - or .)", stem)
		}
	} else {
		checkID(d, "scenario.id", m.ID)
	}
	if m.Title == "" {
		d.require("scenario.title", "the title shown in menus")
	}
	okStart, okDPT := false, false
	if d.require("scenario.start", `the first day, "YYYY-MM-DD"`) {
		b.start, okStart = checkDate(d, "scenario.start", m.Start)
	}
	if d.require("scenario.days_per_turn", "how many days one turn lasts") {
		okDPT = checkRange(d, "scenario.days_per_turn", m.DaysPerTurn, 1, maxDaysPerTurn)
	}
	b.dpt = m.DaysPerTurn
	okTurns := false
	switch {
	case d.has("scenario.turns"):
		okTurns = checkRange(d, "scenario.turns", m.Turns, 1, maxTurns)
		b.maxTurns = m.Turns
	case !d.has("scenario.end"):
		d.errf("scenario", "give `end` (the last day) or `turns` (the number of turns)")
	}
	if d.has("scenario.end") {
		end, ok := checkDate(d, "scenario.end", m.End)
		days := daysBetween(b.start, end) + 1
		switch {
		case !ok || !okStart:
		case days < 1:
			d.errf("scenario.end", "end %s is before start %s", m.End, m.Start)
			okTurns = false
		case okDPT && !d.has("scenario.turns"):
			b.maxTurns = (days + b.dpt - 1) / b.dpt
			okTurns = b.maxTurns <= maxTurns
			if !okTurns {
				d.errf("scenario.end", "from %s to %s the scenario would last %d turns (at most %d)", m.Start, m.End, b.maxTurns, maxTurns)
			}
		}
	}
	b.calOK = okStart && okDPT && okTurns
	if b.calOK {
		b.lastDay = b.start.AddDate(0, 0, b.maxTurns*b.dpt-1)
		if b.lastDay.Year() > 9999 {
			d.errf("scenario", "the scenario would end after the year 9999")
			b.calOK = false
		}
		if d.has("scenario.end") {
			if end, ok := parseDate(m.End); ok {
				b.lastDay = end
			}
		}
	}
}

// turnOf is the first turn that starts on or after date t.
func (b *builder) turnOf(t string) (int, bool) {
	date, ok := parseDate(t)
	if !ok || !b.calOK {
		return 0, false
	}
	days := daysBetween(b.start, date)
	if days < 0 {
		return 0, false
	}
	return 1 + (days+b.dpt-1)/b.dpt, true
}

// sidesCheck checks the [[sides]].
func (b *builder) sidesCheck() {
	d := b.d
	b.sides = map[string]bool{}
	if len(b.f.Sides) < 2 && !d.suppressed("sides") {
		d.errf("sides", "a scenario needs at least two [[sides]], found %d", len(b.f.Sides))
	}
	if len(b.f.Sides) > maxSides {
		d.errf("sides", "too many sides: %d (at most %d)", len(b.f.Sides), maxSides)
	}
	for i, s := range b.f.Sides {
		p := indexPath("sides", i)
		if d.require(joinKey(p, "id"), "the side's id, used by units, places and events") {
			checkID(d, joinKey(p, "id"), s.ID)
			if b.sides[s.ID] {
				d.errf(joinKey(p, "id"), "side `%s` is defined twice", s.ID)
			}
			b.sides[s.ID] = true
			b.sideList = append(b.sideList, s.ID)
		}
		if s.Name == "" {
			d.require(joinKey(p, "name"), "the side's name shown to players")
		}
		checkColour(d, joinKey(p, "colour"), s.Colour)
	}
}

// sideRef checks that id at path names a side; empty is allowed if
// emptyOK (meaning nobody, or a draw).
func (b *builder) sideRef(path, id string, emptyOK bool) bool {
	if id == "" && emptyOK {
		return true
	}
	if id == "" {
		b.d.require(path, "a side id")
		if b.d.has(path) {
			b.d.errf(path, "%s must name a side%s", lastKey(path), expectedOneOf(b.sideList))
		}
		return false
	}
	if !b.sides[id] {
		b.d.errf(path, "unknown side `%s`%s", id, didYouMean(id, b.sideList))
		return false
	}
	return true
}

// loadRules finds and loads the ruleset and merges the scenario's classes
// into it.
func (b *builder) loadRules() {
	d := b.d
	name := b.f.Scenario.Ruleset
	if name == "" {
		if d.has("scenario.ruleset") {
			d.errf("scenario.ruleset", "ruleset is empty (leave it out to use the standard rules)")
			return
		}
		name = "standard"
	}
	ref, problem := b.l.findFile(name, "ruleset", scenarios.FS, "rulesets", "scenarios/rulesets", maxFileSize)
	if problem != "" {
		d.errf("scenario.ruleset", "%s", problem)
		return
	}
	r := parseRuleset(ref.display, ref.data, &b.l.diags)
	if r == nil {
		return
	}
	if r.Classes == nil {
		r.Classes = map[string]*game.Class{}
	}
	b.badClass = map[string]bool{}
	for _, id := range sortedKeys(b.f.Classes) {
		before := len(b.l.diags)
		checkClass(d, joinKey("classes", id), id, b.f.Classes[id], r)
		if len(b.l.diags) > before || d.suppressed(joinKey("classes", id)) {
			b.badClass[id] = true // units of this class are not checked further
		}
		cc := *b.f.Classes[id] // the File keeps its own copy
		r.Classes[id] = &cc
	}
	r.Prepare()
	b.rules = r
}
