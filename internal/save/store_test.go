package save

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"testing"
	"time"

	"jinsong/internal/store"
)

// inBrowserStorage makes the save functions use a store like the
// browser's (a Keyed store in memory) for the rest of the test, and
// returns its key–value storage.
func inBrowserStorage(t *testing.T, limit int) *store.Mem {
	t.Helper()
	old := store.Files
	t.Cleanup(func() { store.Files = old })
	kv := &store.Mem{Limit: limit}
	store.Files = store.Keyed{KV: kv, Prefix: "jinsong:"}
	return kv
}

// In the browser's storage, saves are written, listed newest first, read
// back and autosaved with the one before kept, as on disk, and no
// temporary file is left behind.
func TestSavesInBrowserStorage(t *testing.T) {
	kv := inBrowserStorage(t, 0)
	dir := "data/jinsong/saves"
	base := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	for i, name := range []string{"older", "newer"} {
		f := smallSave(t, int64(i+1), name)
		f.Saved = base.Add(time.Duration(i) * time.Hour)
		if err := Write(path.Join(dir, name+".json"), f); err != nil {
			t.Fatal(err)
		}
	}
	for i, name := range []string{"turn 1", "turn 2", "turn 3"} {
		f := smallSave(t, int64(i+1), name)
		f.Saved = base.Add(-time.Duration(3-i) * time.Hour)
		if err := Autosave(dir, f); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		if e.Err != nil {
			t.Fatalf("%s: %v", e.Name, e.Err)
		}
		got = append(got, e.Name+"="+e.File.Name)
	}
	want := []string{"newer.json=newer", "older.json=older", "autosave.json=turn 3", "autosave-1.json=turn 2"}
	if !slices.Equal(got, want) {
		t.Errorf("listed %v, want %v", got, want)
	}
	keys := kv.Keys()
	if len(keys) != 4 || !slices.Contains(keys, "jinsong:data/jinsong/saves/autosave-1.json") {
		t.Errorf("keys in the storage: %v", keys)
	}
	if _, err := Read(path.Join(dir, "none.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("reading a missing save: %v", err)
	}
}

// When the browser's storage is full, saving fails with a message that
// says so and the earlier save is still there, whole.
func TestFullBrowserStorageKeepsTheEarlierSave(t *testing.T) {
	first := smallSave(t, 1, "first")
	data, err := Marshal(first)
	if err != nil {
		t.Fatal(err)
	}
	inBrowserStorage(t, 2*len(data)+200) // room for the save and a temporary copy
	p := "data/jinsong/saves/game.json"
	if err := Write(p, first); err != nil {
		t.Fatal(err)
	}
	big := smallSave(t, 1, "second")
	for i := 0; i < 4; i++ {
		big.Orders = append(big.Orders, big.Orders...)
	}
	err = Write(p, big)
	if !errors.Is(err, store.ErrFull) {
		t.Fatalf("saving into a full storage: %v, want store.ErrFull", err)
	}
	f, err := Read(p)
	if err != nil || f.Name != "first" {
		t.Fatalf("the earlier save: %v, %v", f, err)
	}
	if entries, _ := List("data/jinsong/saves"); len(entries) != 1 {
		t.Errorf("a temporary file was left: %+v", entries)
	}
}
