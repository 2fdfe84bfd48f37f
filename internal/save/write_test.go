package save

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// smallSave is a short but complete save of the test scenario.
func smallSave(t testing.TB, seed int64, name string) *File {
	t.Helper()
	l, ref := ford(t)
	g := play(t, l, seed, "simple")
	k := len(g.orders) / 2
	return New(ref, seed, nil, g.orders[:k], stateAfter(t, l, seed, g.orders[:k]), name)
}

// halfThen writes the first half of the data, then fails with err.
func halfThen(err error) func(*os.File, []byte) error {
	return func(fh *os.File, data []byte) error {
		if _, werr := fh.Write(data[:len(data)/2]); werr != nil {
			return werr
		}
		return err
	}
}

var errDiskFull = errors.New("no space left on device")

// A save that fails half-way leaves the earlier save byte for byte as it
// was, and no temporary file behind.
func TestFailedWriteLeavesThePreviousSaveIntact(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "game.json")
	if err := Write(path, smallSave(t, 1, "first")); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	next, err := Marshal(smallSave(t, 2, "second"))
	if err != nil {
		t.Fatal(err)
	}
	err = writeAtomic(path, next, halfThen(errDiskFull), nil)
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("got %v, want the write error", err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatal("the failed save changed the previous one")
	}
	if f, err := Read(path); err != nil || f.Name != "first" {
		t.Fatalf("the previous save no longer reads: %v", err)
	}
	assertFiles(t, dir, "game.json")
}

// killEnv names the folder in which the helper process below saves and is
// killed half-way.
const killEnv = "JINSONG_SAVE_TEST_KILL_DIR"

// A process killed half-way through a save (no deferred clean-up runs)
// leaves the earlier save intact; the load menu skips the half-written
// temporary file.
func TestKilledWriteLeavesThePreviousSaveIntact(t *testing.T) {
	if dir := os.Getenv(killEnv); dir != "" {
		data, err := Marshal(smallSave(t, 2, "second"))
		if err != nil {
			t.Fatal(err)
		}
		_ = writeAtomic(filepath.Join(dir, "game.json"), data, func(fh *os.File, data []byte) error {
			fh.Write(data[:len(data)/2])
			os.Exit(3) // killed: nothing after this runs
			return nil
		}, nil)
		t.Fatal("the write was not killed")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "game.json")
	if err := Write(path, smallSave(t, 1, "first")); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriteLeavesThePreviousSaveIntact$")
	cmd.Env = append(os.Environ(), killEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("the helper was not killed mid-write: %v\n%s", err, out)
	}

	after, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(before, after) {
		t.Fatalf("the killed save changed the previous one (%v)", err)
	}
	temps, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*"+tempSuffix))
	if len(temps) != 1 {
		t.Fatalf("want the half-written temporary file left behind, found %v", temps)
	}
	entries, err := List(dir)
	if err != nil || len(entries) != 1 || entries[0].Err != nil || entries[0].File.Name != "first" {
		t.Fatalf("the load menu should show just the first save: %+v, %v", entries, err)
	}
}

// Each autosave keeps the one before it; older ones go.
func TestAutosaveKeepsThePreviousOne(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "saves") // created on first use
	for i, name := range []string{"turn 1", "turn 2", "turn 3"} {
		if err := Autosave(dir, smallSave(t, int64(i+1), name)); err != nil {
			t.Fatal(err)
		}
	}
	for file, want := range map[string]string{AutosaveName: "turn 3", PrevAutosaveName: "turn 2"} {
		f, err := Read(filepath.Join(dir, file))
		if err != nil || f.Name != want {
			t.Errorf("%s: got %v (%v), want %q", file, f, err, want)
		}
	}
	assertFiles(t, dir, AutosaveName, PrevAutosaveName)
}

// Marshal's layout is what Parse reads back, orders and all.
func TestMarshalRoundTrips(t *testing.T) {
	l, ref := ford(t)
	fresh := New(ref, 1, nil, nil, l.NewGame(1), "") // no orders yet
	for _, f := range []*File{smallSave(t, 5, "round trip"), fresh} {
		data, err := Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Parse(data)
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		again, _ := Marshal(g)
		if !bytes.Equal(data, again) || len(g.Orders) != len(f.Orders) {
			t.Fatalf("the save changed on a round trip:\n%s\n%s", data, again)
		}
	}
}

// assertFiles checks that dir holds exactly the named files.
func assertFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, de := range des {
		got = append(got, de.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("%s holds %v, want %v", dir, got, names)
	}
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Fatalf("%s holds %v, want %v", dir, got, names)
		}
	}
}
