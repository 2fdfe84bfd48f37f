package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"testing/fstest"

	"github.com/BurntSushi/toml"

	"jinsong/internal/client"
	"jinsong/internal/save"
	"jinsong/internal/scenario"
)

// IDPrefix starts the catalog id of an opened scenario file: "file:" and
// the file's name, so it never clashes with a built-in id.
const IDPrefix = "file:"

// MaxFileSize is the largest file Add takes (the loader refuses scenario
// files over 2 MiB and map files over 8 MiB).
const MaxFileSize = 8 << 20

// Opened holds the scenario files opened by hand, with the rulesets and
// maps opened with them. All the files opened so far lie in one folder, so
// a scenario can name a map opened before or after it. It is safe for
// concurrent use.
type Opened struct {
	mu    sync.Mutex
	files fstest.MapFS
	order []string           // scenario file names, first opened first
	res   map[string]*result // by file name
}

// Result is what became of one opened scenario file.
type Result struct {
	ID    string `json:"id"`    // catalog id: IDPrefix and the file name
	File  string `json:"file"`  // the file's name
	Title string `json:"title"` // the scenario's title, or the file's name if it does not load
	Error string `json:"error"` // the loader's message ("" when it loads)
}

type result struct {
	Result
	loaded *scenario.Loaded
	sum    scenario.Summary
}

// Add opens files (name → bytes; names are plain file names, as a browser
// gives them) and loads every scenario among them. If none of them is a
// scenario (a map or ruleset opened after the scenario that names it), the
// scenarios opened before are loaded again; if there are none, the files
// are loaded as scenarios, so the loader says why they are not. A file of the same name as one
// opened before replaces it, so a modder can open a file again after
// changing it. The results are in name order.
func (o *Opened) Add(files map[string][]byte) []Result {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.files == nil {
		o.files, o.res = fstest.MapFS{}, map[string]*result{}
	}
	var bad []Result
	var scns, added []string
	for name, data := range files {
		base := path.Base(strings.ReplaceAll(name, `\`, "/"))
		switch {
		case base == "." || base == ".." || base == "/" || !strings.EqualFold(path.Ext(base), ".toml"):
			bad = append(bad, Result{File: base, Title: base, Error: fmt.Sprintf("%s: a scenario file is a .toml file", base)})
			continue
		case len(data) > MaxFileSize:
			bad = append(bad, Result{File: base, Title: base, Error: fmt.Sprintf("%s is larger than %d MiB", base, MaxFileSize>>20)})
			continue
		}
		o.files[base] = &fstest.MapFile{Data: data, Mode: 0o644}
		added = append(added, base)
		if isScenario(data) {
			scns = append(scns, base)
		}
	}
	switch {
	case len(scns) > 0:
	case len(o.order) > 0:
		scns = o.order // they may name the files just added
	default:
		scns = added // the loader says why they are not scenarios
	}
	var out []Result
	for _, name := range sortedUnique(scns) {
		out = append(out, o.load(name).Result)
	}
	return append(out, bad...)
}

// load loads the opened file name as the desktop loads a scenario file
// given by name in its folder, and remembers the result.
func (o *Opened) load(name string) *result {
	r := &result{Result: Result{ID: IDPrefix + name, File: name, Title: name}}
	l, err := scenario.Load(o.files, name)
	if err != nil {
		r.Error = err.Error()
	} else {
		r.loaded, r.sum = l, l.Summary()
		r.Title = r.sum.Title
	}
	if _, ok := o.res[name]; !ok {
		o.order = append(o.order, name)
	}
	o.res[name] = r
	return r
}

// Entries lists the opened scenario files, first opened first; one that
// does not load shows its file's name and "does not load".
func (o *Opened) Entries() []client.Entry {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []client.Entry
	for _, name := range o.order {
		r := o.res[name]
		if r.loaded == nil {
			out = append(out, client.Entry{ID: r.ID, Title: name, Subtitle: "does not load", Mod: true})
			continue
		}
		e := Entry(r.sum)
		e.ID, e.Mod = r.ID, true
		out = append(out, e)
	}
	return out
}

// Load gives the opened scenario with catalog id id, or the loader's error.
// A game of it can be saved: the save names the file as SavedPath does,
// with the SHA-256 of its bytes.
func (o *Opened) Load(id string) (*client.Scenario, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	r, ok := o.res[strings.TrimPrefix(id, IDPrefix)]
	if !ok || !strings.HasPrefix(id, IDPrefix) {
		return nil, fmt.Errorf("no scenario file %q was opened", strings.TrimPrefix(id, IDPrefix))
	}
	if r.loaded == nil {
		return nil, fmt.Errorf("%s", r.Error)
	}
	return o.saveable(r, r.loaded), nil
}

// SavedPath is the path a save records for an opened scenario file name:
// "opened:" and the name (it names no file on disk).
func SavedPath(name string) string { return "opened:" + name }

// saveable is l (the opened file r, or one of its what-ifs) for the window,
// with the reference a save records.
func (o *Opened) saveable(r *result, l *scenario.Loaded) *client.Scenario {
	sc := Scenario(l)
	sum := sha256.Sum256(o.files[r.File].Data)
	sc.Ref = save.ScenarioRef{ID: r.loaded.Scn.ID, Path: SavedPath(r.File), SHA256: hex.EncodeToString(sum[:])}
	if len(l.File.WhatIf) > 0 && l.WhatIf == "" {
		sc.WithWhatIf = func(id string) (*client.Scenario, error) {
			w, err := l.WithWhatIf(id)
			if err != nil {
				return nil, err
			}
			o.mu.Lock()
			defer o.mu.Unlock()
			return o.saveable(r, w), nil
		}
	}
	return sc
}

// Open loads the opened scenario file a save names (see SavedPath), for
// client.Catalog.Open. A file opened since with other bytes is returned
// with an error wrapping save.ErrScenarioChanged, as on the desktop; a file
// not opened in this page is an error that says to open it.
func (o *Opened) Open(ref save.ScenarioRef, whatIf string) (*client.Scenario, error) {
	name, ok := strings.CutPrefix(ref.Path, SavedPath(""))
	if !ok {
		return nil, fmt.Errorf("%s was not opened in the page", ref)
	}
	o.mu.Lock()
	r, ok := o.res[name]
	o.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("the game was saved on the scenario file %s, opened in the page: open that file again (the button, or drop it on the page), then load the game", name)
	}
	if r.loaded == nil {
		return nil, fmt.Errorf("the game was saved on the scenario file %s, which no longer loads: %s", name, r.Error)
	}
	l := r.loaded
	if whatIf != "" {
		w, err := l.WithWhatIf(whatIf)
		if err != nil {
			return nil, err
		}
		l = w
	}
	o.mu.Lock()
	sc := o.saveable(r, l)
	o.mu.Unlock()
	if sc.Ref.SHA256 != ref.SHA256 {
		return sc, fmt.Errorf("the scenario file %s has changed since the game was saved (SHA-256 %.12s…, saved %.12s…): %w",
			name, sc.Ref.SHA256, ref.SHA256, save.ErrScenarioChanged)
	}
	return sc, nil
}

// isScenario reports whether data looks like a scenario file: TOML with a
// [scenario] table, or anything that is not TOML at all (so the loader
// says what is wrong with it). Rulesets and map files are not.
func isScenario(data []byte) bool {
	var top map[string]any
	if _, err := toml.Decode(string(data), &top); err != nil {
		return true
	}
	_, ok := top["scenario"]
	return ok
}

func sortedUnique(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}
