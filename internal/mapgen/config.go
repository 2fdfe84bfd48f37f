package mapgen

// Config holds the judgement calls of a map: its box and hex size and the
// tables that turn geography into game terrain. China() is the map of the
// game; tests build small synthetic ones.
type Config struct {
	Name   string // [map] name
	Source string // [map] source
	Box    Box
	HexKm  float64

	// SeaPolygons are modern land that was sea in the period (the 12th-century
	// Jiangsu coast): land inside them counts as sea.
	SeaPolygons [][]LonLat
	// MinIslandArea drops coast rings smaller than this many square hex units
	// from the coast lines.
	MinIslandArea float64

	// Lakes says, per value of a lake's existed_1100s property, how to draw
	// it. Lakes whose value is missing from the table are not drawn.
	Lakes map[string]LakeRule

	// BaseLayers are painted over plain land before the terrain regions.
	BaseLayers []Layer
	// RegionByClass maps a region's featurecla to terrain; RegionByName
	// overrides it for single regions. Regions are painted largest first.
	RegionByClass map[string]RegionRule
	RegionByName  map[string]RegionRule
	// Layers are painted after the regions, in order.
	Layers []Layer

	// Waterways are routed and painted in order: great rivers first, then
	// canals, then minor rivers.
	Waterways []WaterwaySpec
	// Banks says on which side of a waterway a place stands.
	Banks []BankRule
	// Fords places crossings on the great rivers.
	Fords []FordRule
	// HistoricalLines copies hand-digitised coast and border lines.
	HistoricalLines []HistoricalLine
}

// LakeRule draws a lake on the hexes it covers at least Coverage of; with
// Grow, also on the hexes next to those that it touches at all (a lake that
// was larger in the period).
type LakeRule struct {
	Coverage float64
	Grow     bool
}

// Layer paints Terrain over the land hexes it covers: those whose centre
// lies in Polygon, or within Band of a waterway. Over, when not empty,
// lists the only terrains it may replace. Fringe, when not 0, is painted
// instead of Terrain on the layer's outer ring of hexes.
type Layer struct {
	Name    string
	Polygon []LonLat
	Band    *Band
	Terrain byte
	Fringe  byte
	Over    string

	rings [][]LonLat // a terrain region's outline, set by the builder
}

// Band selects the hexes within Width hex units of a waterway's line,
// between two longitudes.
type Band struct {
	Waterway       string
	LonMin, LonMax float64
	Width          float64
}

// WaterwaySpec describes one river or canal: where its line comes from and
// how it becomes hexes.
type WaterwaySpec struct {
	Name    string // name in the map's lines
	Kind    string // line kind: river, canal, river_after_1128
	Terrain byte   // River, Ford or Canal; 0 routes the line without painting it
	Parts   []Part // pieces of line joined in order, upstream first
	// Mouth, when set, orients the line so that it ends near this point.
	Mouth *LonLat
	// StartJoin and EndJoin connect the ends: the name of a waterway
	// (routed earlier), "sea", or "" for a free end.
	StartJoin, EndJoin string
}

// Part is one piece of a waterway's line: Natural Earth rivers merged end
// to end, a historical feature, or hand-placed points.
type Part struct {
	Rivers     []string // Natural Earth river names (rivers.geojson "name")
	Historical string   // historical.geojson feature whose name starts so
	Points     []LonLat // hand-placed points
	// LonMin/LonMax, when not both 0, keep only river features lying wholly
	// between these longitudes (to tell apart rivers sharing a name).
	LonMin, LonMax float64
	// NoLakeLines drops Natural Earth "Lake Centerline" pieces.
	NoLakeLines bool
	// From and To cut the merged line at its points nearest to these.
	From, To *LonLat
}

// BankRule places a site on one side of a waterway ("N", "S", "E" or "W"
// of its line; "" for either) and, if Beside, on a hex next to it.
type BankRule struct {
	Site, Waterway, Side string
	Beside               bool
}

// FordRule places ford hexes on a painted waterway: beside listed sites
// and points, beside every city on it (AtCities), and then about every
// Every hexes along the rest.
type FordRule struct {
	Waterway string
	Every    int
	AtCities bool
	At       []FordAt
}

// FordAt is one named crossing: the river hex beside Site (and beside
// Opposite too, when possible), or the river hex nearest Point.
type FordAt struct {
	Site, Opposite string
	Point          *LonLat
}

// HistoricalLine copies historical.geojson features of a kind to the map's
// lines under a line kind.
type HistoricalLine struct {
	FeatureKind, LineKind string
}
