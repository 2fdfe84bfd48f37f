package catalog

import (
	"cmp"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"jinsong/internal/client"
	"jinsong/internal/scenario"
	"jinsong/scenarios"
)

// Builtins lists the built-in scenarios like scenario.ListBuiltin, but
// loads them one file at a time and calls Pause between two files. In the
// browser a goroutine runs until it blocks, so reading every scenario in
// one go (seconds there) would freeze the page; the browser build pauses
// for a frame between files. The list is read once, on first use.
type Builtins struct {
	// Pause, if set, runs between the loading of two files.
	Pause func()

	once     sync.Once
	entries  []client.Entry
	backdrop *scenario.Loaded
}

// load reads the built-in scenario files, sorted as ListBuiltin sorts them.
func (b *Builtins) load() {
	names, _ := fs.Glob(scenarios.FS, "*.toml")
	var sums []scenario.Summary
	var withMap []*scenario.Loaded
	for i, name := range names {
		if i > 0 && b.Pause != nil {
			b.Pause()
		}
		data, err := fs.ReadFile(scenarios.FS, name)
		if err != nil || !isScenario(data) {
			continue
		}
		l, err := scenario.Load(scenarios.FS, name)
		if err != nil {
			continue // every built-in loads: the scenario tests see to it
		}
		s := l.Summary()
		sums = append(sums, s)
		if l.File.Map.File != "" {
			withMap = append(withMap, l)
		}
		if b.backdrop == nil {
			b.backdrop = l // the first, unless one has a map of its own
		}
	}
	order := func(a, b scenario.Summary) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), strings.Compare(a.ID, b.ID))
	}
	slices.SortStableFunc(sums, order)
	for _, s := range sums {
		b.entries = append(b.entries, Entry(s))
	}
	slices.SortStableFunc(withMap, func(x, y *scenario.Loaded) int { return order(x.Summary(), y.Summary()) })
	if len(withMap) > 0 {
		b.backdrop = withMap[0]
	}
}

// Entries lists the built-in scenarios for the window.
func (b *Builtins) Entries() []client.Entry {
	b.once.Do(b.load)
	return slices.Clone(b.entries)
}

// Backdrop is Backdrop over the scenarios b read: the first on a map of its
// own (the big map of China), or the first of all.
func (b *Builtins) Backdrop() (*client.Scenario, error) {
	b.once.Do(b.load)
	if b.backdrop == nil {
		return nil, errors.New("no built-in scenario loads")
	}
	return Scenario(b.backdrop), nil
}
