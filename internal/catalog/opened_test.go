package catalog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jinsong/internal/save"
	"jinsong/internal/scenario"
)

// testdata is the scenario loader's own folder of test files.
const testdata = "../scenario/testdata"

// desktopError is what the desktop says of a scenario file opened by name
// in its own folder (jinsong play NAME, jinsong validate NAME).
func desktopError(t *testing.T, dir, name string) string {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(abs)
	_, err = scenario.LoadFile(name)
	if err == nil {
		return ""
	}
	return err.Error()
}

func readAll(t *testing.T, dir string, names ...string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		out[n] = b
	}
	return out
}

// Every broken scenario of the loader's tests gives, opened in the
// browser, exactly the message the desktop gives for the same file.
func TestOpenedFilesGiveTheDesktopsMessages(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testdata, "broken", "*.toml"))
	if err != nil || len(files) < 10 {
		t.Fatalf("broken test files: %v, %v", files, err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			var o Opened
			res := o.Add(readAll(t, filepath.Dir(f), name))
			want := desktopError(t, filepath.Dir(f), name)
			if len(res) != 1 || res[0].Error != want || want == "" {
				t.Fatalf("opened in the browser:\n%+v\non the desktop:\n%s", res, want)
			}
			if !strings.HasPrefix(res[0].Error, name+":") {
				t.Errorf("the message does not start with the file's name: %s", res[0].Error)
			}
			if _, err := o.Load(res[0].ID); err == nil || err.Error() != want {
				t.Errorf("Load gives %v, want the loader's message", err)
			}
		})
	}
}

// A scenario and the map file it names can be opened together, or one
// after the other: the scenario is loaded again when its map arrives.
func TestScenarioWithItsMap(t *testing.T) {
	dir := filepath.Join(testdata, "valid", "full")
	var together Opened
	res := together.Add(readAll(t, dir, "scenario.toml", "land.toml"))
	if len(res) != 1 || res[0].Error != "" || res[0].ID != "file:scenario.toml" {
		t.Fatalf("opened together: %+v", res)
	}
	var apart Opened
	res = apart.Add(readAll(t, dir, "scenario.toml"))
	if len(res) != 1 || !strings.Contains(res[0].Error, "land") {
		t.Fatalf("the scenario without its map: %+v", res)
	}
	res = apart.Add(readAll(t, dir, "land.toml"))
	if len(res) != 1 || res[0].Error != "" || res[0].File != "scenario.toml" {
		t.Fatalf("after its map was opened: %+v", res)
	}
	scn, err := apart.Load(res[0].ID)
	if err != nil || scn.NewGame(1) == nil {
		t.Fatalf("loading the opened scenario: %v", err)
	}
	bad := filepath.Join(testdata, "broken", "badmap")
	var b Opened
	res = b.Add(readAll(t, bad, "scenario.toml", "land.toml"))
	if want := desktopError(t, bad, "scenario.toml"); len(res) != 1 || res[0].Error != want {
		t.Errorf("a broken map: %+v, want %s", res, want)
	}
}

// Files that are not .toml, or too large, are refused with a message.
func TestOpenedFilesRefused(t *testing.T) {
	var o Opened
	res := o.Add(map[string][]byte{"notes.txt": []byte("hi"), "huge.toml": make([]byte, MaxFileSize+1)})
	if len(res) != 2 {
		t.Fatalf("%+v", res)
	}
	for _, r := range res {
		if r.Error == "" || r.ID != "" {
			t.Errorf("%+v was not refused", r)
		}
	}
	if len(o.Entries()) != 0 {
		t.Errorf("refused files are listed: %+v", o.Entries())
	}
}

// The browser's catalog lists the built-ins then the opened files (those
// that do not load too), and loads both kinds.
func TestWithOpened(t *testing.T) {
	var o Opened
	o.Add(readAll(t, filepath.Join(testdata, "valid"), "minimal.toml"))
	o.Add(readAll(t, filepath.Join(testdata, "broken"), "syntax.toml"))
	c := WithOpened(&Builtins{}, &o)
	list := c.List()
	n := len(scenario.ListBuiltin())
	if len(list) != n+2 || list[n].ID != "file:minimal.toml" || list[n+1].ID != "file:syntax.toml" || !list[n].Mod {
		t.Fatalf("listed %+v", list[n:])
	}
	if list[n+1].Subtitle != "does not load" {
		t.Errorf("a broken file is listed as %+v", list[n+1])
	}
	if _, err := c.Load(list[0].ID); err != nil {
		t.Errorf("loading built-in %s: %v", list[0].ID, err)
	}
	if s, err := c.Load("file:minimal.toml"); err != nil || len(s.Sides) < 2 {
		t.Errorf("loading the opened file: %v", err)
	}
	if _, err := c.Load("file:syntax.toml"); err == nil || !strings.HasPrefix(err.Error(), "syntax.toml:") {
		t.Errorf("loading the broken file: %v", err)
	}
	if _, err := c.Load("file:never.toml"); err == nil {
		t.Error("a file never opened loads")
	}
}

// A game of an opened file can be saved and loaded again: in the same page,
// or after the file is opened again; a changed file is noticed as on the
// desktop, and a file not opened says to open it.
func TestOpenedFilesAreSaveable(t *testing.T) {
	data := readAll(t, "../save/testdata", "ford.toml")
	var page Opened
	page.Add(data)
	c := WithOpened(&Builtins{}, &page)
	scn, err := c.Load("file:ford.toml")
	if err != nil {
		t.Fatal(err)
	}
	ref := scn.Ref
	if ref.ID != "ford" || ref.Path != "opened:ford.toml" || len(ref.SHA256) != 64 {
		t.Fatalf("the save would record %+v", ref)
	}
	s := scn.NewGame(7)
	f := save.New(ref, 7, nil, nil, s, "test")
	again, err := c.Open(f.Scenario, "")
	if err != nil || again.Ref != ref {
		t.Fatalf("loading the save in the same page: %v, %+v", err, again)
	}
	if _, err := save.Restore(f, again.NewGame); err != nil {
		t.Fatalf("restoring: %v", err)
	}

	var later Opened // a new page: nothing opened yet
	lc := WithOpened(&Builtins{}, &later)
	if _, err := lc.Open(ref, ""); err == nil || !strings.Contains(err.Error(), "open that file again") {
		t.Errorf("before the file is opened again: %v", err)
	}
	changed := map[string][]byte{"ford.toml": []byte(strings.Replace(string(data["ford.toml"]), "Hold the city.", "Hold the city!", 1))}
	later.Add(changed)
	sc, err := lc.Open(ref, "")
	if sc == nil || !errors.Is(err, save.ErrScenarioChanged) {
		t.Errorf("a changed file: %v, %v", sc, err)
	}
	if sc, _ := lc.Open(save.ScenarioRef{ID: "caishi-1161"}, ""); sc == nil || sc.ID != "caishi-1161" {
		t.Errorf("a built-in's save opens %+v", sc)
	}
}
