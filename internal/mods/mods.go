// Package mods finds the scenarios a player has added to the game: the
// mods folder in the user's data directory, scanned when the game starts and
// listed with the built-in scenarios. It also writes the starter scenario of
// `jinsong new`.
package mods

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"

	"jinsong/internal/scenario"
)

// MaxFiles is the most .toml files a scan reads.
const MaxFiles = 200

// maxSniff is the most bytes read to tell a scenario from other TOML files;
// the loader refuses larger scenario files anyway.
const maxSniff = 2 << 20

// Dir is the user's mods folder: $XDG_DATA_HOME/jinsong/mods on Linux
// (~/.local/share/jinsong/mods by default), and the platform's user data
// folder elsewhere.
func Dir() string { return filepath.Join(xdg.DataHome, "jinsong", "mods") }

// Mod is one scenario file of the mods folder.
type Mod struct {
	Path    string           // the file on disk
	Summary scenario.Summary // what it is; its ID is the file name when Err is set
	Err     error            // why it cannot be played (its first problem), or nil
}

// Scan lists the scenarios of the mods folder dir: every scenario file
// (a .toml file, in any case, with a [scenario] table) at its top level, and
// in each folder directly inside it, which holds one mod with its own
// ruleset or map files. Other TOML files are skipped. A scenario that does
// not load is listed with its first problem, and so is one whose id a
// built-in scenario or an earlier mod already has; Scan itself never
// fails. Links that lead out of dir are refused. At most MaxFiles .toml
// files are read; past that, a last entry says what was left out. A
// missing folder has no mods.
func Scan(dir string) []Mod {
	root, err := filepath.EvalSymlinks(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return []Mod{{Path: dir, Err: err}}
	}
	files, out := candidates(dir, root)
	ids := map[string]string{}
	for _, s := range scenario.ListBuiltin() {
		ids[s.ID] = "the built-in scenario " + s.ID
	}
	for _, p := range files {
		if !looksLikeScenario(p) {
			continue
		}
		out = append(out, load(p, ids))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// load loads one mod and checks that its id is not taken.
func load(p string, ids map[string]string) Mod {
	m := Mod{Path: p}
	l, err := scenario.LoadFile(p)
	if err != nil {
		m.Summary.ID = strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		m.Err = firstProblem(err)
		return m
	}
	m.Summary = l.Summary()
	if other, dup := ids[m.Summary.ID]; dup {
		m.Err = fmt.Errorf("%s: scenario id %q is already used by %s: give this one another id", p, m.Summary.ID, other)
		return m
	}
	ids[m.Summary.ID] = p
	return m
}

// candidates lists the .toml files to read, up to MaxFiles, and the entries
// refused on the way (links out of the folder, unreadable folders, files
// left out).
func candidates(dir, root string) (files []string, refused []Mod) {
	top, err := readDir(dir)
	if err != nil {
		return nil, []Mod{{Path: dir, Err: err}}
	}
	skipped := 0
	add := func(p string) {
		if len(files) < MaxFiles {
			files = append(files, p)
		} else {
			skipped++
		}
	}
	for _, name := range top {
		p := filepath.Join(dir, name)
		st, err := inside(p, root)
		switch {
		case err != nil:
			if isTOML(name) || st != nil && st.IsDir() {
				refused = append(refused, Mod{Path: p, Summary: scenario.Summary{ID: name}, Err: err})
			}
		case st.IsDir():
			sub, err := readDir(p)
			if err != nil {
				refused = append(refused, Mod{Path: p, Summary: scenario.Summary{ID: name}, Err: err})
				continue
			}
			for _, n := range sub {
				if isTOML(n) {
					add(filepath.Join(p, n))
				}
			}
		case isTOML(name):
			add(p)
		}
	}
	if skipped > 0 {
		refused = append(refused, Mod{Path: dir, Summary: scenario.Summary{ID: "…"},
			Err: fmt.Errorf("%s: %d more .toml files were not read: the game reads at most %d files from the mods folder", dir, skipped, MaxFiles)})
	}
	return files, refused
}

// inside stats p and checks that its real location, after following
// links, is within root.
func inside(p, root string) (os.FileInfo, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(root, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		st, _ := os.Stat(p)
		return st, fmt.Errorf("%s is a link to %s, outside the mods folder: mods may not link out of it (play a scenario kept elsewhere with jinsong play PATH)", p, real)
	}
	return os.Stat(real)
}

// readDir lists the names in dir, sorted.
func readDir(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	return names, nil
}

func isTOML(name string) bool { return strings.EqualFold(filepath.Ext(name), ".toml") }

// looksLikeScenario reports whether the file at p is a scenario: one with a
// [scenario] table, or one that cannot be read as TOML at all (so that its
// problem is listed).
func looksLikeScenario(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return true
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSniff+1))
	if err != nil || len(data) > maxSniff {
		return true
	}
	var top map[string]any
	if _, err := toml.Decode(string(data), &top); err != nil {
		return true
	}
	_, ok := top["scenario"]
	return ok
}

// firstProblem is the first problem of a load error.
func firstProblem(err error) error {
	var diags scenario.Diagnostics
	if errors.As(err, &diags) && len(diags) > 1 {
		return fmt.Errorf("%s (and %d more problems: run jinsong validate)", diags[0], len(diags)-1)
	}
	return err
}

// Find returns the path of the mod in dir whose scenario id is id, among
// those that load.
func Find(dir, id string) (string, bool) {
	for _, m := range Scan(dir) {
		if m.Err == nil && m.Summary.ID == id {
			return m.Path, true
		}
	}
	return "", false
}
