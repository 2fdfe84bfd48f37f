package save

import (
	"cmp"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"jinsong/internal/store"
)

// Dir is the folder saves live in: $XDG_DATA_HOME/jinsong/saves on Linux
// (~/.local/share/jinsong/saves by default), and the platform's own user
// data folder elsewhere.
// In the browser it is a name in the page's storage (see package store).
func Dir() string { return store.DataDir("jinsong/saves") }

// Autosave file names: the newest, and the one before it.
const (
	AutosaveName     = "autosave.json"
	PrevAutosaveName = "autosave-1.json"
)

// Autosave writes f as the autosave in dir, keeping the previous autosave
// as autosave-1.json. The new autosave is complete on disk before the
// current one is moved aside, so a failure never leaves the folder without
// the latest good autosave.
func Autosave(dir string, f *File) error {
	data, err := Marshal(f)
	if err != nil {
		return err
	}
	cur := filepath.Join(dir, AutosaveName)
	keep := func() error {
		err := store.Files.Rename(cur, filepath.Join(dir, PrevAutosaveName))
		if errors.Is(err, fs.ErrNotExist) {
			return nil // the first autosave
		}
		return err
	}
	return writeAtomic(cur, data, writeAll, keep)
}

// Entry is one file of a save folder, for a load menu.
type Entry struct {
	Path     string
	Name     string    // the file's name within the folder
	Modified time.Time // when the file was last written
	File     *File     // nil when the file could not be read
	Err      error     // why File is nil
}

// When is the time the menu shows: when the game was saved, or when the
// file was last written if it cannot be read.
func (e Entry) When() time.Time {
	if e.File != nil && !e.File.Saved.IsZero() {
		return e.File.Saved
	}
	return e.Modified
}

// List reads every save (*.json) in dir, newest first. A file that cannot
// be read is listed with its error, never left out. A folder that does not
// exist yet holds no saves.
func List(dir string) ([]Entry, error) {
	des, err := store.Files.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, de := range des {
		name := de.Name()
		if de.IsDir() || !strings.EqualFold(filepath.Ext(name), ".json") || strings.HasPrefix(name, tempPrefix) {
			continue
		}
		e := Entry{Path: filepath.Join(dir, name), Name: name}
		if info, err := de.Info(); err == nil {
			e.Modified = info.ModTime()
		}
		e.File, e.Err = Read(e.Path)
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b Entry) int {
		if c := b.When().Compare(a.When()); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out, nil
}
