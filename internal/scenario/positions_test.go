package scenario

import (
	"testing"

	"github.com/BurntSushi/toml"
)

const positionsSrc = `# comment [not.a.table]
title = "x" # trailing = comment
a.b."c d" = 1
text = """
[fake]
fake = 1
"""" 
lit = '''
[[fake]]'''
[scenario]
  id = 'q'
[[units]]
id = "u0"
at = [1,
  # a comment in an array
  2]
[[units]]
strength = 5
ammo = { stones = 3, "fire lance" = { deep = 1 } }
[units.extra]
x = 1
[[units.more]]
y = 2
[[events]]
effects = [
  { kind = "message", units = ["a", "b"] },
  { kind = "end" },
]
[events.when]
turn = 3
[[events]]
[[events.effects]]
kind = "x"
[[events.effects]]
kind = "y"
"quoted key" = 1
`

// TestKeyPositions checks where the indexer finds keys, table headers and
// array elements.
func TestKeyPositions(t *testing.T) {
	var m map[string]any
	if _, err := toml.Decode(positionsSrc, &m); err != nil {
		t.Fatalf("the test text must be valid TOML: %v", err)
	}
	ix := indexKeys(positionsSrc)
	want := map[string][2]int{
		"title":                             {2, 1},
		"a":                                 {3, 1},
		"a.b":                               {3, 3},
		`a.b."c d"`:                         {3, 5},
		"text":                              {4, 1},
		"lit":                               {8, 1},
		"scenario":                          {10, 1},
		"scenario.id":                       {11, 3},
		"units":                             {12, 1},
		"units[0]":                          {12, 1},
		"units[0].at":                       {14, 1},
		"units[0].at[0]":                    {14, 7},
		"units[0].at[1]":                    {16, 3},
		"units[1]":                          {17, 1},
		"units[1].strength":                 {18, 1},
		"units[1].ammo.stones":              {19, 10},
		`units[1].ammo."fire lance"`:        {19, 22},
		`units[1].ammo."fire lance".deep`:   {19, 39},
		"units[1].extra":                    {20, 1},
		"units[1].extra.x":                  {21, 1},
		"units[1].more[0].y":                {23, 1},
		"events[0].effects[0]":              {26, 3},
		"events[0].effects[0].kind":         {26, 5},
		"events[0].effects[0].units[1]":     {26, 37},
		"events[0].effects[1].kind":         {27, 5},
		"events[0].when.turn":               {30, 1},
		"events[1]":                         {31, 1},
		"events[1].effects[0].kind":         {33, 1},
		"events[1].effects[1]":              {34, 1},
		`events[1].effects[1]."quoted key"`: {36, 1},
	}
	for path, pos := range want {
		off, ok := ix.offset(path)
		if !ok {
			t.Errorf("%s: not found", path)
			continue
		}
		if l, c := ix.position(off); l != pos[0] || c != pos[1] {
			t.Errorf("%s: at %d:%d, want %d:%d", path, l, c, pos[0], pos[1])
		}
	}
	for _, fake := range []string{"fake", "not", "not.a.table", "comment"} {
		if _, ok := ix.offset(fake); ok {
			t.Errorf("%q is inside a string or comment but was indexed", fake)
		}
	}
	// a path not written falls back to its nearest written ancestor
	if l, c := ix.lookup("units[1].ammo.iron"); l != 19 || c != 1 {
		t.Errorf("fallback: %d:%d", l, c)
	}
	if l, c := ix.lookup("nothing.here"); l != 1 || c != 1 {
		t.Errorf("fallback to the file: %d:%d", l, c)
	}
}

// TestColumnsCountCharacters checks that columns count characters, not bytes.
func TestColumnsCountCharacters(t *testing.T) {
	ix := indexKeys("name = \"開封\"; x = 1\n")
	if l, c := ix.position(len("name = \"開封\"; ")); l != 1 || c != 14 {
		t.Errorf("got %d:%d, want 1:14", l, c)
	}
}

func TestPaths(t *testing.T) {
	for _, tc := range []struct{ path, parent, last string }{
		{"units[3].strength", "units[3]", "strength"},
		{"units[3]", "units", "units"},
		{"units", "", "units"},
		{`classes."my.class".moves`, `classes."my.class"`, "moves"},
		{`classes."my.class"`, "classes", "my.class"},
		{"a.b[1][2]", "a.b[1]", "b"},
	} {
		if got := parentPath(tc.path); got != tc.parent {
			t.Errorf("parentPath(%q) = %q, want %q", tc.path, got, tc.parent)
		}
		if got := lastKey(tc.path); got != tc.last {
			t.Errorf("lastKey(%q) = %q, want %q", tc.path, got, tc.last)
		}
	}
	if got := joinKey("classes", "my class"); got != `classes."my class"` {
		t.Errorf("joinKey: %q", got)
	}
	if got := displayTable("events[2].effects[0]"); got != "[[events.effects]]" {
		t.Errorf("displayTable: %q", got)
	}
}

func TestSuggest(t *testing.T) {
	fields := []string{"id", "name", "side", "class", "strength", "morale", "experience", "leader", "ammo", "at", "place", "carrier", "arrives"}
	for word, want := range map[string]string{
		"strenght":   "strength",
		"Strength":   "strength",
		"morael":     "morale",
		"experiance": "experience",
		"carier":     "carrier",
		"arives":     "arrives",
		"nmae":       "name",
		"ix":         "id",
		"colour":     "",
		"zzzzzz":     "",
	} {
		if got := suggest(word, fields); got != want {
			t.Errorf("suggest(%q) = %q, want %q", word, got, want)
		}
	}
	if d := editDistance("strenght", "strength"); d != 1 {
		t.Errorf("a swap costs 1, got %d", d)
	}
}
