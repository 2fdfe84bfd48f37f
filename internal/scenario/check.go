package scenario

import (
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxID is the longest id, in characters.
const maxID = 64

// validID reports whether s may be used as an id: 1 to 64 letters, digits,
// '_', '-' or '.'.
func validID(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxID {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// checkID reports an id that validID refuses, at path.
func checkID(d *doc, path, id string) {
	if !validID(id) {
		d.errf(path, "id %q must be 1 to %d letters, digits, _, - or . (no spaces)", id, maxID)
	}
}

// checkColour reports a colour that is neither empty nor "#rrggbb".
func checkColour(d *doc, path, c string) {
	if c == "" {
		return
	}
	ok := len(c) == 7 && c[0] == '#'
	for i := 1; ok && i < len(c); i++ {
		ch := c[i]
		ok = ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F'
	}
	if !ok {
		d.errf(path, "colour %q must be written \"#rrggbb\", like \"#c03020\"", c)
	}
}

// parseDate reads "YYYY-MM-DD" (a real calendar day, year 0001 to 9999).
func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil || t.Format("2006-01-02") != s || t.Year() < 1 {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// checkDate parses the date at path, reporting a bad one.
func checkDate(d *doc, path, s string) (time.Time, bool) {
	t, ok := parseDate(s)
	if !ok {
		d.errf(path, "%s: %q is not a date (expected \"YYYY-MM-DD\", like \"1127-01-09\")", lastKey(path), s)
	}
	return t, ok
}

// daysBetween counts the days from a to b (negative if b is earlier).
func daysBetween(a, b time.Time) int {
	return int((b.Unix() - a.Unix()) / 86400)
}

// checkRange reports v outside lo..hi at path.
func checkRange(d *doc, path string, v, lo, hi int) bool {
	if v < lo || v > hi {
		d.errf(path, "%s must be between %d and %d, found %d", lastKey(path), lo, hi, v)
		return false
	}
	return true
}

// numbers is "1 number", "3 numbers".
func numbers(n int) string {
	if n == 1 {
		return "1 number"
	}
	return fmt.Sprintf("%d numbers", n)
}

// hexes is "1 hex", "3 hexes".
func hexes(n int) string {
	if n == 1 {
		return "1 hex"
	}
	return fmt.Sprintf("%d hexes", n)
}
