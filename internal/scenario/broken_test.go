package scenario

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden .txt files of testdata/broken")

// TestBroken loads every testdata/broken/*.toml and compares the problems
// reported with the golden file next to it, <name>.txt, one problem a line.
// Each file is a complete scenario with one deliberate mistake (or several,
// in many_errors.toml); */scenario.toml are scenarios that use a broken
// ruleset or map file of their own folder.
func TestBroken(t *testing.T) {
	files, err := filepath.Glob("testdata/broken/*.toml")
	more, _ := filepath.Glob("testdata/broken/*/scenario.toml")
	files = append(files, more...)
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	fsys := os.DirFS("testdata/broken")
	for _, f := range files {
		name := filepath.ToSlash(strings.TrimPrefix(f, "testdata/broken/"))
		t.Run(strings.TrimSuffix(name, ".toml"), func(t *testing.T) {
			_, err := Load(fsys, name)
			var diags Diagnostics
			if !errors.As(err, &diags) {
				t.Fatalf("Load returned %v (%T), want Diagnostics", err, err)
			}
			got := diags.Error() + "\n"
			golden := strings.TrimSuffix(f, ".toml") + ".txt"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("missing golden file (run go test -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("problems reported:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
