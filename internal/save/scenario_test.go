package save

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jinsong/internal/scenario"
)

// A mod's scenario file is found again by its path; a change to it is
// reported clearly, and the scenario still comes back so that the orders
// can be tried.
func TestScenarioChangeIsDetected(t *testing.T) {
	src, err := os.ReadFile("testdata/ford.toml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ford.toml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	_, ref := open(t, path, scenario.LoadFile)
	if ref.Builtin() || ref.Path != path || ref.ID != "ford" || ref.SHA256 != digest(src) {
		t.Fatalf("ref = %+v", ref)
	}
	if l, err := ref.Open(); err != nil || l.Scn.ID != "ford" {
		t.Fatalf("unchanged file: %v", err)
	}
	if _, rel := ford(t); !filepath.IsAbs(rel.Path) {
		t.Fatalf("a relative path is recorded as %q, not made absolute", rel.Path)
	}

	changed := strings.Replace(string(src), "walls = 3", "walls = 1", 1)
	if err := os.WriteFile(path, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := ref.Open()
	if !errors.Is(err, ErrScenarioChanged) || l == nil {
		t.Fatalf("changed file: got %v (scenario %v), want ErrScenarioChanged with the scenario", err, l)
	}
	if want := "the scenario file " + path + " has changed since the game was saved"; !strings.Contains(err.Error(), want) {
		t.Errorf("message %q does not say %q", err, want)
	}

	os.Remove(path)
	if l, err := ref.Open(); l != nil || !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "no longer there") {
		t.Fatalf("removed file: got %v", err)
	}
}

// Built-in scenarios are named by id and fingerprinted from the embedded
// file.
func TestBuiltinScenarioRef(t *testing.T) {
	list := scenario.ListBuiltin()
	if len(list) == 0 {
		t.Skip("no built-in scenarios yet")
	}
	id := list[0].ID
	l, ref := open(t, id, scenario.Builtin)
	if !ref.Builtin() || ref.ID != id || len(ref.SHA256) != 64 || l.Scn.ID != id {
		t.Fatalf("ref = %+v", ref)
	}
	if _, err := ref.Open(); err != nil {
		t.Fatal(err)
	}
	ref.SHA256 = digest([]byte("another version"))
	if _, err := ref.Open(); !errors.Is(err, ErrScenarioChanged) || !strings.Contains(err.Error(), "built-in scenario") {
		t.Fatalf("got %v", err)
	}
	if _, err := (ScenarioRef{ID: "no-such-scenario", SHA256: ref.SHA256}).Open(); err == nil || !strings.Contains(err.Error(), "no longer loads") {
		t.Fatalf("missing built-in: %v", err)
	}
}
