package scenario

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"jinsong/scenarios"
)

// Summary describes a scenario for menus and the command line.
type Summary struct {
	ID       string
	Title    string
	Subtitle string
	Path     string // file name within the listed fs.FS
	Start    string // first day, "YYYY-MM-DD"
	End      string // last day, "YYYY-MM-DD" (worked out from turns if the file gives none)
	Order    int    // menu position: lower first
	Sides    []string
	Mod      bool // not one of the built-in scenarios
}

// List loads every scenario file (*.toml with a [scenario] table) at the top
// level of fsys and summarises those that load, sorted by Order then ID.
// Files that fail to load are left out and their errors returned; other
// .toml files (rulesets, maps) are skipped. Sides holds the side names in
// turn order.
func List(fsys fs.FS) ([]Summary, []error) {
	builtin := isBuiltinFS(fsys)
	display := func(rel string) string { return rel }
	if builtin {
		display = func(rel string) string { return path.Join("scenarios", rel) }
	}
	return list(fsys, display, !builtin)
}

// ListDir lists the scenarios of a folder on disk, such as a mods folder,
// like List, but reading only inside the folder as LoadFile does. Load one
// with LoadFile(filepath.Join(dir, summary.Path)).
func ListDir(dir string) ([]Summary, []error) {
	fsys, closeDir, err := openConfined(dir)
	if err != nil {
		return nil, []error{err}
	}
	defer closeDir()
	return list(fsys, func(rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }, true)
}

func list(fsys fs.FS, display func(string) string, mod bool) ([]Summary, []error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, []error{err}
	}
	var out []Summary
	var errs []error
	seen := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.EqualFold(path.Ext(name), ".toml") || !isScenarioFile(fsys, name) {
			continue
		}
		l, err := load(fsys, name, display, mod)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		s := l.Summary()
		if other, dup := seen[s.ID]; dup {
			errs = append(errs, fmt.Errorf("%s: scenario id %q is already used by %s", display(name), s.ID, display(other)))
			continue
		}
		seen[s.ID] = name
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Order != out[j].Order {
			return out[i].Order < out[j].Order
		}
		return out[i].ID < out[j].ID
	})
	return out, errs
}

// ListBuiltin summarises the built-in scenarios, sorted by Order then ID.
// (Every built-in scenario loads; the tests see to it.)
func ListBuiltin() []Summary {
	builtinOnce.Do(func() { builtinList, _ = List(scenarios.FS) })
	out := make([]Summary, len(builtinList))
	for i, s := range builtinList {
		s.Sides = append([]string(nil), s.Sides...)
		out[i] = s
	}
	return out
}

// The built-in scenarios never change, so they are listed once.
var (
	builtinOnce sync.Once
	builtinList []Summary
)

// Summary summarises a loaded scenario.
func (l *Loaded) Summary() Summary {
	s := Summary{
		ID:       l.Scn.ID,
		Title:    l.Scn.Title,
		Subtitle: l.File.Scenario.Subtitle,
		Path:     l.Path,
		Start:    l.Scn.Start.Format("2006-01-02"),
		End:      l.File.Scenario.End,
		Order:    l.File.Scenario.Order,
		Mod:      l.Mod,
	}
	if s.End == "" {
		s.End = l.Scn.Start.AddDate(0, 0, l.Scn.MaxTurns*l.Scn.DaysPerTurn-1).Format("2006-01-02")
	}
	for _, sd := range l.Scn.Sides {
		s.Sides = append(s.Sides, sd.Name)
	}
	return s
}

// isScenarioFile reports whether name looks like a scenario: a file that
// is not valid TOML (so that List reports its errors) or one with a
// [scenario] table.
func isScenarioFile(fsys fs.FS, name string) bool {
	data, err := readFile(fsys, name, maxFileSize)
	if err != nil {
		return true
	}
	var top map[string]any
	if _, err := toml.Decode(string(data), &top); err != nil {
		return true
	}
	_, ok := top["scenario"]
	return ok
}
