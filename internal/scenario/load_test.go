package scenario

import (
	"errors"
	"os"
	"testing"
	"testing/fstest"

	"jinsong/game"
)

// TestMinimal loads the minimal valid scenario and checks what it built.
func TestMinimal(t *testing.T) {
	l, err := Load(os.DirFS("testdata/valid"), "minimal.toml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	scn := l.Scn
	if scn.ID != "minimal" || scn.Title != "Crossing at the Ford" || l.Path != "minimal.toml" || !l.Mod {
		t.Errorf("id %q title %q path %q mod %v", scn.ID, scn.Title, l.Path, l.Mod)
	}
	// 1127-01-09 to 1127-02-07 is 30 days: 6 turns of 5 days.
	if scn.MaxTurns != 6 || scn.DaysPerTurn != 5 || scn.Start.Format("2006-01-02") != "1127-01-09" || scn.Start.Location().String() != "UTC" {
		t.Errorf("calendar: %d turns of %d days from %v", scn.MaxTurns, scn.DaysPerTurn, scn.Start)
	}
	if len(scn.Sides) != 2 || scn.Sides[0].ID != "jin" || scn.Sides[1].Colour != "#c03020" {
		t.Errorf("sides: %+v", scn.Sides)
	}
	if l.View != [4]int{0, 0, 8, 5} {
		t.Errorf("view %v", l.View)
	}
	if scn.InitialOwners["kaifeng"] != "song" || scn.InitialOwners["camp"] != "jin" {
		t.Errorf("initial owners %v", scn.InitialOwners)
	}
	if ld := scn.Leaders["zongwang"]; ld == nil || ld.Command != 2 || ld.Side != "jin" {
		t.Errorf("leader %+v", ld)
	}
	if len(scn.Events) != 1 || scn.Events[0].Trigger.Turn != 3 || scn.Events[0].Effects[0].Units[0] != "song_relief" {
		t.Errorf("events %+v", scn.Events)
	}
	if c := scn.Victory.Conditions; len(c) != 1 || c[0].Kind != "take" || scn.Victory.Default != "song" {
		t.Errorf("victory %+v", scn.Victory)
	}

	s := l.NewGame(42)
	if errs := game.CheckInvariants(s); len(errs) > 0 {
		t.Fatalf("invariants: %v", errs)
	}
	if s.Turn != 1 || s.ActiveSide() != "jin" || s.Over {
		t.Errorf("turn %d side %s over %v", s.Turn, s.ActiveSide(), s.Over)
	}
	horse, foot, guard, lances, relief := s.Unit("jin_horse"), s.Unit("jin_foot"), s.Unit("song_guard"), s.Unit("song_lances"), s.Unit("song_relief")
	if horse.At != (game.Hex{Col: 1, Row: 1}) || horse.Leader != "zongwang" || horse.Status != game.Active {
		t.Errorf("jin_horse %+v", horse)
	}
	if foot.At != (game.Hex{Col: 0, Row: 0}) || foot.Morale < 80 {
		t.Errorf("jin_foot should start in the camp with morale 80: %+v", foot)
	}
	if guard.At != (game.Hex{Col: 5, Row: 4}) || guard.Morale != 70 {
		t.Errorf("song_guard should start in Kaifeng with the default morale 70: %+v", guard)
	}
	if lances.Ammo["fire_lance"] != 200 || guard.Ammo != nil {
		t.Errorf("ammo: lances %v guard %v", lances.Ammo, guard.Ammo)
	}
	if relief.Status != game.Waiting {
		t.Errorf("song_relief arrives later: status %s", relief.Status)
	}
	if s.Ledger["jin"].Start != 8000 || s.Ledger["song"].Start != 4800 {
		t.Errorf("ledger start: jin %d song %d", s.Ledger["jin"].Start, s.Ledger["song"].Start)
	}
	if _, ok := s.Points["song"]; !ok || len(s.Fired) != 1 {
		t.Errorf("points %v fired %v", s.Points, s.Fired)
	}
	// A walled place turns its hex into a city; the override makes 0,5 forest.
	if tr := s.TerrainAt(game.Hex{Col: 5, Row: 4}); tr.ID != "city" {
		t.Errorf("Kaifeng's hex is %s", tr.ID)
	}
	if tr := s.TerrainAt(game.Hex{Col: 0, Row: 5}); tr.ID != "forest" {
		t.Errorf("overridden hex is %s", tr.ID)
	}
	if tr := s.TerrainAt(game.Hex{Col: 5, Row: 0}); tr.ID != "river" {
		t.Errorf("hex 5,0 is %s", tr.ID)
	}

	// Each game is separate: playing one does not touch the next.
	s.Unit("jin_horse").Strength = 1
	if s2 := l.NewGame(42); s2.Unit("jin_horse").Strength != 3000 || game.Hash(s2) == game.Hash(s) {
		t.Errorf("NewGame shares state between games")
	}
	if game.Hash(l.NewGame(7)) != game.Hash(l.NewGame(7)) {
		t.Errorf("NewGame with one seed gives different games")
	}
}

// TestLoadFileNames checks that LoadFile names files as given.
func TestLoadFileNames(t *testing.T) {
	l, err := LoadFile("testdata/valid/minimal.toml")
	if err != nil {
		t.Fatal(err)
	}
	if l.Path != "minimal.toml" || !l.Mod {
		t.Errorf("path %q mod %v", l.Path, l.Mod)
	}
	_, err = LoadFile("testdata/broken/negative_strength.toml")
	var diags Diagnostics
	if !errors.As(err, &diags) || len(diags) != 1 || diags[0].File != "testdata/broken/negative_strength.toml" {
		t.Errorf("got %v", err)
	}
	if _, err := LoadFile("testdata/valid/nothing.toml"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: got %v, want not-exist", err)
	}
}

// TestDiagnosticsFormat pins the message format.
func TestDiagnosticsFormat(t *testing.T) {
	ds := Diagnostics{
		{File: "a.toml", Line: 3, Col: 7, Msg: "unknown key `x`"},
		{File: "a.toml", Msg: "file is too large"},
	}
	if got := ds.Error(); got != "a.toml:3:7: unknown key `x`\na.toml: file is too large" {
		t.Errorf("got %q", got)
	}
	var err error = ds
	if err.Error() == "" {
		t.Error("empty error")
	}
	sorted := Diagnostics{
		{File: "b.toml", Line: 1, Col: 1, Msg: "b"},
		{File: "a.toml", Line: 2, Col: 5, Msg: "second"},
		{File: "a.toml", Line: 2, Col: 1, Msg: "first"},
		{File: "a.toml", Line: 2, Col: 1, Msg: "first"},
	}.sorted()
	if len(sorted) != 3 || sorted[0].Msg != "first" || sorted[1].Msg != "second" || sorted[2].Msg != "b" {
		t.Errorf("sorted: %v", sorted)
	}
}

// TestTooLarge refuses a file over 2 MiB without parsing it.
func TestTooLarge(t *testing.T) {
	big := make([]byte, maxFileSize+1)
	for i := range big {
		big[i] = '#'
	}
	_, err := Load(fstest.MapFS{"big.toml": {Data: big}}, "big.toml")
	var diags Diagnostics
	if !errors.As(err, &diags) || len(diags) != 1 || diags[0].Msg != "big.toml is larger than 2 MiB" {
		t.Errorf("got %v", err)
	}
}

// TestDatesAndTurns checks the calendar: turns from an end date, by_date
// to by_turn, and unquoted TOML dates.
func TestDatesAndTurns(t *testing.T) {
	src := readTestFile(t, "testdata/valid/minimal.toml")
	src = replaceOnce(t, src, `start = "1127-01-09"`, `start = 1127-01-09`)
	src = replaceOnce(t, src, `end = "1127-02-07"`, `end = "1127-02-08"`) // 31 days: 7 turns
	src = replaceOnce(t, src, `places = ["kaifeng"]`, `places = ["kaifeng"]`+"\nby_date = \"1127-01-15\"")
	l, err := Load(fstest.MapFS{"s.toml": {Data: []byte(src)}}, "s.toml")
	if err != nil {
		t.Fatal(err)
	}
	if l.Scn.MaxTurns != 7 {
		t.Errorf("MaxTurns %d, want 7", l.Scn.MaxTurns)
	}
	// Turn 2 starts on 01-14 and turn 3 on 01-19: the first turn to start
	// on or after 01-15 is turn 3.
	if got := l.Scn.Victory.Conditions[0].ByTurn; got != 3 {
		t.Errorf("ByTurn %d, want 3", got)
	}
	if l.File.Scenario.Start != "1127-01-09" {
		t.Errorf("start %q", l.File.Scenario.Start)
	}
}

// TestConcurrentLoads loads from several goroutines at once (run with -race):
// the loader keeps no shared state.
func TestConcurrentLoads(t *testing.T) {
	done := make(chan error)
	for i := 0; i < 4; i++ {
		go func() {
			l, err := Load(os.DirFS("testdata/valid"), "full/scenario.toml")
			if err == nil {
				l.NewGame(int64(i))
				ListBuiltin()
			}
			done <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
