package chronicle

import (
	"os"
	"testing"
	"testing/fstest"

	"jinsong/internal/scenario"
)

// FuzzCompile feeds the chronicle recorded histories of any shape the
// loader accepts: compiling must never panic and must end.
func FuzzCompile(f *testing.F) {
	base, err := os.ReadFile("testdata/march.toml")
	if err != nil {
		f.Fatal(err)
	}
	for _, tail := range []string{
		"",
		"\n[[history.orders]]\nturn = 2\nunit = \"guard\"\norder = \"sally\"\ntarget = \"foot\"\n",
		"\n[[history.orders]]\nturn = 1\nunit = \"foot\"\norder = \"bombard\"\nat = [15, 4]\nweapon = \"incendiary_bomb\"\n",
		"\n[[history.orders]]\nturn = 3\nunit = \"horse\"\norder = \"embark\"\ntarget = \"foot\"\n",
		"\n[[history.orders]]\nturn = 1\nunit = \"scouts\"\norder = \"disembark\"\nat = [0, 0]\n",
		"\n[[history.orders]]\nturn = 8\nunit = \"foot\"\norder = \"blockade\"\nplace = \"city\"\n",
	} {
		f.Add(tail)
	}
	f.Fuzz(func(t *testing.T, tail string) {
		l, err := scenario.Load(fstest.MapFS{"march.toml": {Data: append(append([]byte(nil), base...), tail...)}}, "march.toml")
		if err != nil {
			return // the loader's own fuzz tests cover bad files
		}
		tape, _ := Compile(l)
		if len(tape.Orders) >= maxOrders {
			t.Fatalf("the chronicle never ended (%d orders)", len(tape.Orders))
		}
	})
}
