package scenario

import (
	"path"
	"strings"
	"time"

	"jinsong/game"
)

// builder checks a decoded scenario file and builds the game from it. Each
// step reports its problems and builds what it can, so that one load finds
// every problem; the result is used only if there were none.
type builder struct {
	l     *loader
	d     *doc
	f     *File
	rules *game.Ruleset
	// classes of the scenario's own [classes] that have problems
	badClass map[string]bool

	// calendar
	start    time.Time
	lastDay  time.Time
	dpt      int
	maxTurns int
	calOK    bool

	sides    map[string]bool
	sideList []string

	// map
	st        *game.State // the state being built; its Map is set once the map is good
	mapOK     bool        // the map's size is known: positions can be checked
	terrainOK bool        // every hex's terrain is known too
	view      [4]int
	sites     map[string]Site
	mapF      *MapFile

	placeHex   map[string]game.Hex
	leaders    map[string]*game.Leader
	units      map[string]*game.Unit
	defs       map[string]int // unit id -> index in f.Units
	arriving   map[string]bool
	brought    map[string]bool // arriving units some reinforce effect brings in
	events     []game.EventDef
	actions    map[string]bool
	actionList []game.ActionDef
	conds      []game.Condition
}

// scenario checks and builds the scenario whose file is p with contents
// data. It returns nil if anything is wrong; the problems are in l.diags.
func (l *loader) scenario(p string, data []byte) *Loaded {
	d := parseDoc(l.display(p), data, &l.diags)
	if d == nil {
		return nil
	}
	res := l.build(p, d, false)
	if res == nil {
		return nil
	}
	res.whatIfs = l.variants(p, d, &res.File)
	if len(l.diags) > 0 {
		return nil
	}
	return res
}

// build checks and builds the scenario of document d, the file p or, if
// variant, that file with a what-if applied (whose [[whatif]] entries are
// then not checked again). It returns nil if anything is wrong.
func (l *loader) build(p string, d *doc, variant bool) *Loaded {
	f := &File{}
	decodeInto(d, f)
	b := &builder{l: l, d: d, f: f, st: &game.State{}}
	b.meta(strings.TrimSuffix(path.Base(p), path.Ext(p)))
	b.sidesCheck()
	b.loadRules()
	if b.rules == nil {
		b.leadersCheck()
		b.history()
		return nil
	}
	b.st.Scn = &game.Scenario{Rules: b.rules}
	b.mapCheck()
	b.placesCheck()
	b.leadersCheck()
	b.unitsCheck()
	b.brought = map[string]bool{}
	b.actionsCheck()
	b.eventsCheck()
	b.victoryCheck()
	b.history()
	if !variant {
		b.historyOrdersCheck()
		b.whatIfCheck()
	}
	b.reinforcements()
	if len(l.diags) > 0 && (variant || !onlyWhatIfProblems(d, l.diags)) {
		return nil
	}
	return b.result()
}

// result assembles the scenario and its initial state.
func (b *builder) result() *Loaded {
	f := b.f
	scn := b.st.Scn
	scn.ID = f.Scenario.ID
	scn.Title = f.Scenario.Title
	scn.Sides = b.gameSides()
	scn.Start = b.start
	scn.DaysPerTurn = b.dpt
	scn.MaxTurns = b.maxTurns
	scn.Leaders = b.leaders
	scn.Events = b.events
	scn.Actions = b.actionList
	scn.Victory = game.Victory{Conditions: b.conds, Default: f.Victory.Default}
	scn.InitialOwners = map[string]string{}
	for _, p := range b.st.Places {
		scn.InitialOwners[p.ID] = p.Owner
	}
	st := b.st
	st.Ledger = map[string]*game.Ledger{}
	st.Points = map[string]int{}
	for _, id := range b.sideList {
		st.Ledger[id] = &game.Ledger{}
		st.Points[id] = 0
	}
	for _, u := range st.Units {
		if u.Status == game.Active {
			st.Ledger[u.Side].Start += u.Strength
		}
	}
	st.Fired = make([]bool, len(scn.Events))
	st.Index()
	out := &Loaded{File: *f, Scn: scn, View: b.view, initial: st}
	if b.mapF != nil {
		out.Lines = b.mapF.Lines
		out.Sites = b.mapF.Sites
	}
	return out
}

// gameSides converts the [[sides]].
func (b *builder) gameSides() []game.Side {
	out := make([]game.Side, 0, len(b.f.Sides))
	for _, sd := range b.f.Sides {
		out = append(out, game.Side{ID: sd.ID, Name: sd.Name, Colour: sd.Colour, Alliance: sd.Alliance})
	}
	return out
}
