package mods

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// TestStarterPlays writes the starter scenario, loads it as written and
// plays it to the end with computer players, as written and with its
// what-if on.
func TestStarterPlays(t *testing.T) {
	dir := t.TempDir()
	p, err := WriteStarter(dir, "river.toml")
	if err != nil {
		t.Fatal(err)
	}
	if p != filepath.Join(dir, "river.toml") {
		t.Errorf("path %s", p)
	}
	l, err := scenario.LoadFile(p)
	if err != nil {
		t.Fatalf("the starter scenario does not load as written:\n%v", err)
	}
	if l.Scn.ID != "river" || len(l.File.WhatIf) != 1 {
		t.Errorf("id %q, %d what-ifs", l.Scn.ID, len(l.File.WhatIf))
	}
	w, err := l.WithWhatIf("early_relief")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []*scenario.Loaded{l, w} {
		r, err := sim.Play(v.NewGame, 1, sim.Options{CheckInvariants: true})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Final.Over || r.Turns < 2 || r.Turns > l.Scn.MaxTurns {
			t.Errorf("what-if %q: over %v after %d turns", v.WhatIf, r.Final.Over, r.Turns)
		}
	}
	if errs := game.CheckInvariants(l.NewGame(1)); len(errs) > 0 {
		t.Error(errs)
	}
}

// TestWriteStarterRefuses refuses names that are not plain ids and never
// overwrites a file.
func TestWriteStarterRefuses(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "taken.toml")
	if err := os.WriteFile(existing, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, want string }{
		{"taken", existing + " already exists: choose another name, or move it away first"},
		{"TAKEN.toml", ""}, // a different file, unless the file system ignores case
		{"../up", "\"../up\": the name may not contain `..`"},
		{"a/b", `"a/b": the name may not contain / or \: give a plain name, and --dir for the folder`},
		{`a\b`, `"a\\b": the name may not contain / or \: give a plain name, and --dir for the folder`},
		{"..", "\"..\": the name may not contain `..`"},
		{"x..toml", "\"x..toml\": the name may not contain `..`"},
		{"", `"": the name is empty`},
		{".toml", `".toml": the name is empty`},
		{"my scenario", `"my scenario": the name may only have letters, digits, _, - and . (it becomes the scenario id), not ' '`},
		{strings.Repeat("a", 65), `"` + strings.Repeat("a", 65) + `": the name is longer than 64 characters`},
	}
	for _, tc := range tests {
		_, err := WriteStarter(dir, tc.name)
		if tc.want == "" {
			continue
		}
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.name, err, tc.want)
		}
	}
	if data, _ := os.ReadFile(existing); string(data) != "mine" {
		t.Errorf("the existing file was overwritten: %q", data)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if n := e.Name(); n != "taken.toml" && !strings.EqualFold(n, "taken.toml") {
			t.Errorf("a refused name left %s behind", n)
		}
	}
}
