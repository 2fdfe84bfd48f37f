package catalog

import (
	"io/fs"
	"slices"
	"testing"

	"jinsong/internal/client"
	"jinsong/scenarios"
)

// Builtins lists the same scenarios in the same order as the loader's own
// list, picks the same backdrop, and pauses between every two files.
func TestBuiltinsLikeListBuiltin(t *testing.T) {
	pauses := 0
	b := &Builtins{Pause: func() { pauses++ }}
	got, want := b.Entries(), Builtin()
	ids := func(es []client.Entry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID+" "+e.Title+" "+e.Start+" "+e.End)
		}
		return out
	}
	if !slices.Equal(ids(got), ids(want)) || len(got) < 3 {
		t.Errorf("Builtins lists\n%v\nListBuiltin\n%v", ids(got), ids(want))
	}
	files, _ := fs.Glob(scenarios.FS, "*.toml")
	if pauses != len(files)-1 {
		t.Errorf("%d pauses for %d files", pauses, len(files))
	}
	bd, err := b.Backdrop()
	if err != nil {
		t.Fatal(err)
	}
	desk, err := Backdrop()
	if err != nil || bd.ID != desk.ID {
		t.Errorf("backdrop %s, the desktop's %s (%v)", bd.ID, desk.ID, err)
	}
	b.Entries()
	if pauses != len(files)-1 {
		t.Errorf("the files were read again")
	}
}
