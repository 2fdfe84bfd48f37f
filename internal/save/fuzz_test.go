package save

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzParse feeds Parse arbitrary bytes: it must never panic, every refusal
// must be one of the documented kinds, and whatever it accepts must survive
// Marshal and Parse unchanged. The seed corpus is in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add([]byte(validJSON))
	f.Fuzz(func(t *testing.T, data []byte) {
		sf, err := Parse(data)
		if err != nil {
			if sf != nil {
				t.Fatal("Parse returned a file with its error")
			}
			if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotSave) && !errors.Is(err, ErrVersion) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error of no documented kind: %v", err)
			}
			return
		}
		once, err := Marshal(sf)
		if err != nil {
			t.Fatalf("Marshal of a parsed file: %v", err)
		}
		again, err := Parse(once)
		if err != nil {
			t.Fatalf("a parsed file, written again, no longer parses: %v\n%s", err, once)
		}
		twice, err := Marshal(again)
		if err != nil || !bytes.Equal(once, twice) {
			t.Fatalf("the file changed on a round trip (%v):\n%s\n%s", err, once, twice)
		}
	})
}
