package scenario

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"jinsong/game"
)

// TestDocExample loads the complete example of docs/scenario-format.md, so
// that the documentation always shows a scenario that works.
func TestDocExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/scenario-format.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```toml\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no ```toml block in docs/scenario-format.md")
	}
	l, err := Load(fstest.MapFS{"ford.toml": {Data: []byte(example)}}, "ford.toml")
	if err != nil {
		t.Fatalf("the documented example does not load:\n%v", err)
	}
	if l.Scn.MaxTurns != 6 {
		t.Errorf("the example says 6 turns; the loader makes %d", l.Scn.MaxTurns)
	}
	if errs := game.CheckInvariants(l.NewGame(1)); len(errs) > 0 {
		t.Error(errs)
	}
}
