package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/adrg/xdg"

	"jinsong/internal/mods"
)

// TestModsByID writes a starter scenario with jinsong new into a temporary
// mods folder; it is then offered with the built-ins and loads by its id.
func TestModsByID(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	dir := mods.Dir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := (newCmd{Name: "my-ford", Dir: dir}).Run(); err != nil {
		t.Fatal(err)
	}
	if err := (newCmd{Name: "my-ford", Dir: dir}).Run(); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("a second new: %v", err)
	}
	var found bool
	for _, s := range playable() {
		found = found || s.ID == "my-ford" && s.Mod
	}
	if !found {
		t.Error("the mod is not offered")
	}
	l, err := loadScenario("my-ford")
	if err != nil || l.Scn.ID != "my-ford" || !l.Mod || l.Path != "my-ford.toml" {
		t.Fatalf("loadScenario: %v", err)
	}
	if _, err := loadScenario("no-such"); err == nil || !strings.Contains(err.Error(), `there is no built-in scenario "no-such"`) {
		t.Errorf("unknown id: %v", err)
	}
	if _, err := loadScenario(filepath.Join(dir, "my-ford.toml")); err != nil {
		t.Error(err)
	}
}
