package scenario

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
)

// doc is one TOML file being loaded: its name for messages, its key
// positions, and what the decoder saw in it.
type doc struct {
	name    string
	ix      *keyIndex
	data    map[string]any
	present map[string]bool // every key path written in the file
	bad     map[string]bool // key paths whose value had the wrong type
	diags   *Diagnostics
	errs    []string // the key path of each problem errf reported
}

// parseDoc parses src as TOML. A syntax error is reported with its position
// and parseDoc returns nil.
func parseDoc(name string, src []byte, diags *Diagnostics) *doc {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	text := string(src)
	d := &doc{name: name, ix: nil, present: map[string]bool{}, bad: map[string]bool{}, diags: diags}
	var data map[string]any
	_, err := toml.Decode(text, &data)
	if err != nil {
		d.ix = &keyIndex{src: text, lines: lineStarts(text)}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col := pe.Position.Line, pe.Position.Col
			if s := pe.Position.Start; s >= 0 && s <= len(text) {
				if l, c := d.ix.position(s); l == line {
					col = c
				}
			}
			*diags = append(*diags, Diag{File: name, Line: line, Col: col, Msg: "syntax error: " + syntaxMessage(pe)})
		} else {
			*diags = append(*diags, Diag{File: name, Msg: "cannot read the file as TOML: " + err.Error()})
		}
		return nil
	}
	d.ix = indexKeys(text)
	d.data = data
	return d
}

// syntaxMessage words a TOML syntax error for a modder.
func syntaxMessage(pe toml.ParseError) string {
	msg := pe.Message
	if msg == "" {
		msg = pe.Error()
	}
	msg = strings.TrimSuffix(msg, ".")
	if strings.Contains(msg, "has already been defined") || strings.Contains(msg, "already been defined") {
		return msg + " (each key may appear once in a table)"
	}
	return msg
}

func lineStarts(text string) []int {
	lines := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// errf reports a problem at the key path, unless the value there (or one it
// is part of) already had the wrong type, which was reported instead.
func (d *doc) errf(path, format string, args ...any) {
	if d.suppressed(path) {
		return
	}
	line, col := d.ix.lookup(path)
	*d.diags = append(*d.diags, Diag{File: d.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
	d.errs = append(d.errs, path)
}

// errAt reports a problem at a byte offset.
func (d *doc) errAt(off int, format string, args ...any) {
	line, col := d.ix.position(off)
	*d.diags = append(*d.diags, Diag{File: d.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// suppressed reports whether path or one of its ancestors had a type error.
func (d *doc) suppressed(path string) bool {
	for {
		if d.bad[path] {
			return true
		}
		if path == "" {
			return false
		}
		path = parentPath(path)
	}
}

// has reports whether the key path is written in the file.
func (d *doc) has(path string) bool { return d.present[path] }

// require reports a missing required key and returns false if it is
// missing. It stays quiet when a problem already reported explains the
// absence (a misspelt key, or a table of the wrong type).
func (d *doc) require(path, what string) bool {
	if d.has(path) {
		return true
	}
	if d.suppressed(path) {
		return false
	}
	parent := parentPath(path)
	where := ""
	if parent != "" {
		where = " in " + displayTable(parent)
	}
	d.errf(parent, "missing key `%s`%s (%s)", lastKey(path), where, what)
	return false
}
