package schema

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"strings"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// sources are the Go files whose types make up the formats, by import path;
// the packages embed them so that any build of the program can read them.
var sources = []struct{ pkg, name, src string }{
	{"jinsong/internal/scenario", "schema.go", scenario.SchemaSource},
	{"jinsong/game", "rules.go", game.RulesSource},
}

// goComments maps "importpath.Type" and "importpath.Type.Field" to the doc
// comment of that type (its first sentence) or field (all of it, or the
// comment at the end of its line), the keys jsonschema.Reflector.CommentMap
// expects.
func goComments() (map[string]string, error) {
	out := map[string]string{}
	for _, s := range sources {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, s.name, s.src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		var pkgDoc doc.Package
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				if !ts.Name.IsExported() {
					continue
				}
				typeDoc := ts.Doc
				if typeDoc == nil && len(gd.Specs) == 1 {
					typeDoc = gd.Doc
				}
				key := s.pkg + "." + ts.Name.Name
				if txt := clean(typeDoc.Text()); txt != "" {
					out[key] = pkgDoc.Synopsis(txt)
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, field := range st.Fields.List {
					txt := field.Doc.Text()
					if txt == "" {
						txt = field.Comment.Text()
					}
					for _, n := range field.Names {
						if n.IsExported() && clean(txt) != "" {
							out[key+"."+n.Name] = clean(txt)
						}
					}
				}
			}
		}
	}
	return out, nil
}

// clean joins the lines of a comment into one paragraph.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
