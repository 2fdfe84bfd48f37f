package catalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jinsong/internal/scenario"
)

// A built-in scenario offers its what-ifs to the window; switching one on
// keeps the scenario's save reference, and Open restores the what-if.
func TestSaveableWhatIf(t *testing.T) {
	l, err := scenario.Builtin("yancheng-1140")
	if err != nil {
		t.Fatal(err)
	}
	sc := Saveable("yancheng-1140", l)
	if sc.Ref.ID != "yancheng-1140" || len(sc.Ref.SHA256) != 64 || !sc.Ref.Builtin() {
		t.Fatalf("ref %+v", sc.Ref)
	}
	if len(sc.WhatIfs) == 0 || sc.WithWhatIf == nil {
		t.Fatalf("no what-ifs offered: %+v", sc.WhatIfs)
	}
	id := sc.WhatIfs[0].ID
	w, err := sc.WithWhatIf(id)
	if err != nil || w.WhatIf != id || w.Ref != sc.Ref || w.WithWhatIf != nil {
		t.Fatalf("with what-if %s: %v %+v", id, err, w)
	}
	o, err := Open(sc.Ref, id)
	if err != nil || o.WhatIf != id {
		t.Fatalf("Open with what-if %s: %v", id, err)
	}
	if _, err := Open(sc.Ref, "no_such"); err == nil {
		t.Error("Open with an unknown what-if succeeds")
	}
}

// A scenario file is saved by its absolute path; once the file is broken,
// Open gives no scenario and the loader's file:line:col messages (what
// live reload shows).
func TestOpenBrokenModFile(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(testdata, "valid", "minimal.toml"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mine.toml")
	os.WriteFile(path, src, 0o644)
	l, err := scenario.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc := Saveable(path, l)
	if sc.Ref.Path != path || sc.Ref.Builtin() {
		t.Fatalf("ref %+v", sc.Ref)
	}
	os.WriteFile(path, append(src, []byte("\n[scenario\n")...), 0o644)
	got, err := Open(sc.Ref, "")
	if got != nil || err == nil || !strings.Contains(err.Error(), path+":") {
		t.Fatalf("Open of the broken file: %v, %v", got, err)
	}
}
