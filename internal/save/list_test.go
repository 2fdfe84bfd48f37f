package save

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

// The load menu lists saves newest first and shows damaged files with their
// error instead of hiding them; temporary and foreign files are skipped.
func TestListNewestFirstWithDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	base := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	for i, name := range []string{"oldest", "newest", "middle"} {
		f := smallSave(t, int64(i+1), name)
		f.Saved = base.Add(map[string]time.Duration{"oldest": 0, "middle": time.Hour, "newest": 2 * time.Hour}[name])
		if err := Write(filepath.Join(dir, name+".json"), f); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("broken.json", `{"format": "jinsong-save", "version": 1, "seed": `)
	write("future.json", strings.Replace(validJSON, `"version": 1`, `"version": 2`, 1))
	write(".game.json.123.tmp", "half a save")
	write("notes.txt", "not a save")
	if err := os.Mkdir(filepath.Join(dir, "folder.json"), 0o755); err != nil {
		t.Fatal(err)
	}

	entries, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name)
	}
	if len(entries) != 5 {
		t.Fatalf("listed %v, want the three saves and the two bad files", got)
	}
	var saves []string
	bad := map[string]error{}
	for _, e := range entries {
		switch {
		case e.Err != nil && e.File == nil:
			bad[e.Name] = e.Err
		case e.Err == nil && e.File != nil:
			saves = append(saves, e.File.Name)
		default:
			t.Fatalf("%s: File %v with error %v", e.Name, e.File, e.Err)
		}
	}
	if strings.Join(saves, ",") != "newest,middle,oldest" {
		t.Errorf("saves in order %v, want newest first", saves)
	}
	if !errors.Is(bad["broken.json"], ErrDamaged) || !errors.Is(bad["future.json"], ErrVersion) {
		t.Errorf("bad files: %v", bad)
	}
	if !strings.Contains(bad["future.json"].Error(), "newer version of the game (format 2)") {
		t.Errorf("future.json: %v", bad["future.json"])
	}
}

// A save folder that does not exist yet is empty, not an error.
func TestListOfMissingFolderIsEmpty(t *testing.T) {
	entries, err := List(filepath.Join(t.TempDir(), "none"))
	if err != nil || len(entries) != 0 {
		t.Fatalf("got %v, %v", entries, err)
	}
}

// Saves live in the user's data folder, which XDG_DATA_HOME moves.
func TestDirIsInTheUserDataFolder(t *testing.T) {
	home := t.TempDir()
	t.Cleanup(xdg.Reload) // runs after Setenv has restored the variable
	t.Setenv("XDG_DATA_HOME", home)
	xdg.Reload()
	if got, want := Dir(), filepath.Join(home, "jinsong", "saves"); got != want {
		t.Fatalf("Dir() = %q, want %q", got, want)
	}
}
