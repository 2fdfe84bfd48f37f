package save

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// validJSON is a complete save with one order.
const validJSON = `{
  "format": "jinsong-save",
  "version": 1,
  "saved": "2026-11-27T07:30:00Z",
  "scenario": {"id": "ford", "sha256": "` + "0000000000000000000000000000000000000000000000000000000000000000" + `"},
  "seed": 1,
  "turn": 1,
  "date": "9 Jan 1127",
  "side": "jin",
  "hash": "0123456789abcdef",
  "orders": [
    {"kind":"end_turn","to":{"col":0,"row":0}}
  ]
}
`

// Damaged, foreign and wrong-version files are refused with an error of the
// right kind and a message that says what is wrong.
func TestParseExplainsBadFiles(t *testing.T) {
	edit := func(old, new string) string {
		if !strings.Contains(validJSON, old) {
			t.Fatalf("the sample has no %q", old)
		}
		return strings.Replace(validJSON, old, new, 1)
	}
	cases := []struct {
		name, data string
		kind       error
		want       string
	}{
		{"empty", "", ErrDamaged, "the save file is empty"},
		{"blank", " \n\t", ErrDamaged, "the save file is empty"},
		{"cut short", validJSON[:len(validJSON)/2], ErrDamaged, "ends too early"},
		{"bad syntax", edit(`"seed": 1,`, `"seed": 1,,`), ErrDamaged, "not valid JSON at line 6, column 13"},
		{"binary junk", "\x00\x01\x02PK", ErrDamaged, "not valid JSON at line 1, column 1"},
		{"array", `[1, 2]`, ErrNotSave, "holds a JSON array"},
		{"string", `"jinsong-save"`, ErrNotSave, "holds a JSON string"},
		{"other program", `{"name": "x", "version": 2}`, ErrNotSave, `no "format"`},
		{"other format", edit(`"jinsong-save"`, `"wesnoth-save"`), ErrNotSave, `its format is "wesnoth-save"`},
		{"format not a string", edit(`"jinsong-save"`, `7`), ErrNotSave, `no "format"`},
		{"newer", edit(`"version": 1`, `"version": 3`), ErrVersion,
			"saved by a newer version of the game (format 3); this game reads format 1"},
		{"version zero", edit(`"version": 1`, `"version": 0`), ErrDamaged, "format version 0 does not exist"},
		{"version missing", edit(`"version": 1,`, ``), ErrDamaged, "format version is missing"},
		{"version not a number", edit(`"version": 1`, `"version": "one"`), ErrDamaged, "format version is missing or not a whole number"},
		{"seed not a number", edit(`"seed": 1`, `"seed": "one"`), ErrDamaged, "seed should be int64, not string"},
		{"seed too big", edit(`"seed": 1`, `"seed": 99999999999999999999`), ErrDamaged, "seed should be int64"},
		{"order not an object", edit(`{"kind":"end_turn","to":{"col":0,"row":0}}`, `42`), ErrDamaged, "orders should be game.Order"},
		{"order without kind", edit(`"kind":"end_turn",`, ``), ErrDamaged, "order 1 has no kind"},
		{"no scenario", edit(`"id": "ford", `, ``), ErrDamaged, "names no scenario"},
		{"bad digest", edit(`"sha256": "0000`, `"sha256": "00`), ErrDamaged, "SHA-256 is not 64 hex digits"},
		{"bad hash", edit(`0123456789abcdef`, `xyz`), ErrDamaged, "hash is not 16 hex digits"},
		{"turn zero", edit(`"turn": 1`, `"turn": 0`), ErrDamaged, "turn 0 is not a turn"},
		{"no side", edit(`"side": "jin"`, `"side": ""`), ErrDamaged, "names no side"},
		{"bad date", edit(`"2026-11-27T07:30:00Z"`, `"yesterday"`), ErrDamaged, "damaged"},
		{"trailing data", validJSON + "{}", ErrDamaged, "more after the end"},
		{"too large", validJSON + strings.Repeat(" ", MaxSize), ErrTooLarge, "larger than 32 MiB"},
	}
	for _, c := range cases {
		f, err := Parse([]byte(c.data))
		if err == nil {
			t.Errorf("%s: parsed as %+v", c.name, f)
			continue
		}
		if !errors.Is(err, c.kind) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %q, want a %q error saying %q", c.name, err, c.kind, c.want)
		}
	}
	if _, err := Parse([]byte(validJSON)); err != nil {
		t.Fatalf("the valid sample: %v", err)
	}
}

// Read names the file in its messages, and refuses an oversized file
// without reading all of it.
func TestReadNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "newer.json")
	if err := os.WriteFile(path, []byte(strings.Replace(validJSON, `"version": 1`, `"version": 3`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Read(path)
	want := path + ": saved by a newer version of the game (format 3); this game reads format 1"
	if err == nil || err.Error() != want || !errors.Is(err, ErrVersion) {
		t.Fatalf("got %v, want %q", err, want)
	}

	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, bytes.Repeat([]byte(" "), MaxSize+10), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(big); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	if _, err := Read(filepath.Join(dir, "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("got %v, want a not-exist error", err)
	}
}
