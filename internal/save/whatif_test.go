package save

import (
	"bytes"
	"testing"
)

// A game played with a what-if on records it; a version 1 file written
// before the field existed reads as history (no what-if).
func TestWhatIfField(t *testing.T) {
	l, ref := ford(t)
	s := l.NewGame(3)
	f := New(ref, 3, map[string]string{"a": "human"}, nil, s, "what if")
	f.WhatIf = "no_recall"
	data, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"whatif": "no_recall"`)) && !bytes.Contains(data, []byte(`"whatif":"no_recall"`)) {
		t.Fatalf("the what-if is not written:\n%s", data)
	}
	back, err := Parse(data)
	if err != nil || back.WhatIf != "no_recall" {
		t.Fatalf("read back: %v, %+v", err, back)
	}
	f.WhatIf = ""
	data, _ = Marshal(f)
	if bytes.Contains(data, []byte("whatif")) {
		t.Errorf("a game without a what-if writes the field:\n%s", data)
	}
	old, err := Parse(data)
	if err != nil || old.WhatIf != "" || old.Version != 1 {
		t.Errorf("a version 1 file without the field: %v, %+v", err, old)
	}
}
