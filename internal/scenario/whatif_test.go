package scenario

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"jinsong/game"
)

// loadWhatIfFord loads testdata/whatif/ford.toml, the minimal scenario with
// two what-ifs.
func loadWhatIfFord(t *testing.T) *Loaded {
	t.Helper()
	l, err := LoadFile("testdata/whatif/ford.toml")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestWhatIfVariants switches each what-if on and checks what changed, and
// that the scenario as written did not.
func TestWhatIfVariants(t *testing.T) {
	base := loadWhatIfFord(t)
	tests := []struct {
		ref, id string
		check   func(t *testing.T, l *Loaded)
	}{
		{"", "", func(t *testing.T, l *Loaded) {
			if got := eventTurns(l); got != "relief@3 sortie@2" {
				t.Errorf("events %s", got)
			}
			if u := unit(l, "song_relief"); u.Strength != 6000 {
				t.Errorf("relief strength %d", u.Strength)
			}
			if p := place(l, "kaifeng"); p.Walls != 3 || p.Food != 60 || p.Arsenal["fire_lance"] != 300 {
				t.Errorf("kaifeng %+v", p)
			}
			if len(l.NewGame(1).Units) != 5 {
				t.Error("units")
			}
		}},
		{"late_relief", "late_relief", func(t *testing.T, l *Loaded) {
			if got := eventTurns(l); got != "relief@5" { // sortie disabled, relief replaced
				t.Errorf("events %s", got)
			}
			if u := unit(l, "song_relief"); u.Strength != 3000 || u.Status != game.Waiting {
				t.Errorf("relief %+v", u)
			}
			if p := place(l, "kaifeng"); p.Walls != 3 {
				t.Errorf("kaifeng %+v", p)
			}
		}},
		{"kaifeng is READY", "ready", func(t *testing.T, l *Loaded) { // by name, in any case
			if p := place(l, "kaifeng"); p.Walls != 4 || p.Food != 200 || len(p.Arsenal) != 0 || p.Owner != "song" || !p.Supply {
				t.Errorf("kaifeng %+v", p)
			}
			s := l.NewGame(1)
			if len(s.Units) != 6 || s.Units[len(s.Units)-1].ID != "jin_horse2" {
				t.Errorf("units %d", len(s.Units))
			}
			if u := unit(l, "jin_horse2"); u.At != place(l, "camp").At {
				t.Errorf("jin_horse2 at %v", u.At)
			}
			if u := unit(l, "song_lances"); len(u.Ammo) != 0 {
				t.Errorf("song_lances ammo %v (replaced without ammo)", u.Ammo)
			}
			if got := eventTurns(l); got != "relief@3 sortie@2" {
				t.Errorf("events %s", got)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			l := base
			if tc.ref != "" {
				var err error
				if l, err = base.WithWhatIf(tc.ref); err != nil {
					t.Fatal(err)
				}
			}
			if l.WhatIf != tc.id || l.Path != base.Path || !l.Mod || len(l.File.WhatIf) != 2 {
				t.Errorf("WhatIf %q Path %q Mod %v what-ifs %d", l.WhatIf, l.Path, l.Mod, len(l.File.WhatIf))
			}
			tc.check(t, l)
			if errs := game.CheckInvariants(l.NewGame(7)); len(errs) > 0 {
				t.Error(errs)
			}
		})
	}
	// Switching what-ifs on left the scenario as written alone.
	tests[0].check(t, base)
}

// TestWhatIfRefused pins the messages for what-ifs that cannot be had.
func TestWhatIfRefused(t *testing.T) {
	base := loadWhatIfFord(t)
	late, err := base.WithWhatIf("late_relief")
	if err != nil {
		t.Fatal(err)
	}
	minimal, err := LoadFile("testdata/valid/minimal.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		l         *Loaded
		ref, want string
	}{
		{base, "late", "scenario ford-whatif has no what-if \"late\" (expected one of `late_relief` or `ready`)"},
		{late, "ready", "ford-whatif already has the what-if `late_relief` on; what-ifs do not combine"},
		{minimal, "x", "scenario minimal has no what-ifs ([[whatif]] entries)"},
	}
	for _, tc := range tests {
		_, err := tc.l.WithWhatIf(tc.ref)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v, want %q", tc.ref, err, tc.want)
		}
	}
	if again, err := late.WithWhatIf("late_relief"); err != nil || again != late {
		t.Errorf("the same what-if again: %v", err)
	}
}

// eventTurns lists the events as id@turn, sorted by id.
func eventTurns(l *Loaded) string {
	var out []string
	for _, e := range l.Scn.Events {
		out = append(out, e.ID+"@"+strconv.Itoa(e.Trigger.Turn))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func unit(l *Loaded, id string) *game.Unit {
	for _, u := range l.NewGame(1).Units {
		if u.ID == id {
			return u
		}
	}
	return &game.Unit{}
}

func place(l *Loaded, id string) *game.Place {
	for _, p := range l.NewGame(1).Places {
		if p.ID == id {
			return p
		}
	}
	return &game.Place{}
}
