package mapgen

import (
	"fmt"
	"math"
	"sort"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// Result is a generated map.
type Result struct {
	Grid    *Grid
	Terrain []byte // row-major, one symbol per hex
	Sites   []scenario.Site
	Lines   []scenario.Line
	// Warnings lists judgement calls the generator could not honour
	// (a place it could not put beside its river, a join it could not make).
	Warnings []string
	cfg      *Config
}

// MapFile returns the map in the shared map-file format.
func (r *Result) MapFile() scenario.MapFile {
	rows := make([]string, r.Grid.Rows)
	for i := range rows {
		rows[i] = string(r.Terrain[i*r.Grid.Cols : (i+1)*r.Grid.Cols])
	}
	return scenario.MapFile{
		Map: scenario.MapFileMeta{
			Name: r.cfg.Name, Source: r.cfg.Source, HexKm: r.cfg.HexKm,
			LonMin: r.cfg.Box.LonMin, LatMax: r.cfg.Box.LatMax, Rows: rows,
		},
		Sites: r.Sites,
		Lines: r.Lines,
	}
}

// builder carries the state of one Build.
type builder struct {
	cfg      *Config
	src      *Source
	g        *Grid
	terrain  []byte
	base     []byte // terrain before places were marked on it
	seaShape *Shape
	ways     []*waterway
	byName   map[string]*waterway
	sites    []*site
	siteAt   map[game.Hex]*site
	warnings []string
}

// Build turns the geographic source into a hex map following cfg. The
// same input always gives the same output.
func Build(src *Source, cfg *Config) (*Result, error) {
	b := &builder{cfg: cfg, src: src, g: NewGrid(cfg.Box, cfg.HexKm),
		byName: map[string]*waterway{}, siteAt: map[game.Hex]*site{}}
	steps := []func() error{
		b.paintLand, b.assembleWaterways, b.paintLayers, b.placeSites,
		b.routeWaterways, b.joinWaterways, b.paintWaterways, b.besideWater, b.placeFords,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	res := &Result{Grid: b.g, Terrain: b.terrain, cfg: cfg}
	for _, s := range b.sites {
		res.Sites = append(res.Sites, scenario.Site{ID: s.ID, Name: s.Name,
			Col: s.hex.Col, Row: s.hex.Row, Kind: s.Kind})
	}
	res.Lines = b.lines()
	res.Warnings = b.warnings
	return res, nil
}

func (b *builder) warnf(format string, args ...any) {
	b.warnings = append(b.warnings, fmt.Sprintf(format, args...))
}

func (b *builder) at(h game.Hex) byte { return b.terrain[b.g.Index(h)] }

func (b *builder) set(h game.Hex, t byte) { b.terrain[b.g.Index(h)] = t }

// project converts [lon, lat] rings or lines to hex units.
func (b *builder) project(ll []LonLat) []Pt { return b.g.ProjectAll(ll) }

func (b *builder) shape(rings ...[]LonLat) *Shape {
	pr := make([][]Pt, len(rings))
	for i, r := range rings {
		pr[i] = b.project(r)
	}
	return NewShape(pr)
}

// paintLand marks each hex sea or plain by its share of (period) land, then
// paints the lakes that existed in the period.
func (b *builder) paintLand() error {
	var landRings [][]LonLat
	for _, f := range b.src.Land {
		landRings = append(landRings, f.Rings...)
	}
	if len(landRings) == 0 {
		return fmt.Errorf("no land polygons")
	}
	land := b.shape(landRings...)
	b.seaShape = b.shape(b.cfg.SeaPolygons...)
	b.terrain = make([]byte, b.g.Cols*b.g.Rows)
	for i := range b.terrain {
		c := HexCentre(b.g.HexOf(i))
		n := 0
		for _, o := range hexSamples {
			p := c.Add(o)
			if land.Contains(p) && !b.seaShape.Contains(p) {
				n++
			}
		}
		b.terrain[i] = Sea
		if 2*n >= len(hexSamples) {
			b.terrain[i] = Plain
		}
	}
	b.paintLakes()
	return nil
}

func (b *builder) paintLakes() {
	for _, f := range b.src.Lakes {
		rule, ok := b.cfg.Lakes[f.Prop("existed_1100s")]
		if !ok || len(f.Rings) == 0 {
			continue
		}
		s := b.shape(f.Rings...)
		cover := map[game.Hex]float64{}
		var lake []game.Hex
		for _, h := range b.hexesNear(s.Bounds()) {
			cover[h] = Coverage(h, s)
			if b.at(h) != Sea && cover[h] >= rule.Coverage {
				lake = append(lake, h)
			}
		}
		for _, h := range lake {
			b.set(h, Lake)
		}
		if !rule.Grow {
			continue
		}
		for _, h := range lake {
			for _, n := range b.g.Neighbours(h) {
				if cover[n] > 0 && IsLand(b.at(n)) {
					b.set(n, Lake)
				}
			}
		}
	}
}

// hexesNear lists the grid hexes whose centres lie within one hex of r.
func (b *builder) hexesNear(r Rect) []game.Hex {
	r0 := max(0, int(math.Floor(r.Min.Y/rowStep))-1)
	r1 := min(b.g.Rows-1, int(math.Ceil(r.Max.Y/rowStep))+1)
	c0 := max(0, int(math.Floor(r.Min.X))-1)
	c1 := min(b.g.Cols-1, int(math.Ceil(r.Max.X))+1)
	var out []game.Hex
	for row := r0; row <= r1; row++ {
		for col := c0; col <= c1; col++ {
			out = append(out, game.Hex{Col: col, Row: row})
		}
	}
	return out
}

// paintLayers paints the base layers, the terrain regions (largest first)
// and the hand layers.
func (b *builder) paintLayers() error {
	for i := range b.cfg.BaseLayers {
		if err := b.paintLayer(&b.cfg.BaseLayers[i]); err != nil {
			return err
		}
	}
	for _, l := range b.regionLayers() {
		if err := b.paintLayer(&l); err != nil {
			return err
		}
	}
	for i := range b.cfg.Layers {
		if err := b.paintLayer(&b.cfg.Layers[i]); err != nil {
			return err
		}
	}
	return nil
}

// regionLayers turns the terrain regions into layers, largest first.
func (b *builder) regionLayers() []Layer {
	type region struct {
		layer Layer
		rings [][]LonLat
		area  float64
	}
	var rs []region
	for _, f := range b.src.Regions {
		rule, ok := b.cfg.RegionByName[f.Prop("name")]
		if !ok {
			rule, ok = b.cfg.RegionByClass[f.Prop("featurecla")]
		}
		if !ok || rule.Core == 0 || len(f.Rings) == 0 {
			continue
		}
		area := 0.0
		for _, r := range f.Rings {
			area += RingArea(b.project(r))
		}
		rs = append(rs, region{Layer{Name: f.Prop("name"), Terrain: rule.Core, Fringe: rule.Fringe}, f.Rings, area})
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].area != rs[j].area {
			return rs[i].area > rs[j].area
		}
		return rs[i].layer.Name < rs[j].layer.Name
	})
	out := make([]Layer, len(rs))
	for i, r := range rs {
		out[i] = r.layer
		out[i].rings = r.rings
	}
	return out
}

// paintLayer paints one layer over the land.
func (b *builder) paintLayer(l *Layer) error {
	in, err := b.layerHexes(l)
	if err != nil {
		return err
	}
	for _, h := range sortedHexes(in) {
		old := b.at(h)
		if !IsLand(old) || (l.Over != "" && !containsByte(l.Over, old)) {
			continue
		}
		t := l.Terrain
		if l.Fringe != 0 && onFringe(h, in) {
			t = l.Fringe
		}
		b.set(h, t)
	}
	return nil
}

// onFringe reports whether some neighbour of h lies outside the set.
func onFringe(h game.Hex, in map[game.Hex]bool) bool {
	for _, n := range h.Neighbours() {
		if !in[n] {
			return true
		}
	}
	return false
}

// layerHexes lists the hexes a layer covers (land or not).
func (b *builder) layerHexes(l *Layer) (map[game.Hex]bool, error) {
	in := map[game.Hex]bool{}
	switch {
	case l.Band != nil:
		w := b.byName[l.Band.Waterway]
		if w == nil {
			return nil, fmt.Errorf("layer %s: no waterway %q", l.Name, l.Band.Waterway)
		}
		for _, h := range b.hexesNear(Bounds(w.line)) {
			c := HexCentre(h)
			lon := b.g.LonMin + c.X*b.g.HexKm/KmPerDegLon
			if lon >= l.Band.LonMin && lon <= l.Band.LonMax && NearestOnPolyline(c, w.line).Dist <= l.Band.Width {
				in[h] = true
			}
		}
	default:
		rings := l.rings
		if len(l.Polygon) > 0 {
			rings = [][]LonLat{l.Polygon}
		}
		if len(rings) == 0 {
			return nil, fmt.Errorf("layer %s: no polygon", l.Name)
		}
		s := b.shape(rings...)
		for _, h := range b.hexesNear(s.Bounds()) {
			if s.Contains(HexCentre(h)) {
				in[h] = true
			}
		}
	}
	return in, nil
}

// sortedHexes returns the set's hexes in row-major order.
func sortedHexes(set map[game.Hex]bool) []game.Hex {
	out := make([]game.Hex, 0, len(set))
	for h := range set {
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool { return hexLess(out[i], out[j]) })
	return out
}

func hexLess(a, b game.Hex) bool {
	if a.Row != b.Row {
		return a.Row < b.Row
	}
	return a.Col < b.Col
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
