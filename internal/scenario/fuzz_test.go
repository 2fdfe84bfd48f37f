package scenario

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"jinsong/game"
)

// FuzzLoad feeds arbitrary bytes to Load as a scenario file. Whatever the
// input, Load must not panic; it either refuses the file with Diagnostics
// that have positions, or returns a scenario whose initial state keeps every
// invariant and whose first turns play without a panic. The folder also holds a map file and a
// ruleset, so inputs can name them.
func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/broken/*.toml")
	seeds = append(seeds, "testdata/valid/minimal.toml", "testdata/valid/full/scenario.toml")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	land, err := os.ReadFile("testdata/valid/full/land.toml")
	if err != nil {
		f.Fatal(err)
	}
	rules, err := os.ReadFile("../../scenarios/rulesets/standard.toml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{
			"s.toml":     {Data: data},
			"land.toml":  {Data: land},
			"rules.toml": {Data: rules},
		}
		l, err := Load(fsys, "s.toml")
		if err != nil {
			var diags Diagnostics
			if !errors.As(err, &diags) || len(diags) == 0 {
				t.Fatalf("error is not Diagnostics: %v", err)
			}
			for _, d := range diags {
				if d.File == "" || d.Msg == "" || d.Line < 0 || (d.Line > 0 && d.Col < 1) {
					t.Fatalf("bad diagnostic %+v", d)
				}
			}
			_, err2 := Load(fsys, "s.toml")
			if err2 == nil || err2.Error() != err.Error() {
				t.Fatalf("two loads disagree:\n%v\n%v", err, err2)
			}
			return
		}
		// The loader's promise: the initial state keeps every invariant.
		if errs := game.CheckInvariants(l.initial); len(errs) > 0 {
			t.Fatalf("initial state: %v", errs)
		}
		// Playing a few turns must not panic. (Invariants during play are
		// the engine's to keep: a scripted terrain effect can flood a hex
		// under units, for instance.)
		s := l.NewGame(1)
		for i := 0; i < 2*len(s.Scn.Sides) && !s.Over; i++ {
			if s, _, err = game.Apply(s, game.Order{Kind: game.EndTurn}); err != nil {
				t.Fatalf("end turn: %v", err)
			}
		}
	})
}

// FuzzKeyIndex feeds arbitrary text, valid TOML or not, to the key
// indexer: it must end, not panic, and record only offsets inside the text.
func FuzzKeyIndex(f *testing.F) {
	f.Add(positionsSrc)
	f.Add("a = '''x\n[[b]]")
	f.Add("[[a.b]]\n[a.b.c]\nx = {y = [1, {z = \"\\\"\"}]}")
	f.Fuzz(func(t *testing.T, src string) {
		ix := indexKeys(src)
		for path, off := range ix.at {
			if off < 0 || off > len(src) {
				t.Fatalf("%s at offset %d of %d", path, off, len(src))
			}
			if l, c := ix.position(off); l < 1 || c < 1 {
				t.Fatalf("%s at %d:%d", path, l, c)
			}
			ix.lookup(path + ".x[3]")
		}
	})
}
