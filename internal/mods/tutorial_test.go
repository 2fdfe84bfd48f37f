package mods

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"jinsong/internal/chronicle"
	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// tutorialFile returns the complete scenario at the end of docs/modding.md
// (the ```toml block after the "tutorial: ford.toml" marker) and the whole
// document.
func tutorialFile(t *testing.T) (src, doc string) {
	t.Helper()
	data, err := os.ReadFile("../../docs/modding.md")
	if err != nil {
		t.Fatal(err)
	}
	doc = string(data)
	_, rest, ok := strings.Cut(doc, "<!-- tutorial: ford.toml")
	_, rest, ok2 := strings.Cut(rest, "```toml\n")
	src, _, ok3 := strings.Cut(rest, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("docs/modding.md has no complete tutorial scenario")
	}
	return src, doc
}

// TestTutorial loads the tutorial's complete scenario, plays it as written
// and with its what-if, and checks that the error messages the tutorial
// quotes are the loader's, at the lines it quotes.
func TestTutorial(t *testing.T) {
	src, doc := tutorialFile(t)
	l, err := scenario.Load(fstest.MapFS{"ford.toml": {Data: []byte(src)}}, "ford.toml")
	if err != nil {
		t.Fatalf("the tutorial's scenario does not load:\n%v", err)
	}
	w, err := l.WithWhatIf("second_ford")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []*scenario.Loaded{l, w} {
		if r, err := sim.Play(v.NewGame, 1, sim.Options{CheckInvariants: true}); err != nil || !r.Final.Over {
			t.Errorf("what-if %q: %v", v.WhatIf, err)
		}
	}
	tape, problems := chronicle.Compile(l)
	if len(problems) > 0 {
		t.Errorf("the tutorial's recorded history has problems: %v", problems)
	}
	final := tape.Start()
	for _, o := range tape.Orders {
		if _, err := final.Apply(o); err != nil {
			t.Fatal(err)
		}
	}
	if !final.Over || final.Winner != l.File.History.Winner {
		t.Errorf("the tutorial's recorded history ends with %q winning, its [history] says %q", final.Winner, l.File.History.Winner)
	}
	if end := l.Scn.Start.AddDate(0, 0, l.Scn.MaxTurns*l.Scn.DaysPerTurn-1).Format("2006-01-02"); end != "1127-03-22" {
		t.Errorf("the tutorial says the game ends on 1127-03-22; it ends on %s", end)
	}

	typos := []struct {
		old, new string
		want     int // problems reported
	}{
		{"class = \"infantry\"\nstrength = 6000\nplace = \"jin_camp\"", "class = \"infantri\"\nstrenght = 6000\nplace = \"jin_camp\"", 2},
		{"at = [8, 3]", "at = [8, 9]", 1},
	}
	for _, tc := range typos {
		if !strings.Contains(src, tc.old) {
			t.Fatalf("%q is not in the tutorial's scenario", tc.old)
		}
		bad := strings.Replace(src, tc.old, tc.new, 1)
		_, err := scenario.Load(fstest.MapFS{"ford.toml": {Data: []byte(bad)}}, "ford.toml")
		var diags scenario.Diagnostics
		if !errors.As(err, &diags) || len(diags) != tc.want {
			t.Fatalf("%q: got %v", tc.new, err)
		}
		for _, d := range diags {
			if !strings.Contains(doc, "    "+d.String()+"\n") {
				t.Errorf("docs/modding.md should quote the message:\n    %s", d)
			}
		}
	}
}
