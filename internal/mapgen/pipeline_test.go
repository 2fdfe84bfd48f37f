package mapgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jinsong/game"
)

// synthConfig is a small map over testdata/synth: an island with a river
// flowing east to a sea that was land "today", a tributary, a canal, a lake
// that existed and one that did not, a range, a river town, a port and a pass.
func synthConfig() *Config {
	return &Config{
		Name: "Synthetic", Source: "testdata/synth",
		Box:           Box{LonMin: 0, LonMax: 3, LatMin: 0, LatMax: 3},
		HexKm:         20,
		SeaPolygons:   [][]LonLat{{{2.4, 0.2}, {3, 0.2}, {3, 1.2}, {2.4, 1.2}}},
		MinIslandArea: 1,
		Lakes:         map[string]LakeRule{"yes": {Coverage: 0.5}},
		RegionByClass: map[string]RegionRule{"Range/mtn": {Mountains, Hills}, "Plain": {Plain, 0}},
		BaseLayers:    []Layer{{Name: "hills", Terrain: Hills, Polygon: []LonLat{{0, 0}, {3, 0}, {3, 3}, {0, 3}}}},
		Layers: []Layer{
			{Name: "rice", Terrain: Paddy, Over: ".h", Band: &Band{Waterway: "Big", LonMin: 1.5, LonMax: 2.5, Width: 1}},
		},
		Waterways: []WaterwaySpec{
			{Name: "Big", Kind: "river", Terrain: River, Parts: []Part{{Rivers: []string{"Big"}}}, EndJoin: "sea"},
			{Name: "Small", Kind: "river", Terrain: Ford, Parts: []Part{{Rivers: []string{"Small"}}}, EndJoin: "Big"},
			{Name: "Canal", Kind: "canal", Terrain: Canal, Parts: []Part{{Historical: "Test Canal"}}, StartJoin: "Big"},
		},
		Banks:           []BankRule{{"town", "Big", "N", true}},
		Fords:           []FordRule{{Waterway: "Big", Every: 4, AtCities: true}},
		HistoricalLines: []HistoricalLine{{"coast", "coast"}, {"border", "border"}},
	}
}

func buildSynth(t *testing.T) ([]byte, *Result) {
	t.Helper()
	src, err := LoadSource(filepath.Join("testdata", "synth"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Build(src, synthConfig())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, res.MapFile()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), res
}

// The same input gives byte-identical output.
func TestDeterministic(t *testing.T) {
	first, _ := buildSynth(t)
	for i := 0; i < 3; i++ {
		if again, _ := buildSynth(t); !bytes.Equal(first, again) {
			t.Fatalf("run %d differs from the first", i+2)
		}
	}
}

// The synthetic map follows the rules: sea, lakes, ranges, the river as a
// chain to the sea, fords, the town beside its river, the port on the sea.
func TestSynthMap(t *testing.T) {
	data, res := buildSynth(t)
	if len(res.Warnings) > 0 {
		t.Errorf("warnings: %v", res.Warnings)
	}
	b, err := ReadMap(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("reading the encoded map: %v", err)
	}
	if b.Cols != 15 || b.Rows != 20 || len(b.Sites) != 3 {
		t.Fatalf("%d×%d, %d sites", b.Cols, b.Rows, len(b.Sites))
	}
	count := map[byte]int{}
	for _, row := range b.Map.Rows {
		for i := 0; i < len(row); i++ {
			count[row[i]]++
		}
	}
	for _, sym := range []byte{Sea, Lake, Mountains, Hills, Paddy, River, Ford, Canal, City, Pass} {
		if count[sym] == 0 {
			t.Errorf("no %q hex:\n%s", sym, strings.Join(b.Map.Rows, "\n"))
		}
	}
	if h := b.HexAt(0.85, 0.75); b.At(h) == Lake {
		t.Errorf("the lake that did not exist is drawn at %v", h)
	}
	if h := b.HexAt(2.65, 0.7); b.At(h) != Sea {
		t.Errorf("modern land inside the sea polygon is %q", b.At(h))
	}
	big := LineHexes(b.Lines("Big")[0])
	for i := 1; i < len(big); i++ {
		if !game.Adjacent(big[i-1], big[i]) {
			t.Errorf("river gap between %v and %v", big[i-1], big[i])
		}
	}
	if !touchesSym(b, big[len(big)-1], Sea) {
		t.Errorf("the river ends at %v, away from the sea", big[len(big)-1])
	}
	town, _ := b.SiteHex("town")
	if !touches(town, hexSet(big)) {
		t.Errorf("the town %v is not beside its river", town)
	}
	small := LineHexes(b.Lines("Small")[0])
	if !touches(small[len(small)-1], hexSet(big)) {
		t.Errorf("the tributary does not reach the river")
	}
	if port, _ := b.SiteHex("harbour"); !touchesSym(b, port, Sea) {
		t.Errorf("the port %v is not on the sea", port)
	}
}

func touchesSym(b *Board, h game.Hex, sym byte) bool {
	for _, n := range h.Neighbours() {
		if b.At(n) == sym {
			return true
		}
	}
	return false
}

// The committed map is what the pipeline makes of the shared geo data.
// Skipped where the shared folder is absent (as in CI).
func TestCommittedMapUpToDate(t *testing.T) {
	geo := filepath.Join("..", "..", "..", "shared", "geo")
	if _, err := os.Stat(filepath.Join(geo, "places.tsv")); err != nil {
		t.Skipf("no shared geo folder at %s", geo)
	}
	src, err := LoadSource(geo)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Build(src, China())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) > 0 {
		t.Errorf("warnings:\n%s", strings.Join(res.Warnings, "\n"))
	}
	if len(res.Sites) != len(src.Places) {
		t.Errorf("%d sites for %d places", len(res.Sites), len(src.Places))
	}
	var buf bytes.Buffer
	if err := Encode(&buf, res.MapFile()); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(chinaPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Errorf("%s is out of date: run go run ./cmd/mapgen", chinaPath)
	}
}
