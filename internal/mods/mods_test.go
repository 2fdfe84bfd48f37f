package mods

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/adrg/xdg"
)

// useDataHome points the XDG data folder at a temporary one for the test
// and returns the mods folder inside it.
func useDataHome(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	xdg.Reload()
	t.Cleanup(xdg.Reload)
	return Dir()
}

func write(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, p string) {
	t.Helper()
	if err := os.Symlink(target, p); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
}

// TestScan fills a mods folder with good, broken, duplicate, linked and
// non-scenario files and checks what is listed, and how.
func TestScan(t *testing.T) {
	dir := useDataHome(t)
	if want := filepath.Join(os.Getenv("XDG_DATA_HOME"), "jinsong", "mods"); dir != want {
		t.Fatalf("Dir() = %s, want %s", dir, want)
	}
	outside := t.TempDir()
	rules, err := os.ReadFile("../../scenarios/rulesets/standard.toml")
	if err != nil {
		t.Fatal(err)
	}
	withRuleset := strings.Replace(Starter("campaign"), `subtitle = "A starter scenario"`, `ruleset = "myrules"`, 1)

	write(t, filepath.Join(dir, "good.toml"), Starter("good"))
	write(t, filepath.Join(dir, "Upper.TOML"), Starter("upper"))
	write(t, filepath.Join(dir, "broken.toml"), "[scenario]\ntitle = 5\n")
	write(t, filepath.Join(dir, "rules.toml"), string(rules)) // not a scenario: skipped
	write(t, filepath.Join(dir, "notes.txt"), "not a scenario")
	write(t, filepath.Join(dir, "builtin.toml"), Starter("kaifeng-1126"))
	write(t, filepath.Join(dir, "zz-again.toml"), Starter("good"))
	write(t, filepath.Join(dir, "campaign", "main.toml"), withRuleset)
	write(t, filepath.Join(dir, "campaign", "myrules.toml"), string(rules))
	write(t, filepath.Join(dir, "campaign", "deeper", "x.toml"), Starter("deeper")) // two levels down: not scanned
	write(t, filepath.Join(outside, "away.toml"), Starter("away"))
	write(t, filepath.Join(outside, "folder", "away2.toml"), Starter("away2"))
	symlink(t, filepath.Join(outside, "away.toml"), filepath.Join(dir, "evil.toml"))
	symlink(t, filepath.Join(outside, "folder"), filepath.Join(dir, "evildir"))
	symlink(t, "good.toml", filepath.Join(dir, "alias.toml")) // a link inside the folder is fine

	got := map[string]string{}
	for _, m := range Scan(dir) {
		rel, _ := filepath.Rel(dir, m.Path)
		if m.Err != nil {
			got[rel] = "error: " + m.Err.Error()
		} else if !m.Summary.Mod {
			got[rel] = "not marked as a mod"
		} else {
			got[rel] = "ok " + m.Summary.ID
		}
	}
	want := map[string]string{
		"alias.toml":         "ok good", // first in name order: the id is its
		"good.toml":          "error: " + filepath.Join(dir, "good.toml") + `: scenario id "good" is already used by ` + filepath.Join(dir, "alias.toml") + ": give this one another id",
		"Upper.TOML":         "ok upper",
		"campaign/main.toml": "ok campaign",
		"broken.toml":        "error: " + filepath.Join(dir, "broken.toml") + ":1:1: missing key `start` in [scenario] (the first day, \"YYYY-MM-DD\") (and 6 more problems: run jinsong validate)",
		"builtin.toml":       "error: " + filepath.Join(dir, "builtin.toml") + `: scenario id "kaifeng-1126" is already used by the built-in scenario kaifeng-1126: give this one another id`,
		"zz-again.toml":      "error: " + filepath.Join(dir, "zz-again.toml") + `: scenario id "good" is already used by ` + filepath.Join(dir, "alias.toml") + ": give this one another id",
		"evil.toml":          "error: " + filepath.Join(dir, "evil.toml") + " is a link to " + filepath.Join(outside, "away.toml") + ", outside the mods folder: mods may not link out of it (play a scenario kept elsewhere with jinsong play PATH)",
		"evildir":            "error: " + filepath.Join(dir, "evildir") + " is a link to " + filepath.Join(outside, "folder") + ", outside the mods folder: mods may not link out of it (play a scenario kept elsewhere with jinsong play PATH)",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s:\n got %s\nwant %s", k, got[k], w)
		}
	}
	for k, g := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected entry %s: %s", k, g)
		}
	}
}

// TestScanCap reads at most MaxFiles files and says how many it left out.
func TestScanCap(t *testing.T) {
	dir := useDataHome(t)
	for i := 0; i < MaxFiles+5; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("m%03d.toml", i)), "not toml [")
	}
	list := Scan(dir)
	if len(list) != MaxFiles+1 {
		t.Fatalf("%d entries, want %d", len(list), MaxFiles+1)
	}
	last := list[0] // the folder's own entry sorts first
	if last.Path != dir || !strings.Contains(last.Err.Error(), "5 more .toml files were not read: the game reads at most 200 files from the mods folder") {
		t.Errorf("cap entry %+v", last)
	}
	for _, m := range list[1:] {
		if m.Err == nil || !strings.Contains(m.Err.Error(), "syntax error") {
			t.Fatalf("%s: %v", m.Path, m.Err)
		}
	}
}

// TestScanNoFolder: no mods folder, no mods, no error.
func TestScanNoFolder(t *testing.T) {
	dir := useDataHome(t)
	if list := Scan(dir); len(list) != 0 {
		t.Errorf("got %v", list)
	}
}

// TestFind finds a mod by id, and not a broken one.
func TestFind(t *testing.T) {
	dir := useDataHome(t)
	write(t, filepath.Join(dir, "sub", "a.toml"), Starter("alpha"))
	write(t, filepath.Join(dir, "b.toml"), "[scenario]\nid = \"beta\"\n")
	if p, ok := Find(dir, "alpha"); !ok || p != filepath.Join(dir, "sub", "a.toml") {
		t.Errorf("alpha: %q %v", p, ok)
	}
	if _, ok := Find(dir, "beta"); ok {
		t.Error("found a broken mod")
	}
}
