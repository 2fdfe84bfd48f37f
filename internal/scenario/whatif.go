package scenario

import (
	"fmt"
	"sort"
	"strings"
)

// maxWhatIfs is the most [[whatif]] entries a scenario may declare.
const maxWhatIfs = 50

// WithWhatIf returns the scenario with one of its what-ifs switched on,
// named by its id or, in any case, its name. The variant was built and
// checked when the scenario was loaded, so this never reads a file. A
// scenario that already has a what-if on returns itself for that what-if
// and refuses any other: what-ifs do not combine.
func (l *Loaded) WithWhatIf(ref string) (*Loaded, error) {
	if l.WhatIf != "" {
		if w, ok := l.findWhatIf(ref); ok && w.ID == l.WhatIf {
			return l, nil
		}
		return nil, fmt.Errorf("%s already has the what-if `%s` on; what-ifs do not combine", l.Scn.ID, l.WhatIf)
	}
	w, ok := l.findWhatIf(ref)
	if !ok || l.whatIfs[w.ID] == nil {
		if len(l.File.WhatIf) == 0 {
			return nil, fmt.Errorf("scenario %s has no what-ifs ([[whatif]] entries)", l.Scn.ID)
		}
		var ids []string
		for _, w := range l.File.WhatIf {
			ids = append(ids, w.ID)
		}
		return nil, fmt.Errorf("scenario %s has no what-if %q%s", l.Scn.ID, ref, expectedOneOf(ids))
	}
	return l.whatIfs[w.ID], nil
}

// findWhatIf finds a what-if by id, or by name in any case.
func (l *Loaded) findWhatIf(ref string) (WhatIfDef, bool) {
	for _, w := range l.File.WhatIf {
		if w.ID == ref {
			return w, true
		}
	}
	for _, w := range l.File.WhatIf {
		if strings.EqualFold(w.Name, ref) {
			return w, true
		}
	}
	return WhatIfDef{}, false
}

// whatIfCheck checks the [[whatif]] entries' own keys: ids, names, and that
// the events and places they name exist. What a what-if adds or changes is
// checked by building the scenario with it on (see variants).
func (b *builder) whatIfCheck() {
	d := b.d
	if len(b.f.WhatIf) > maxWhatIfs {
		d.errf("whatif", "too many what-ifs: %d (at most %d)", len(b.f.WhatIf), maxWhatIfs)
		return
	}
	events := map[string]bool{}
	var eventIDs []string
	for _, e := range b.f.Events {
		events[e.ID] = true
		eventIDs = append(eventIDs, e.ID)
	}
	sort.Strings(eventIDs)
	ids := map[string]bool{}
	for i, w := range b.f.WhatIf {
		p := indexPath("whatif", i)
		if d.require(joinKey(p, "id"), "the what-if's id, used by --whatif") {
			checkID(d, joinKey(p, "id"), w.ID)
			if ids[w.ID] {
				d.errf(joinKey(p, "id"), "what-if `%s` is defined twice", w.ID)
			}
			ids[w.ID] = true
		}
		if w.Name == "" {
			d.require(joinKey(p, "name"), "the what-if's name, shown to teachers")
		}
		for j, id := range w.DisableEvents {
			if !events[id] {
				d.errf(indexPath(joinKey(p, "disable_events"), j), "unknown event `%s`%s", id, didYouMean(id, eventIDs))
			}
		}
		for j, pc := range w.Places {
			pp := indexPath(joinKey(p, "places"), j)
			if !d.require(joinKey(pp, "id"), "the id of the place to change") {
				continue
			}
			if _, ok := b.placeHex[pc.ID]; !ok {
				d.errf(joinKey(pp, "id"), "unknown place `%s`%s", pc.ID, didYouMean(pc.ID, sortedKeys(b.placeHex)))
			}
			if !d.has(joinKey(pp, "owner")) && !d.has(joinKey(pp, "walls")) && !d.has(joinKey(pp, "food")) && !d.has(joinKey(pp, "arsenal")) {
				d.errf(pp, "this change of place `%s` changes nothing: give owner, walls, food or arsenal", pc.ID)
			}
		}
		b.twiceInWhatIf(p, "units", unitIDs(w.Units))
		b.twiceInWhatIf(p, "events", eventDefIDs(w.Events))
		if len(w.DisableEvents)+len(w.Units)+len(w.Places)+len(w.Events) == 0 && !d.suppressed(p) {
			d.errf(p, "what-if `%s` changes nothing: give disable_events, [[whatif.units]], [[whatif.places]] or [[whatif.events]]", w.ID)
		}
	}
}

// twiceInWhatIf reports an id given twice in one what-if's units or events.
func (b *builder) twiceInWhatIf(p, key string, ids []string) {
	seen := map[string]bool{}
	for j, id := range ids {
		if id != "" && seen[id] {
			b.d.errf(joinKey(indexPath(joinKey(p, key), j), "id"), "`%s` appears twice in this what-if's %s", id, key)
		}
		seen[id] = true
	}
}

func unitIDs(us []UnitDef) []string {
	out := make([]string, len(us))
	for i, u := range us {
		out[i] = u.ID
	}
	return out
}

func eventDefIDs(es []EventDef) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// variants builds the scenario once with each what-if on. A problem that a
// what-if causes is reported where the modder wrote it when it can be (the
// what-if's own units, events and place keys), and always names the what-if.
// It is called only for a scenario that is good as written.
func (l *loader) variants(p string, d *doc, f *File) map[string]*Loaded {
	if len(f.WhatIf) == 0 {
		return nil
	}
	out := map[string]*Loaded{}
	for i, w := range f.WhatIf {
		if hasProblem(d, indexPath("whatif", i)) {
			continue // its own problems are reported; the variant would repeat them
		}
		vl := &loader{fsys: l.fsys, dir: l.dir, display: l.display}
		res := vl.build(p, d.withWhatIf(i, &vl.diags), true)
		for _, dg := range vl.diags {
			dg.Msg = fmt.Sprintf("with what-if `%s`: %s", w.ID, dg.Msg)
			l.diags = append(l.diags, dg)
		}
		if res != nil && len(vl.diags) == 0 {
			res.WhatIf = w.ID
			res.File.WhatIf = f.WhatIf
			out[w.ID] = res
		}
	}
	return out
}

// onlyWhatIfProblems reports whether every problem in diags is one that errf
// reported in d under [[whatif]], so that the scenario itself is good.
func onlyWhatIfProblems(d *doc, diags Diagnostics) bool {
	if len(diags) != len(d.errs) {
		return false // problems in other files, or without a key path
	}
	for _, p := range d.errs {
		if _, ok := below(p, "whatif"); !ok {
			return false
		}
	}
	return true
}

// hasProblem reports whether errf reported a problem at path or below it.
func hasProblem(d *doc, path string) bool {
	for _, p := range d.errs {
		if _, ok := below(p, path); ok {
			return true
		}
	}
	return false
}
