package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// committed is where the schemas are kept in the repository.
const committed = "../../docs/schema"

// TestCommittedSchemasAreFresh regenerates every schema and compares it with
// the committed file, so that the schemas cannot drift from the Go types.
func TestCommittedSchemasAreFresh(t *testing.T) {
	for _, f := range Formats {
		want, err := Generate(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(committed, f.FileName()))
		if err != nil {
			t.Fatalf("%v (run: go run ./cmd/jinsong schema --out docs/schema)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("docs/schema/%s is out of date with the Go types: run go run ./cmd/jinsong schema --out docs/schema", f.FileName())
		}
	}
}

// TestDescriptions checks that doc comments reach the schemas: a type's
// first sentence, a field's comment at the end of its line, and a field's
// comment above it.
func TestDescriptions(t *testing.T) {
	tests := []struct {
		format, pointer, want string
	}{
		{"scenario", "$defs.UnitDef.properties.strength.description", "soldiers, or ships"},
		{"scenario", "$defs.WhatIfDef.description", "WhatIfDef is one [[whatif]] entry: an alternative to what happened that a teacher can switch on, such as \"Gaozong does not recall Yue Fei\"."},
		{"scenario", "$defs.WhatIfDef.properties.disable_events.description", "DisableEvents are ids of [[events]] that never fire when the what-if is on."},
		{"scenario", "properties.whatif.description", "alternatives to history a teacher can switch on"},
		{"ruleset", "$defs.Terrain.properties.water.description", "Water is \"\", \"river\", \"canal\", \"lake\" or \"sea\". Navigable water carries ships and extends supply lines."},
		{"ruleset", "properties.combat.$ref", "#/$defs/CombatRules"},
		{"map", "$defs.Site.properties.kind.description", "such as city, pass, fort"},
	}
	schemas := map[string]map[string]any{}
	for _, f := range Formats {
		data, err := Generate(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		schemas[f.Name] = m
	}
	for _, tc := range tests {
		var v any = schemas[tc.format]
		for _, k := range strings.Split(tc.pointer, ".") {
			m, _ := v.(map[string]any)
			v = m[k]
		}
		if v != tc.want {
			t.Errorf("%s %s = %v, want %q", tc.format, tc.pointer, v, tc.want)
		}
	}
}

// TestFilesValidate validates every built-in scenario, ruleset and map file
// (and the what-if test scenario) against its schema, and checks that the
// schemas refuse what the loader refuses: unknown keys, wrong types, a
// missing required key, an unknown kind.
func TestFilesValidate(t *testing.T) {
	sch := compile(t)
	files := map[string][]string{}
	for format, pattern := range map[string]string{
		"scenario": "../../scenarios/*.toml",
		"ruleset":  "../../scenarios/rulesets/*.toml",
		"map":      "../../assets/maps/*.toml",
	} {
		names, _ := filepath.Glob(pattern)
		files[format] = names
	}
	files["scenario"] = append(files["scenario"], "../scenario/testdata/whatif/ford.toml", "../scenario/testdata/valid/minimal.toml")
	if len(files["scenario"]) < 3 || len(files["ruleset"]) == 0 || len(files["map"]) == 0 {
		t.Fatalf("too few files to check: %v", files)
	}
	for format, names := range files {
		for _, name := range names {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := sch[format].Validate(tomlData(t, string(src))); err != nil {
				t.Errorf("%s does not validate against the %s schema: %v", name, format, err)
			}
		}
	}

	minimal, err := os.ReadFile("../scenario/testdata/valid/minimal.toml")
	if err != nil {
		t.Fatal(err)
	}
	bad := []struct{ old, new, want string }{
		{"strength = 3000", "strenght = 3000", "strenght"},
		{"strength = 3000", `strength = "many"`, "strength"},
		{`title = "Crossing at the Ford"`, "", "title"},
		{`kind = "reinforce"`, `kind = "reinforcements"`, "kind"},
		{"[history]", "[[whatif]]\nid = \"w\"\ndisable_events = [\"relief\"]\n[history]", "name"},
	}
	for _, tc := range bad {
		src := strings.Replace(string(minimal), tc.old, tc.new, 1)
		err := sch["scenario"].Validate(tomlData(t, src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q -> %q: got %v, want an error about %s", tc.old, tc.new, err, tc.want)
		}
	}
}

// compile compiles the generated schemas.
func compile(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	out := map[string]*jsonschema.Schema{}
	for _, f := range Formats {
		data, err := Generate(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		c := jsonschema.NewCompiler()
		url := "file:///" + f.FileName()
		if err := c.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
		if out[f.Name], err = c.Compile(url); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
	}
	return out
}

// tomlData decodes TOML to the generic data a JSON document gives, as a TOML
// editor sees it: dates become "YYYY-MM-DD" strings.
func tomlData(t *testing.T, src string) any {
	t.Helper()
	var m map[string]any
	if _, err := toml.Decode(src, &m); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(dates(m))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// dates replaces TOML dates in v by their text.
func dates(v any) any {
	switch x := v.(type) {
	case time.Time:
		return x.Format("2006-01-02")
	case map[string]any:
		for k, e := range x {
			x[k] = dates(e)
		}
	case []map[string]any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = dates(e)
		}
		return out
	case []any:
		for i, e := range x {
			x[i] = dates(e)
		}
	}
	return v
}

// TestTaploConfig checks that .taplo.toml maps files that exist to schemas
// that exist, each file to the schema of its format.
func TestTaploConfig(t *testing.T) {
	var cfg struct {
		Rule []struct {
			Name    string
			Include []string
			Schema  struct{ Path string }
		}
	}
	if _, err := toml.DecodeFile("../../.taplo.toml", &cfg); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"scenarios": "scenario", "rulesets": "ruleset", "maps": "map"}
	if len(cfg.Rule) != len(want) {
		t.Fatalf("%d rules, want %d", len(cfg.Rule), len(want))
	}
	for _, r := range cfg.Rule {
		if got := filepath.Base(r.Schema.Path); got != want[r.Name]+".schema.json" {
			t.Errorf("rule %s: schema %s", r.Name, r.Schema.Path)
		}
		if _, err := os.Stat(filepath.Join("../..", r.Schema.Path)); err != nil {
			t.Errorf("rule %s: %v", r.Name, err)
		}
		for _, pattern := range r.Include {
			if strings.Contains(pattern, "**") {
				continue
			}
			if names, _ := filepath.Glob(filepath.Join("../..", pattern)); len(names) == 0 {
				t.Errorf("rule %s: %s matches no file", r.Name, pattern)
			}
		}
	}
}
