// Package schema generates JSON Schemas for the scenario, ruleset and map
// file formats from the Go types the loader decodes them into
// (scenario.File, game.Ruleset, scenario.MapFile), with descriptions taken
// from those types' doc comments. TOML editors (Taplo, Even Better TOML)
// use them for completion and checks; docs/modding.md says how. Because
// they are generated from the same types, they cannot drift from the
// loader: a test regenerates them and compares with the committed ones.
package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/invopop/jsonschema"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// A Format is one file format and the Go type its files decode into.
type Format struct {
	Name  string // file name: <Name>.schema.json
	Title string // the schema's title
	Type  reflect.Type
}

// Formats are the file formats with a schema, in the order written.
var Formats = []Format{
	{"scenario", "Jin–Song Wars scenario file", reflect.TypeFor[scenario.File]()},
	{"ruleset", "Jin–Song Wars ruleset file", reflect.TypeFor[game.Ruleset]()},
	{"map", "Jin–Song Wars map file", reflect.TypeFor[scenario.MapFile]()},
}

// FileName is the name of a format's schema file.
func (f Format) FileName() string { return f.Name + ".schema.json" }

// Generate returns the JSON Schema of one format, indented, ending in a
// newline. The same program always writes the same bytes.
func Generate(f Format) ([]byte, error) {
	comments, err := goComments()
	if err != nil {
		return nil, err
	}
	r := &jsonschema.Reflector{
		FieldNameTag:               "toml", // the keys the loader reads
		RequiredFromJSONSchemaTags: true,   // required:"…" tags, not json omitempty
		ExpandedStruct:             true,   // the root type inline, not a $ref
		Anonymous:                  true,   // no made-up $id
		CommentMap:                 comments,
	}
	s := r.ReflectFromType(f.Type)
	s.Title = f.Title
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, fmt.Errorf("%s schema: %w", f.Name, err)
	}
	return buf.Bytes(), nil
}

// Write writes every format's schema into dir, creating it if needed, and
// returns the paths written.
func Write(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for _, f := range Formats {
		data, err := Generate(f)
		if err != nil {
			return paths, err
		}
		p := filepath.Join(dir, f.FileName())
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
