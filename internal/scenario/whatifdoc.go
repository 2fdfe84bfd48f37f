package scenario

import "strings"

// A what-if is applied to the decoded TOML data of the scenario file before
// the scenario is built, so that the builder checks the variant exactly as
// it checks any scenario. The key index is rewritten alongside: a unit or
// event that a what-if adds keeps the position where the modder wrote it
// under [[whatif]], and so does a place key it overrides.

// move says that the value now at key path to was written at key path from.
type move struct{ to, from string }

// withWhatIf returns a copy of the scenario document d with what-if w (an
// index into [[whatif]]) applied: its disabled events removed, its units and
// events added or put in place of those with the same id, its place keys
// written over the place's. Problems found in the copy go to diags.
func (d *doc) withWhatIf(w int, diags *Diagnostics) *doc {
	wp := indexPath("whatif", w)
	list, _ := asList(d.data["whatif"])
	var wt map[string]any
	if w < len(list) {
		wt, _ = list[w].(map[string]any)
	}
	data := make(map[string]any, len(d.data))
	for k, v := range d.data {
		if k != "whatif" { // a variant has no what-ifs of its own
			data[k] = v
		}
	}
	drop := map[string]bool{}
	if names, ok := asList(wt["disable_events"]); ok {
		for _, n := range names {
			if s, ok := n.(string); ok {
				drop[s] = true
			}
		}
	}
	var moves []move
	for _, key := range []string{"units", "events"} {
		base, _ := asList(d.data[key])
		extra, _ := asList(wt[key])
		if len(base) == 0 && len(extra) == 0 {
			continue
		}
		var dropped map[string]bool
		if key == "events" {
			dropped = drop
		}
		merged, mv := mergeByID(base, extra, key, joinKey(wp, key), dropped)
		data[key] = merged
		moves = append(moves, mv...)
		if _, ok := d.data[key]; !ok && len(extra) > 0 {
			moves = append(moves, move{to: key, from: joinKey(wp, key)})
		}
	}
	if changes, ok := asList(wt["places"]); ok {
		places, mv := overridePlaces(d.data["places"], changes, joinKey(wp, "places"))
		data["places"] = places
		moves = append(moves, mv...)
	}
	return &doc{name: d.name, ix: d.ix.remap([]string{"units", "events"}, moves), data: data,
		present: map[string]bool{}, bad: map[string]bool{}, diags: diags}
}

// mergeByID returns base without the entries whose id is in drop, with each
// entry of extra put in place of the base entry with the same id or added at
// the end, and the moves of key paths: entry i of the result is at
// basePath[i].
func mergeByID(base, extra []any, basePath, extraPath string, drop map[string]bool) ([]any, []move) {
	out := make([]any, 0, len(base)+len(extra))
	var moves []move
	at := map[string]int{}
	for i, e := range base {
		id := idOf(e)
		if id != "" && drop[id] {
			continue
		}
		if _, dup := at[id]; id != "" && !dup {
			at[id] = len(out)
		}
		moves = append(moves, move{to: indexPath(basePath, len(out)), from: indexPath(basePath, i)})
		out = append(out, e)
	}
	for k, e := range extra {
		from := indexPath(extraPath, k)
		if j, ok := at[idOf(e)]; ok {
			out[j] = e
			moves[j].from = from
			continue
		}
		moves = append(moves, move{to: indexPath(basePath, len(out)), from: from})
		out = append(out, e)
	}
	return out, moves
}

// overridePlaces returns the [[places]] data with the keys of each change
// written over those of the place with the same id, and the moves of the
// key paths changed.
func overridePlaces(placesData any, changes []any, changesPath string) ([]any, []move) {
	base, _ := asList(placesData)
	out := make([]any, len(base))
	copy(out, base)
	var moves []move
	for k, c := range changes {
		cm, ok := c.(map[string]any)
		if !ok {
			continue
		}
		for i, e := range out {
			pm, ok := e.(map[string]any)
			if !ok || idOf(pm) == "" || idOf(pm) != idOf(cm) {
				continue
			}
			merged := make(map[string]any, len(pm)+len(cm))
			for key, v := range pm {
				merged[key] = v
			}
			for _, key := range sortedKeys(cm) {
				if key == "id" {
					continue
				}
				merged[key] = cm[key]
				moves = append(moves, move{to: joinKey(indexPath("places", i), key), from: joinKey(indexPath(changesPath, k), key)})
			}
			out[i] = merged
		}
	}
	return out, moves
}

// idOf is the "id" of a table in the decoded data, or "".
func idOf(e any) string {
	m, ok := e.(map[string]any)
	if !ok {
		return ""
	}
	id, _ := m["id"].(string)
	return id
}

// remap returns a copy of the index in which the elements of the arrays
// rebuilt (such as "units") are found only through moves, and each move
// puts the position of from, and of every key path below it, at to.
func (ix *keyIndex) remap(rebuilt []string, moves []move) *keyIndex {
	at := make(map[string]int, len(ix.at))
	byTop := map[string][]string{} // first element of a path -> paths
	for p, off := range ix.at {
		if !underArray(p, rebuilt) {
			at[p] = off
		}
		top := topElement(p)
		byTop[top] = append(byTop[top], p)
	}
	for _, m := range moves {
		for _, p := range byTop[topElement(m.from)] {
			if rest, ok := below(p, m.from); ok {
				at[m.to+rest] = ix.at[p]
			}
		}
	}
	return &keyIndex{src: ix.src, lines: ix.lines, at: at}
}

// underArray reports whether path is inside an element of one of arrays.
func underArray(path string, arrays []string) bool {
	for _, a := range arrays {
		if strings.HasPrefix(path, a+"[") {
			return true
		}
	}
	return false
}

// topElement is the start of path up to its first array index, included:
// "units[3]" for "units[3].at[0]", "whatif[0]" for "whatif[0].units[1]".
func topElement(path string) string {
	if i := strings.IndexByte(path, ']'); i >= 0 {
		return path[:i+1]
	}
	return path
}

// below reports whether path is prefix or lies below it, and returns the
// rest of path after prefix.
func below(path, prefix string) (string, bool) {
	if !strings.HasPrefix(path, prefix) {
		return "", false
	}
	rest := path[len(prefix):]
	if rest == "" || rest[0] == '.' || rest[0] == '[' {
		return rest, true
	}
	return "", false
}
