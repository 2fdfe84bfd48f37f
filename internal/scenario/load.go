package scenario

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"jinsong/game"
	"jinsong/scenarios"
)

// Loaded is a validated scenario ready to play.
type Loaded struct {
	File  File           // the decoded scenario file
	Path  string         // path as given
	Scn   *game.Scenario // the parts of the game that never change
	View  [4]int         // col0, row0, col1, row1 the client shows first (whole map if not given)
	Lines []Line         // rivers, coasts and canals from the map file, for drawing (may be empty)
	Sites []Site         // named points of the map file (may be empty)
	Mod   bool           // loaded from outside the built-in set
	// WhatIf is the id of the what-if switched on (see WithWhatIf), or ""
	// for the scenario as written.
	WhatIf string

	initial *game.State        // the unstarted initial state
	whatIfs map[string]*Loaded // the scenario with each what-if on, by id
}

// NewGame returns a fresh game: a copy of the initial state with its random
// source seeded, started (the first side's first turn has begun).
func (l *Loaded) NewGame(seed int64) *game.State {
	s := l.initial.Clone()
	s.RNG = game.NewRNG(seed)
	s.Index()
	s.Start()
	return s
}

// Load loads the scenario file at path in fsys, with every file it names,
// and checks all of it. When anything is wrong the error is Diagnostics
// listing every problem; when the file cannot be read at all it is the
// error from fsys.
func Load(fsys fs.FS, path string) (*Loaded, error) {
	return load(fsys, path, func(rel string) string { return rel }, !isBuiltinFS(fsys))
}

// LoadFile loads a scenario file from disk, usually a mod. The files it
// names are looked up in its own folder, which it can never read outside:
// names with "..", absolute names and symbolic links that lead elsewhere
// are refused. Messages name files as osPath does.
func LoadFile(osPath string) (*Loaded, error) {
	dir := filepath.Dir(osPath)
	fsys, closeDir, err := openConfined(dir)
	if err != nil {
		return nil, err
	}
	defer closeDir()
	base := filepath.Base(osPath)
	display := func(rel string) string {
		if rel == base {
			return osPath
		}
		return filepath.Join(dir, filepath.FromSlash(rel))
	}
	return load(fsys, base, display, true)
}

// Builtin loads the built-in scenario with the given id: the file
// "<id>.toml" of scenarios.FS, or else the built-in whose [scenario] id is id.
func Builtin(id string) (*Loaded, error) {
	if !validID(id) || strings.Contains(id, "..") {
		return nil, fmt.Errorf("%q is not a scenario id", id)
	}
	display := func(rel string) string { return path.Join("scenarios", rel) }
	l, err := load(scenarios.FS, id+".toml", display, false)
	if !errors.Is(err, fs.ErrNotExist) {
		return l, err
	}
	var ids []string
	for _, s := range ListBuiltin() {
		if s.ID == id {
			return load(scenarios.FS, s.Path, display, false)
		}
		ids = append(ids, s.ID)
	}
	return nil, fmt.Errorf("there is no built-in scenario %q%s", id, didYouMean(id, ids))
}

// isBuiltinFS reports whether fsys is the built-in scenario set.
func isBuiltinFS(fsys fs.FS) bool {
	e, ok := fsys.(embed.FS)
	return ok && e == scenarios.FS
}

// loader loads one scenario and the files it names.
type loader struct {
	fsys    fs.FS
	dir     string              // the scenario's folder within fsys
	display func(string) string // the name messages use for a path in fsys
	diags   Diagnostics
}

func load(fsys fs.FS, p string, display func(string) string, mod bool) (*Loaded, error) {
	data, err := readFile(fsys, p, maxFileSize)
	if err != nil {
		if errors.Is(err, errTooLarge) || errors.Is(err, errOutside) {
			return nil, Diagnostics{{File: display(p), Msg: readProblem(path.Base(p), err, maxFileSize)}}
		}
		return nil, err
	}
	l := &loader{fsys: fsys, dir: path.Dir(p), display: display}
	res := l.scenario(p, data)
	if len(l.diags) > 0 || res == nil {
		if len(l.diags) == 0 { // cannot happen; never return nil, nil
			l.diags = Diagnostics{{File: display(p), Msg: "the scenario could not be loaded"}}
		}
		return nil, l.diags.sorted()
	}
	res.Path = p
	res.Mod = mod
	for _, v := range res.whatIfs {
		v.Path, v.Mod = p, mod
	}
	return res, nil
}
