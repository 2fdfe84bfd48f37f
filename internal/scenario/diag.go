package scenario

import (
	"fmt"
	"sort"
	"strings"
)

// Diag is one problem found in a file, at a line and column (both counted
// from 1; the column counts characters, not bytes). Line is 0 when the
// problem concerns the whole file and has no better place.
type Diag struct {
	File      string
	Line, Col int
	Msg       string
}

// String formats the problem as "file:line:col: message", the form editors
// and compilers use, or "file: message" when it has no position.
func (d Diag) String() string {
	if d.Line <= 0 {
		return fmt.Sprintf("%s: %s", d.File, d.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Msg)
}

// Diagnostics is every problem found while loading, sorted by file, line
// and column. It is the error Load returns for a bad file.
type Diagnostics []Diag

// Error joins all problems, one per line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// sorted returns the diagnostics sorted by file, line and column, keeping the
// order of problems found at the same place, with exact repeats removed.
func (ds Diagnostics) sorted() Diagnostics {
	out := make(Diagnostics, len(ds))
	copy(out, ds)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	uniq := out[:0]
	for _, d := range out {
		if len(uniq) > 0 && d == uniq[len(uniq)-1] {
			continue
		}
		uniq = append(uniq, d)
	}
	return uniq
}
