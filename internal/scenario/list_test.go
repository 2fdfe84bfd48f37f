package scenario

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"jinsong/game"
	"jinsong/scenarios"
)

// TestList lists a folder with scenarios in need of sorting, a ruleset
// (skipped), a broken scenario and a duplicate id (both reported).
func TestList(t *testing.T) {
	src := readTestFile(t, "testdata/valid/minimal.toml")
	rules := readTestFile(t, "../../scenarios/rulesets/standard.toml")
	withID := func(id string, order int) string {
		s := replaceOnce(t, src, `id = "minimal"`, `id = "`+id+`"`)
		return replaceOnce(t, s, `days_per_turn = 5`, "days_per_turn = 5\norder = "+string(rune('0'+order)))
	}
	fsys := fstest.MapFS{
		"b.toml":         {Data: []byte(withID("b", 1))},
		"a.toml":         {Data: []byte(withID("a", 2))},
		"c.TOML":         {Data: []byte(withID("c", 1))},
		"dup.toml":       {Data: []byte(withID("a", 3))},
		"myrules.toml":   {Data: []byte(rules)},
		"broken.toml":    {Data: []byte("[scenario]\ntitle = 5\n")},
		"notes.txt":      {Data: []byte("not a scenario")},
		"sub/other.toml": {Data: []byte(withID("sub", 0))},
	}
	list, errs := List(fsys)
	var ids []string
	for _, s := range list {
		ids = append(ids, s.ID)
	}
	if got := strings.Join(ids, " "); got != "b c a" {
		t.Errorf("ids in order: %q, want \"b c a\"", got)
	}
	if len(errs) != 2 {
		t.Fatalf("errors: %v", errs)
	}
	var diags Diagnostics
	if !errors.As(errs[0], &diags) || diags[0].File != "broken.toml" {
		t.Errorf("first error: %v", errs[0])
	}
	if !strings.Contains(errs[1].Error(), `dup.toml: scenario id "a" is already used by a.toml`) {
		t.Errorf("second error: %v", errs[1])
	}
	s := list[0]
	if s.Title != "Crossing at the Ford" || s.Path != "b.toml" || s.Start != "1127-01-09" || s.End != "1127-02-07" ||
		strings.Join(s.Sides, ",") != "Jin,Song" || !s.Mod || s.Order != 1 {
		t.Errorf("summary %+v", s)
	}
}

// TestSummaryEndFromTurns works out the last day from turns.
func TestSummaryEndFromTurns(t *testing.T) {
	src := readTestFile(t, "testdata/valid/minimal.toml")
	src = replaceOnce(t, src, `end = "1127-02-07"`, `turns = 4`)
	l, err := Load(fstest.MapFS{"s.toml": {Data: []byte(src)}}, "s.toml")
	if err != nil {
		t.Fatal(err)
	}
	// four turns of five days from 9 January: the last day is 28 January
	if s := l.Summary(); s.End != "1127-01-28" {
		t.Errorf("end %q", s.End)
	}
}

// TestBuiltins loads every built-in scenario, by Builtin and by listing,
// and starts a game of each: none may have a problem.
func TestBuiltins(t *testing.T) {
	entries, err := fs.ReadDir(scenarios.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, s := range ListBuiltin() {
		listed[s.Path] = true
		if s.Mod {
			t.Errorf("%s: a built-in is not a mod", s.ID)
		}
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".toml") {
			continue
		}
		id := strings.TrimSuffix(e.Name(), ".toml")
		l, err := Builtin(id)
		if err != nil {
			t.Errorf("built-in %s: %v", id, err)
			continue
		}
		if l.Mod || !listed[e.Name()] {
			t.Errorf("built-in %s: mod %v, listed %v", id, l.Mod, listed[e.Name()])
		}
		if errs := game.CheckInvariants(l.NewGame(1)); len(errs) > 0 {
			t.Errorf("built-in %s: %v", id, errs)
		}
	}
	if _, err := Builtin("no_such_scenario"); err == nil || !strings.Contains(err.Error(), `no built-in scenario "no_such_scenario"`) {
		t.Errorf("unknown id: %v", err)
	}
	if _, err := Builtin("../x"); err == nil {
		t.Errorf("a path as id must be refused")
	}
}

// TestLoadRuleset loads the standard ruleset and a broken one.
func TestLoadRuleset(t *testing.T) {
	r, err := LoadRuleset(scenarios.FS, "rulesets/standard.toml")
	if err != nil {
		t.Fatal(err)
	}
	if tr, ok := r.TerrainBySymbol('~'); !ok || tr.ID != "river" {
		t.Errorf("Prepare was not called: %v %v", tr, ok)
	}
	if c := r.Classes["heavy_cavalry"]; c == nil || c.ID != "heavy_cavalry" || c.Toughness != 1 {
		t.Errorf("class %+v", c)
	}
	fsys := fstest.MapFS{"r.toml": {Data: []byte("[terrain.plain]\nsymbol = \".\"\n[classes.x]\nname = \"X\"\nmovetype = \"legs\"\n")}}
	_, err = LoadRuleset(fsys, "r.toml")
	var diags Diagnostics
	if !errors.As(err, &diags) || diags.Error() != "r.toml:5:1: unknown movetype `legs`" {
		t.Errorf("got %v", err)
	}
	if _, err := LoadRuleset(fsys, "none.toml"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestBuiltinMapLookup resolves a map name among built-in maps when the
// scenario's folder has no such file, and prefers the folder's own file.
func TestBuiltinMapLookup(t *testing.T) {
	builtin := fstest.MapFS{"maps/china.toml": {Data: []byte("builtin")}, "maps/korea.toml": {Data: []byte("k")}}
	l := &loader{fsys: fstest.MapFS{"mod/korea.toml": {Data: []byte("own")}}, dir: "mod", display: func(s string) string { return s }}
	ref, problem := l.findFile("china", "map", builtin, "maps", "assets/maps", maxMapFileSize)
	if problem != "" || string(ref.data) != "builtin" || ref.display != "assets/maps/china.toml" || !ref.builtin {
		t.Errorf("china: %+v %q", ref, problem)
	}
	ref, problem = l.findFile("korea.toml", "map", builtin, "maps", "assets/maps", maxMapFileSize)
	if problem != "" || string(ref.data) != "own" || ref.display != "mod/korea.toml" {
		t.Errorf("korea: %+v %q", ref, problem)
	}
	_, problem = l.findFile("chna", "map", builtin, "maps", "assets/maps", maxMapFileSize)
	if problem != `map "chna" not found: there is no chna.toml in the scenario's folder and no built-in map of that name (did you mean `+"`china`?)" {
		t.Errorf("typo: %q", problem)
	}
}

// TestListDir lists a folder on disk.
func TestListDir(t *testing.T) {
	list, errs := ListDir("testdata/valid")
	if len(errs) != 0 || len(list) != 1 || list[0].ID != "minimal" || !list[0].Mod || list[0].Path != "minimal.toml" {
		t.Errorf("got %+v %v", list, errs)
	}
	_, errs = ListDir("testdata/broken")
	var diags Diagnostics
	if len(errs) == 0 || !errors.As(errs[0], &diags) || !strings.HasPrefix(diags[0].File, "testdata/broken/") {
		t.Errorf("errors %v", errs)
	}
}
