package scenario

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestAttacks tries the ways a scenario file might reach beyond data in
// its own folder, or past the caps, and pins the message that refuses each
// one (and that the harmless look-alikes load). Names outside the folder
// and links are also tried by TestNamesOutsideFolder and TestSymlinks, and
// links out of the mods folder by internal/mods.
func TestAttacks(t *testing.T) {
	src := readTestFile(t, "testdata/valid/minimal.toml")
	rules := readTestFile(t, "../../scenarios/rulesets/standard.toml")
	const title = `title = "Crossing at the Ford"`
	ruleset := func(name string) func(string) string {
		return func(s string) string { return strings.Replace(s, title, title+"\nruleset = \""+name+"\"", 1) }
	}
	mapFile := func(name string) func(string) string {
		return func(s string) string {
			return strings.Replace(s, "[map]\nrows = [", "[map]\nfile = \""+name+"\"\nold_rows = [", 1)
		}
	}
	add := func(text string) func(string) string { return func(s string) string { return s + "\n" + text + "\n" } }
	rows := func(cols, n int) string {
		var b strings.Builder
		b.WriteString("[map]\nrows = [\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "  %q,\n", strings.Repeat(".", cols))
		}
		b.WriteString("]\n")
		return b.String()
	}
	withMap := func(m string) func(string) string {
		return func(s string) string {
			start := strings.Index(s, "[map]")
			end := strings.Index(s, "[[places]]")
			return s[:start] + m + s[end:]
		}
	}
	manyUnits := func(n int) func(string) string {
		return func(s string) string {
			var b strings.Builder
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, "[[units]]\nid = \"u%d\"\nname = \"U\"\nside = \"jin\"\nclass = \"infantry\"\nstrength = 10\nat = [0, 0]\n", i)
			}
			return s + b.String()
		}
	}
	manyPlaces := func(n int) func(string) string {
		return func(s string) string {
			var b strings.Builder
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, "[[places]]\nid = \"p%d\"\nname = \"P\"\nat = [0, 0]\n", i)
			}
			return s + b.String()
		}
	}
	tests := []struct {
		name  string
		edit  func(string) string
		files map[string]string // other files in the scenario's folder
		want  string            // the message; "" means the scenario loads
		at    string            // the line the message points at holds this (if not "")
	}{
		// Extensions are compared in any case; only .toml is read.
		{"ruleset in capitals", ruleset("RULES.TOML"), map[string]string{"RULES.TOML": rules}, "", ""},
		{"ruleset mixed case", ruleset("mine/Rules.Toml"), map[string]string{"mine/Rules.Toml": rules}, "", ""},
		{"double extension", ruleset("rules.toml.exe"), map[string]string{"rules.toml.exe": rules},
			`ruleset "rules.toml.exe": the file must be a .toml file, not .exe`, "ruleset ="},
		{"hidden extension", ruleset("rules.exe"), nil, `ruleset "rules.exe": the file must be a .toml file, not .exe`, "ruleset ="},
		{"map not toml", mapFile("map.TXT"), nil, `map "map.TXT": the file must be a .toml file, not .TXT`, "file ="},
		// Only names inside the folder, written with /.
		{"windows parent", ruleset(`..\\x`), nil, `ruleset "..\\x": use / between folder names, not \`, "ruleset ="},
		{"windows absolute", ruleset(`C:\\rules.toml`), nil, `ruleset "C:\\rules.toml": use / between folder names, not \`, "ruleset ="},
		{"UNC path", mapFile(`\\\\server\\share\\map.toml`), nil, `map "\\\\server\\share\\map.toml": use / between folder names, not \`, "file ="},
		{"drive relative", ruleset("c:rules.toml"), nil, `ruleset "c:rules.toml": the file name must be relative to the scenario's folder, not an absolute path`, "ruleset ="},
		{"dot then parent", ruleset("./../x"), nil, "ruleset \"./../x\": the file name may not contain `..`: a scenario can only use files in its own folder", "ruleset ="},
		{"parent deep inside", mapFile("maps/./../../../etc/passwd"), nil, "map \"maps/./../../../etc/passwd\": the file name may not contain `..`: a scenario can only use files in its own folder", "file ="},
		{"absolute map", mapFile("/etc/passwd"), nil, `map "/etc/passwd": the file name must be relative to the scenario's folder, not an absolute path`, "file ="},
		{"NUL byte", ruleset(`rules\u0000.toml`), nil, `ruleset "rules\x00.toml": the file name contains control characters`, "ruleset ="},
		{"a folder", ruleset("rules"), map[string]string{"rules.toml/x.toml": rules}, `ruleset "rules": cannot read rules.toml: rules.toml is a folder, not a file`, "ruleset ="},
		// Data only: no keys or effects that would run anything.
		{"script table", add("[script]\non_turn = \"os.exit(1)\""), nil, "unknown key `script` at the top level (expected one of `actions`, `classes`, `events`, `history`, `leaders`, `map`, `places`, `scenario`, `sides`, `units`, `victory` or `whatif`)", "[script]"},
		{"exec effect", add("[[events]]\nid = \"x\"\neffects = [{ kind = \"exec\", text = \"rm -rf /\" }]"), nil,
			"unknown effect kind `exec` (expected one of `control`, `defect`, `end`, `food`, `message`, `points`, `reinforce`, `terrain` or `withdraw`)", "kind = \"exec\""},
		{"include key", add("include = \"other.toml\""), nil, "unknown key `include` in [history] (expected one of `days`, `ended`, `losses`, `narration`, `note`, `orders`, `outcome`, `seed` or `winner`)", "include ="},
		{"what-if names a file", add("[[whatif]]\nid = \"w\"\nname = \"W\"\nruleset = \"../x\"\ndisable_events = [\"relief\"]"), nil,
			"unknown key `ruleset` in [[whatif]] (expected one of `description`, `disable_events`, `events`, `id`, `name`, `places` or `units`)", "ruleset = \"../x\""},
		// Caps.
		{"513 rows", withMap(rows(9, 513)), nil, "the map has 513 rows (at most 512)", "rows = ["},
		{"513 columns", withMap(rows(513, 6)), nil, "row 0 has 513 hexes (a map is 1 to 512 hexes wide)", `"....`},
		{"5001 units", manyUnits(4996), nil, "too many units: 5001 (at most 5000)", "[[units]]"},
		{"5001 places", manyPlaces(4999), nil, "too many places: 5001 (at most 5000)", "[[places]]"},
		{"51 what-ifs", add(strings.Repeat("[[whatif]]\nid = \"w\"\nname = \"W\"\ndisable_events = [\"relief\"]\n", 51)), nil,
			"too many what-ifs: 51 (at most 50)", "[[whatif]]"},
		{"huge map file", mapFile("big"), map[string]string{"big.toml": "[map]\nrows = []\n" + strings.Repeat("#", maxMapFileSize)},
			`map "big": big.toml is larger than 8 MiB`, "file ="},
		{"huge ruleset", ruleset("big"), map[string]string{"big.toml": strings.Repeat("#", maxFileSize+1)},
			`ruleset "big": big.toml is larger than 2 MiB`, "ruleset ="},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.edit(src)
			fsys := fstest.MapFS{"s.toml": {Data: []byte(s)}}
			for name, text := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			_, err := Load(fsys, "s.toml")
			if tc.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var diags Diagnostics
			if !errors.As(err, &diags) {
				t.Fatalf("got %v, want Diagnostics", err)
			}
			for _, d := range diags {
				if d.Msg != tc.want {
					continue
				}
				if d.File != "s.toml" {
					t.Errorf("reported in %s", d.File)
				}
				if tc.at != "" {
					line := strings.Count(s[:strings.Index(s, tc.at)], "\n") + 1
					if d.Line != line {
						t.Errorf("reported at line %d, want %d (%s)", d.Line, line, tc.at)
					}
				}
				return
			}
			if len(diags) > 5 {
				diags = diags[:5]
			}
			t.Errorf("want %q, got:\n%v", tc.want, diags)
		})
	}
}
