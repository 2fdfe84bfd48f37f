package scenario

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The TOML library reports positions only for syntax errors, so the loader
// finds the position of every key itself: keyIndex scans the source text of
// a file that has already parsed and records where each key path is written.
//
// A key path names a value the way messages and the decoder do:
// "scenario.title", "units[3].strength" (the fourth [[units]] table),
// "events[0].effects[1].kind", "movetypes.foot.costs.plain" (a key of an
// inline table), "map.rows[2]" (the third element of an array). Keys that
// are not bare are quoted: `classes."my class".moves`.

// keyIndex maps key paths to where they are written in one file.
type keyIndex struct {
	src   string
	lines []int          // byte offset where each line starts
	at    map[string]int // key path -> byte offset of the key (or element)
}

// indexKeys scans src. It never fails: on text that is not valid TOML it
// records what it can.
func indexKeys(src string) *keyIndex {
	s := &keyScanner{src: src, at: map[string]int{}, arrays: map[string]int{}}
	s.document()
	ix := &keyIndex{src: src, at: s.at, lines: []int{0}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			ix.lines = append(ix.lines, i+1)
		}
	}
	return ix
}

// offset returns the byte offset recorded for path.
func (ix *keyIndex) offset(path string) (int, bool) {
	off, ok := ix.at[path]
	return off, ok
}

// position converts a byte offset to a line and a column, both from 1; the
// column counts characters.
func (ix *keyIndex) position(off int) (line, col int) {
	off = max(0, min(off, len(ix.src)))
	n := sort.Search(len(ix.lines), func(i int) bool { return ix.lines[i] > off }) - 1
	n = max(n, 0)
	return n + 1, utf8.RuneCountInString(ix.src[ix.lines[n]:off]) + 1
}

// lookup returns the position of path, or of its nearest ancestor that is
// written in the file, or 1:1.
func (ix *keyIndex) lookup(path string) (line, col int) {
	for {
		if off, ok := ix.at[path]; ok {
			return ix.position(off)
		}
		if path == "" {
			return 1, 1
		}
		path = parentPath(path)
	}
}

// joinKey appends key to a key path, quoting it unless it is a bare key.
func joinKey(parent, key string) string {
	k := key
	if !isBareKey(key) {
		k = strconv.Quote(key)
	}
	if parent == "" {
		return k
	}
	return parent + "." + k
}

// indexPath appends an array index to a key path.
func indexPath(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

// parentPath strips the last key or index from a key path.
func parentPath(p string) string {
	last := 0
	for i := 0; i < len(p); {
		switch p[i] {
		case '"':
			q, err := strconv.QuotedPrefix(p[i:])
			if err != nil {
				i++
				continue
			}
			i += len(q)
			continue
		case '.', '[':
			last = i
		}
		i++
	}
	return p[:last]
}

// lastKey is the final key of a path, without indexes: "strength" for
// "units[3].strength", "units" for "units[3]".
func lastKey(p string) string {
	for strings.HasSuffix(p, "]") {
		i := strings.LastIndexByte(p, '[')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	k := p[len(parentPath(p)):]
	k = strings.TrimPrefix(k, ".")
	if uq, err := strconv.Unquote(k); err == nil {
		return uq
	}
	return k
}

func isBareKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !isBareByte(k[i]) || k[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isBareByte reports whether c may appear in a bare key. Bytes of non-ASCII
// characters are accepted, as TOML 1.1 allows some of them.
func isBareByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '-' || c >= utf8.RuneSelf
}

// keyScanner walks TOML text just closely enough to find keys: it knows
// tables, arrays of tables, dotted keys, strings of all four kinds, arrays
// and inline tables, and skips everything else. Every step advances, so it
// ends on any input.
type keyScanner struct {
	src    string
	i      int
	at     map[string]int
	arrays map[string]int // array-of-tables path -> elements seen so far
}

type keyPart struct {
	name string
	off  int
}

func (s *keyScanner) eof() bool { return s.i >= len(s.src) }

func (s *keyScanner) record(path string, off int) {
	if _, ok := s.at[path]; !ok {
		s.at[path] = off
	}
}

func (s *keyScanner) document() {
	table := ""
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		start := s.i
		if s.src[s.i] == '[' {
			table = s.header()
		} else {
			s.keyValue(table)
		}
		s.skipLine()
		if s.i == start {
			s.i++
		}
	}
}

// header reads a [table] or [[array.of.tables]] line and returns its path.
func (s *keyScanner) header() string {
	start := s.i
	arr := strings.HasPrefix(s.src[s.i:], "[[")
	if arr {
		s.i += 2
	} else {
		s.i++
	}
	keys := s.keys()
	path := ""
	for n, k := range keys {
		path = joinKey(path, k.name)
		last := n == len(keys)-1
		switch {
		case last && arr:
			idx := s.arrays[path]
			s.arrays[path] = idx + 1
			s.record(path, start)
			path = indexPath(path, idx)
			s.record(path, start)
		case last:
			s.record(path, start)
		default:
			s.record(path, k.off)
			if c, ok := s.arrays[path]; ok && c > 0 {
				path = indexPath(path, c-1)
			}
		}
	}
	return path
}

// keyValue reads `dotted.key = value` inside the table at path table.
func (s *keyScanner) keyValue(table string) {
	keys := s.keys()
	if len(keys) == 0 {
		return
	}
	s.skipSpace()
	if s.eof() || s.src[s.i] != '=' {
		return
	}
	s.i++
	path := table
	for _, k := range keys {
		path = joinKey(path, k.name)
		s.record(path, k.off)
	}
	s.value(path)
}

// keys reads a dotted key.
func (s *keyScanner) keys() []keyPart {
	var out []keyPart
	for {
		s.skipSpace()
		off := s.i
		name, ok := s.key()
		if !ok {
			return out
		}
		out = append(out, keyPart{name, off})
		s.skipSpace()
		if s.eof() || s.src[s.i] != '.' {
			return out
		}
		s.i++
	}
}

// key reads one bare or quoted key.
func (s *keyScanner) key() (string, bool) {
	if s.eof() {
		return "", false
	}
	switch s.src[s.i] {
	case '"':
		raw := s.basicString()
		if v, err := strconv.Unquote(raw); err == nil {
			return v, true
		}
		return strings.Trim(raw, `"`), true
	case '\'':
		raw := s.literalString()
		return strings.Trim(raw, "'"), true
	}
	start := s.i
	for !s.eof() && isBareByte(s.src[s.i]) {
		s.i++
	}
	return s.src[start:s.i], s.i > start
}

// value skips one value, recording the keys and elements inside it.
func (s *keyScanner) value(path string) {
	s.skipSpace()
	if s.eof() {
		return
	}
	switch s.src[s.i] {
	case '"':
		s.basicString()
	case '\'':
		s.literalString()
	case '[':
		s.array(path)
	case '{':
		s.inlineTable(path)
	default: // number, boolean, date: up to the next delimiter
		for !s.eof() && !strings.ContainsRune(",]}#\r\n", rune(s.src[s.i])) {
			s.i++
		}
	}
}

func (s *keyScanner) array(path string) {
	s.i++ // [
	for n := 0; ; {
		s.skipBlank()
		if s.eof() {
			return
		}
		switch s.src[s.i] {
		case ']':
			s.i++
			return
		case ',':
			s.i++
			continue
		}
		start := s.i
		elem := indexPath(path, n)
		s.record(elem, start)
		s.value(elem)
		n++
		if s.i == start {
			s.i++
		}
	}
}

func (s *keyScanner) inlineTable(path string) {
	s.i++ // {
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		switch s.src[s.i] {
		case '}':
			s.i++
			return
		case ',':
			s.i++
			continue
		}
		start := s.i
		s.keyValue(path)
		if s.i == start {
			s.i++
		}
	}
}

// basicString skips a basic string, one-line or multi-line, and returns its
// source.
func (s *keyScanner) basicString() string {
	start := s.i
	if strings.HasPrefix(s.src[s.i:], `"""`) {
		s.i += 3
		for !s.eof() {
			switch {
			case s.src[s.i] == '\\':
				s.i += 2
			case strings.HasPrefix(s.src[s.i:], `"""`):
				s.i += 3
				for k := 0; k < 2 && !s.eof() && s.src[s.i] == '"'; k++ {
					s.i++
				}
				return s.src[start:s.i]
			default:
				s.i++
			}
		}
		s.i = len(s.src)
		return s.src[start:]
	}
	s.i++
	for !s.eof() && s.src[s.i] != '"' && s.src[s.i] != '\n' {
		if s.src[s.i] == '\\' {
			s.i++
		}
		s.i++
	}
	if !s.eof() && s.src[s.i] == '"' {
		s.i++
	}
	s.i = min(s.i, len(s.src))
	return s.src[start:s.i]
}

// literalString skips a literal string, one-line or multi-line, and returns
// its source.
func (s *keyScanner) literalString() string {
	start := s.i
	if strings.HasPrefix(s.src[s.i:], "'''") {
		end := strings.Index(s.src[s.i+3:], "'''")
		if end < 0 {
			s.i = len(s.src)
			return s.src[start:]
		}
		s.i += 3 + end + 3
		for k := 0; k < 2 && !s.eof() && s.src[s.i] == '\''; k++ {
			s.i++
		}
		return s.src[start:s.i]
	}
	s.i++
	for !s.eof() && s.src[s.i] != '\'' && s.src[s.i] != '\n' {
		s.i++
	}
	if !s.eof() && s.src[s.i] == '\'' {
		s.i++
	}
	return s.src[start:s.i]
}

// skipSpace skips spaces and tabs.
func (s *keyScanner) skipSpace() {
	for !s.eof() && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// skipBlank skips whitespace, newlines and comments.
func (s *keyScanner) skipBlank() {
	for !s.eof() {
		switch s.src[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		case '#':
			for !s.eof() && s.src[s.i] != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

// skipLine skips to the start of the next line.
func (s *keyScanner) skipLine() {
	for !s.eof() && s.src[s.i] != '\n' {
		s.i++
	}
	if !s.eof() {
		s.i++
	}
}
