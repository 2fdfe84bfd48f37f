package scenario

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"

	"jinsong/assets"
	"jinsong/game"
)

// TestBuiltinMaps uses every built-in map file in a small scenario: each
// must pass the checks with the standard ruleset (rows, sites, lines).
func TestBuiltinMaps(t *testing.T) {
	names, _ := fs.Glob(assets.FS, "maps/*.toml")
	for _, name := range names {
		data, err := fs.ReadFile(assets.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		var mf MapFile
		if _, err := toml.Decode(string(data), &mf); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		// two infantry units on the first and last plain hexes
		var plains []game.Hex
		for r, row := range mf.Map.Rows {
			for c := 0; c < len(row); c++ {
				if row[c] == '.' {
					plains = append(plains, game.Hex{Col: c, Row: r})
				}
			}
		}
		if len(plains) < 2 {
			t.Errorf("%s: no plains to put units on", name)
			continue
		}
		a, z := plains[0], plains[len(plains)-1]
		stem := strings.TrimSuffix(strings.TrimPrefix(name, "maps/"), ".toml")
		src := fmt.Sprintf(`[scenario]
title = "Map test"
start = "1127-01-01"
turns = 2
days_per_turn = 5
[[sides]]
id = "a"
name = "A"
[[sides]]
id = "b"
name = "B"
[map]
file = %q
[[units]]
id = "a1"
name = "A"
side = "a"
class = "infantry"
strength = 100
at = [%d, %d]
[[units]]
id = "b1"
name = "B"
side = "b"
class = "infantry"
strength = 100
at = [%d, %d]
`, stem, a.Col, a.Row, z.Col, z.Row)
		l, err := Load(fstest.MapFS{"s.toml": {Data: []byte(src)}}, "s.toml")
		if err != nil {
			t.Errorf("%s:\n%v", name, err)
			continue
		}
		if len(l.Sites) != len(mf.Sites) || len(l.Lines) != len(mf.Lines) {
			t.Errorf("%s: %d sites, %d lines", name, len(l.Sites), len(l.Lines))
		}
		if errs := game.CheckInvariants(l.NewGame(1)); len(errs) > 0 {
			t.Errorf("%s: %v", name, errs)
		}
	}
}
