package mapgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jinsong/game"
)

// These tests check known facts of 12th-century geography (issue 9) on the
// committed map, so that a change to the pipeline cannot quietly break
// history. They read only assets/maps/china.toml.

// chinaPath is the committed map, relative to this package.
var chinaPath = filepath.Join("..", "..", "assets", "maps", "china.toml")

// loadChina decodes the committed map file (never the shared geo folder).
func loadChina(t *testing.T) *Board {
	t.Helper()
	f, err := os.Open(chinaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := ReadMap(f)
	if err != nil {
		t.Fatalf("%s: %v", chinaPath, err)
	}
	return b
}

func siteHex(t *testing.T, b *Board, id string) game.Hex {
	t.Helper()
	h, ok := b.SiteHex(id)
	if !ok {
		t.Fatalf("no site %q", id)
	}
	return h
}

// lineHexes returns the hexes of the waterway line called name.
func lineHexes(t *testing.T, b *Board, name string) []game.Hex {
	t.Helper()
	ls := b.Lines(name)
	if len(ls) != 1 {
		t.Fatalf("%d lines called %q, want 1", len(ls), name)
	}
	return LineHexes(ls[0])
}

func hexSet(hs []game.Hex) map[game.Hex]bool {
	out := map[game.Hex]bool{}
	for _, h := range hs {
		out[h] = true
	}
	return out
}

// flood returns the hexes reachable from start stepping only on hexes that
// pass ok.
func flood(b *Board, start game.Hex, ok func(game.Hex) bool) map[game.Hex]bool {
	seen := map[game.Hex]bool{start: true}
	queue := []game.Hex{start}
	for len(queue) > 0 {
		h := queue[0]
		queue = queue[1:]
		for _, n := range h.Neighbours() {
			if b.In(n) && !seen[n] && ok(n) {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	return seen
}

// landOf is the stretch of land reachable from h without entering water.
func landOf(b *Board, h game.Hex) map[game.Hex]bool {
	return flood(b, h, func(n game.Hex) bool { return IsLand(b.At(n)) })
}

func touches(h game.Hex, set map[game.Hex]bool) bool {
	for _, n := range h.Neighbours() {
		if set[n] {
			return true
		}
	}
	return false
}

// The map's size, symbols and places.
func TestChinaMapShape(t *testing.T) {
	b := loadChina(t)
	if n := b.Cols * b.Rows; n > 25000 || n < 15000 {
		t.Errorf("%d×%d = %d hexes, want about 20,000 (at most 25,000)", b.Cols, b.Rows, n)
	}
	m := b.Map
	if m.HexKm != 20 || m.LonMin > 100 || m.LatMax < 48 {
		t.Errorf("hex_km %g lon_min %g lat_max %g", m.HexKm, m.LonMin, m.LatMax)
	}
	for r, row := range m.Rows {
		for c := 0; c < len(row); c++ {
			if !strings.ContainsRune(AllTerrain, rune(row[c])) {
				t.Fatalf("hex %d,%d has unknown symbol %q", c, r, row[c])
			}
		}
	}
	// Every one of the 66 places of places.tsv is a site.
	if len(b.Sites) != 66 {
		t.Errorf("%d sites, want the 66 places of places.tsv", len(b.Sites))
	}
}

// Every place stands on a land hex of its own; towns are city hexes and
// passes pass hexes.
func TestPlacesOnLand(t *testing.T) {
	b := loadChina(t)
	taken := map[game.Hex]string{}
	for _, s := range b.Sites {
		h := game.Hex{Col: s.Col, Row: s.Row}
		if !b.In(h) {
			t.Errorf("%s at %v is off the map", s.ID, h)
			continue
		}
		if !IsLand(b.At(h)) {
			t.Errorf("%s stands on water %q at %v", s.ID, b.At(h), h)
		}
		if other, dup := taken[h]; dup {
			t.Errorf("%s and %s share hex %v", s.ID, other, h)
		}
		taken[h] = s.ID
		if want, ok := siteTerrain[s.Kind]; ok && b.At(h) != want {
			t.Errorf("%s (%s) is on %q, want %q", s.ID, s.Kind, b.At(h), want)
		}
	}
}

// Ports open on the sea.
func TestPortsTouchSea(t *testing.T) {
	b := loadChina(t)
	for _, s := range b.Sites {
		if s.Kind != "port" {
			continue
		}
		h := game.Hex{Col: s.Col, Row: s.Row}
		sea := false
		for _, n := range h.Neighbours() {
			sea = sea || b.At(n) == Sea
		}
		if !sea {
			t.Errorf("port %s at %v has no sea beside it", s.ID, h)
		}
	}
}

// Kaifeng lay south of the Yellow River's pre-1128 northern course.
func TestKaifengSouthOfYellowRiver(t *testing.T) {
	b := loadChina(t)
	k := siteHex(t, b, "kaifeng")
	yellow := hexSet(lineHexes(t, b, "Yellow River"))
	crossed := false
	for r := k.Row - 1; r >= 0 && !crossed; r-- {
		h := game.Hex{Col: k.Col, Row: r}
		crossed = yellow[h] && (b.At(h) == River || b.At(h) == Ford)
	}
	if !crossed {
		t.Errorf("going north from Kaifeng %v in its column never crosses the Yellow River", k)
	}
	near := 0
	for h := range yellow {
		if game.Distance(h, k) <= 3 {
			near++
			if h.Row >= k.Row {
				t.Errorf("Yellow River hex %v is not north of Kaifeng %v", h, k)
			}
		}
	}
	if near == 0 {
		t.Errorf("the Yellow River does not pass within 3 hexes of Kaifeng")
	}
	// Kaifeng's land reaches south to Caizhou without crossing the river.
	if !landOf(b, k)[siteHex(t, b, "yingchang")] {
		t.Errorf("Kaifeng and Yingchang (south of it) are on different land")
	}
}

// Caishi and Jiankang stood on the south bank of the Yangtze, Yangzhou on
// the north bank.
func TestYangtzeBanks(t *testing.T) {
	b := loadChina(t)
	yangtze := hexSet(lineHexes(t, b, "Yangtze"))
	south := landOf(b, b.HexAt(118.95, 31.45)) // Lishui, south of Jiankang
	north := landOf(b, b.HexAt(119.0, 32.65))  // Tianchang, north of the river
	if south[b.HexAt(119.0, 32.65)] {
		t.Fatalf("the lands north and south of the lower Yangtze are joined")
	}
	for _, c := range []struct {
		id   string
		land map[game.Hex]bool
		bank string
	}{
		{"caishi", south, "south"}, {"jiankang", south, "south"}, {"zhenjiang", south, "south"},
		{"yangzhou", north, "north"}, {"guazhou", north, "north"},
	} {
		h := siteHex(t, b, c.id)
		if !c.land[h] {
			t.Errorf("%s %v is not on the %s bank of the Yangtze", c.id, h, c.bank)
		}
	}
	for _, id := range []string{"caishi", "jiankang", "guazhou", "zhenjiang"} {
		if h := siteHex(t, b, id); !touches(h, yangtze) {
			t.Errorf("%s %v does not stand beside the Yangtze", id, h)
		}
	}
}

// Sizhou stood on the north bank of the Huai, where the Bian canal met it.
func TestSizhouNorthOfHuai(t *testing.T) {
	b := loadChina(t)
	s := siteHex(t, b, "sizhou")
	huai := hexSet(lineHexes(t, b, "Huai"))
	if !touches(s, huai) {
		t.Fatalf("Sizhou %v is not beside the Huai", s)
	}
	land := landOf(b, s)
	if !land[siteHex(t, b, "xuzhou")] {
		t.Errorf("Sizhou is cut off from Xuzhou, north of the Huai")
	}
	for _, id := range []string{"shouchun", "hefei", "yangzhou"} {
		if land[siteHex(t, b, id)] {
			t.Errorf("Sizhou is on the same land as %s, south of the Huai", id)
		}
	}
	if !touches(s, hexSet(lineHexes(t, b, "Bian Canal"))) {
		t.Errorf("the Bian canal does not reach Sizhou")
	}
}

// Hongze Lake did not exist: its basin is land (with the Huai and the
// Bian canal running through it).
func TestHongzeIsLand(t *testing.T) {
	b := loadChina(t)
	outline := []LonLat{{118.3, 33.05}, {118.3, 33.25}, {118.5, 33.4}, {118.62, 33.55},
		{118.82, 33.32}, {118.68, 33.15}, {118.5, 33.05}}
	g := Grid{Box: Box{LonMin: b.Map.LonMin, LatMax: b.Map.LatMax}, HexKm: b.Map.HexKm}
	shape := NewShape([][]Pt{g.ProjectAll(outline)})
	land, inside := 0, 0
	for r := 0; r < b.Rows; r++ {
		for c := 0; c < b.Cols; c++ {
			h := game.Hex{Col: c, Row: r}
			if !shape.Contains(HexCentre(h)) {
				continue
			}
			inside++
			switch t0 := b.At(h); {
			case t0 == Lake || t0 == Sea:
				t.Errorf("hex %v in the Hongze basin is %q", h, t0)
			case IsLand(t0):
				land++
			}
		}
	}
	if inside < 4 || land*2 < inside {
		t.Errorf("Hongze basin: %d hexes, %d land", inside, land)
	}
}

// Every waterway is a chain of water hexes, each next to the next, one hex
// wide.
func TestWaterwaysAreChains(t *testing.T) {
	b := loadChina(t)
	for _, l := range b.MapFile.Lines {
		if l.Kind != "river" && l.Kind != "canal" && l.Kind != "river_after_1128" {
			continue
		}
		hs := LineHexes(l)
		for i, h := range hs {
			if l.Kind != "river_after_1128" && !IsWater(b.At(h)) {
				t.Errorf("%s: hex %v is %q, not water", l.Name, h, b.At(h))
			}
			if i > 0 && !game.Adjacent(hs[i-1], h) {
				t.Errorf("%s: %v and %v are not adjacent", l.Name, hs[i-1], h)
			}
			for j := i + 2; j < len(hs); j++ {
				if game.Adjacent(h, hs[j]) {
					t.Errorf("%s is two hexes wide at %v and %v", l.Name, h, hs[j])
				}
			}
		}
	}
}

// The great rivers are barriers of river hexes that land units cross only
// at fords.
func TestGreatRivers(t *testing.T) {
	b := loadChina(t)
	for _, name := range []string{"Yellow River", "Huai", "Yangtze", "Han"} {
		hs := lineHexes(t, b, name)
		if len(hs) < 20 {
			t.Errorf("%s has %d hexes", name, len(hs))
		}
		fords := 0
		for _, h := range hs {
			switch b.At(h) {
			case Ford:
				fords++
			case River, Lake:
			default:
				t.Errorf("%s: hex %v is %q", name, h, b.At(h))
			}
		}
		if fords == 0 {
			t.Errorf("%s has no ford", name)
		}
	}
}

// Land units ford the Yellow River and the Huai every day or two of march,
// the Han more often, and the Yangtze only at its famous crossings.
func TestFords(t *testing.T) {
	b := loadChina(t)
	for _, c := range []struct {
		river  string
		maxGap int
	}{{"Yellow River", 9}, {"Huai", 9}, {"Han", 7}} {
		last := -1
		hs := lineHexes(t, b, c.river)
		for i, h := range append(hs, game.Hex{Col: -1, Row: -1}) {
			if i < len(hs) && b.At(h) != Ford {
				continue
			}
			if i-last > c.maxGap {
				t.Errorf("%s: %d hexes without a ford before %v", c.river, i-last-1, h)
			}
			last = i
		}
	}
	yangtze := lineHexes(t, b, "Yangtze")
	fords := map[game.Hex]bool{}
	for _, h := range yangtze {
		if b.At(h) == Ford {
			fords[h] = true
		}
	}
	if len(fords) < 5 || len(fords) > 8 {
		t.Errorf("the Yangtze has %d fords, want its 5 to 8 famous crossings", len(fords))
	}
	for _, pair := range [][]string{{"caishi"}, {"jiangling"}, {"ezhou"}, {"guazhou", "zhenjiang"}} {
		found := false
		for h := range fords {
			all := true
			for _, id := range pair {
				all = all && game.Adjacent(h, siteHex(t, b, id))
			}
			found = found || all
		}
		if !found {
			t.Errorf("no Yangtze crossing beside %v", pair)
		}
	}
}

// The Yangtze is one waterway from Jiangling to the sea.
func TestYangtzeToTheSea(t *testing.T) {
	b := loadChina(t)
	hs := lineHexes(t, b, "Yangtze")
	j := siteHex(t, b, "jiangling")
	at := -1
	for i, h := range hs {
		if game.Adjacent(h, j) {
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatalf("the Yangtze does not pass Jiangling %v", j)
	}
	mouth := hs[len(hs)-1]
	ocean := flood(b, b.HexAt(124, 31), func(h game.Hex) bool { return b.At(h) == Sea })
	if !touches(mouth, ocean) {
		t.Errorf("the Yangtze ends at %v, not at the sea", mouth)
	}
	// Boats can sail from Jiangling down to the sea on river hexes alone.
	water := flood(b, hs[at], func(h game.Hex) bool { t0 := b.At(h); return t0 == River || t0 == Ford || t0 == Lake })
	if !water[mouth] {
		t.Errorf("no river passage from Jiangling %v to the mouth %v", hs[at], mouth)
	}
}

// The Jiangnan canal links Lin'an (Hangzhou) with the Yangtze, and the
// Shanyang canal the Huai with the Yangtze.
func TestCanals(t *testing.T) {
	b := loadChina(t)
	yangtze := hexSet(lineHexes(t, b, "Yangtze"))
	linan := siteHex(t, b, "linan")
	inland := func(h game.Hex) bool { t0 := b.At(h); return IsWater(t0) && t0 != Sea }
	var start []game.Hex
	for _, n := range linan.Neighbours() {
		if inland(n) {
			start = append(start, n)
		}
	}
	if len(start) == 0 {
		t.Fatalf("no water beside Lin'an %v", linan)
	}
	reached := false
	for _, s := range start {
		for h := range flood(b, s, inland) {
			reached = reached || yangtze[h]
		}
	}
	if !reached {
		t.Errorf("no inland waterway from Lin'an to the Yangtze")
	}
	for _, c := range []struct{ canal, from, to string }{
		{"Jiangnan Canal", "Yangtze", "Qiantang"},
		{"Shanyang Canal", "Huai", "Yangtze"},
		{"Bian Canal", "Yellow River", "Huai"},
	} {
		hs := lineHexes(t, b, c.canal)
		for _, h := range hs {
			if b.At(h) != Canal && !IsWater(b.At(h)) {
				t.Errorf("%s: hex %v is %q", c.canal, h, b.At(h))
			}
		}
		if !touches(hs[0], hexSet(lineHexes(t, b, c.from))) {
			t.Errorf("%s does not start at the %s", c.canal, c.from)
		}
		if !touches(hs[len(hs)-1], hexSet(lineHexes(t, b, c.to))) {
			t.Errorf("%s does not end at the %s", c.canal, c.to)
		}
	}
}

// The Taihang and the Qinling are mountains.
func TestMountains(t *testing.T) {
	b := loadChina(t)
	for _, p := range []struct {
		name     string
		lon, lat float64
	}{
		{"Taihang, west of Zhending", 113.7, 38.0},
		{"Taihang, west of Handan", 113.5, 36.6},
		{"Taihang, Wutai", 113.6, 39.0},
		{"Qinling, Taibai", 107.8, 33.95},
		{"Qinling, south of Chang'an", 109.0, 33.8},
		{"Qinling, Hua shan", 110.1, 34.2},
	} {
		if h := b.HexAt(p.lon, p.lat); b.At(h) != Mountains {
			t.Errorf("%s %v is %q, want mountains", p.name, h, b.At(h))
		}
	}
}

// The 12th-century coast: land east of the Fan Gong sea wall was sea.
func TestJiangsuCoast(t *testing.T) {
	b := loadChina(t)
	for _, p := range [][2]float64{{120.6, 33.4}, {120.9, 32.6}, {121.5, 32.1}} {
		if h := b.HexAt(p[0], p[1]); b.At(h) != Sea {
			t.Errorf("%v (modern land, 12th-century sea) is %q", p, b.At(h))
		}
	}
	for _, p := range [][2]float64{{119.8, 33.4}, {120.1, 32.6}} {
		if h := b.HexAt(p[0], p[1]); !IsLand(b.At(h)) {
			t.Errorf("%v (land behind the sea wall) is %q", p, b.At(h))
		}
	}
}

// The post-1128 Yellow River runs from near Huazhou to the Huai, and the
// 1142 border is on the map.
func TestHistoricalLines(t *testing.T) {
	b := loadChina(t)
	after := lineHexes(t, b, "Yellow River after 1128")
	if !touches(after[0], hexSet(lineHexes(t, b, "Yellow River"))) ||
		!touches(after[len(after)-1], hexSet(lineHexes(t, b, "Huai"))) {
		t.Errorf("the post-1128 course does not lead from the Yellow River to the Huai")
	}
	kinds := map[string]int{}
	for _, l := range b.MapFile.Lines {
		kinds[l.Kind]++
	}
	for _, k := range []string{"river", "canal", "coast", "border", "river_after_1128"} {
		if kinds[k] == 0 {
			t.Errorf("no line of kind %s", k)
		}
	}
}
