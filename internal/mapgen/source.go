package mapgen

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// LonLat is a [longitude, latitude] pair in degrees.
type LonLat = [2]float64

// Feature is one GeoJSON feature reduced to what the pipeline needs:
// polygons as rings, lines as point lists, properties as strings.
type Feature struct {
	Props map[string]string
	// Rings holds every ring of a Polygon or MultiPolygon (outer rings and
	// holes alike; Shape's even–odd test sorts them out).
	Rings [][]LonLat
	// Lines holds the parts of a LineString or MultiLineString.
	Lines [][]LonLat
}

// Prop returns a property as a string ("" when missing or null).
func (f *Feature) Prop(key string) string { return f.Props[key] }

// Source is the geographic input: the files of the shared geo folder.
type Source struct {
	Land, Lakes, Regions, Rivers, Historical []Feature
	Places                                   []Place
}

// Place is one row of places.tsv.
type Place struct {
	ID, Name, Chinese, Modern string
	Lat, Lon                  float64
	Kind, Notes, Source       string
}

// sourceFiles maps each GeoJSON file to the Source field it fills.
var sourceFiles = []struct {
	name string
	dst  func(*Source) *[]Feature
}{
	{"land.geojson", func(s *Source) *[]Feature { return &s.Land }},
	{"lakes.geojson", func(s *Source) *[]Feature { return &s.Lakes }},
	{"regions.geojson", func(s *Source) *[]Feature { return &s.Regions }},
	{"rivers.geojson", func(s *Source) *[]Feature { return &s.Rivers }},
	{"historical.geojson", func(s *Source) *[]Feature { return &s.Historical }},
}

// LoadSource reads the geo folder dir.
func LoadSource(dir string) (*Source, error) {
	src := &Source{}
	for _, f := range sourceFiles {
		feats, err := readGeoJSONFile(filepath.Join(dir, f.name))
		if err != nil {
			return nil, err
		}
		*f.dst(src) = feats
	}
	fp, err := os.Open(filepath.Join(dir, "places.tsv"))
	if err != nil {
		return nil, err
	}
	defer fp.Close()
	if src.Places, err = ReadPlaces(fp); err != nil {
		return nil, fmt.Errorf("places.tsv: %w", err)
	}
	return src, nil
}

func readGeoJSONFile(path string) ([]Feature, error) {
	fp, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fp.Close()
	feats, err := ReadGeoJSON(fp)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return feats, nil
}

type rawCollection struct {
	Type     string `json:"type"`
	Features []struct {
		Properties map[string]any `json:"properties"`
		Geometry   struct {
			Type        string          `json:"type"`
			Coordinates json.RawMessage `json:"coordinates"`
		} `json:"geometry"`
	} `json:"features"`
}

// ReadGeoJSON decodes a FeatureCollection of Polygon, MultiPolygon,
// LineString and MultiLineString features.
func ReadGeoJSON(r io.Reader) ([]Feature, error) {
	var fc rawCollection
	if err := json.NewDecoder(r).Decode(&fc); err != nil {
		return nil, err
	}
	if fc.Type != "FeatureCollection" {
		return nil, fmt.Errorf("type %q, want FeatureCollection", fc.Type)
	}
	out := make([]Feature, 0, len(fc.Features))
	for i, rf := range fc.Features {
		f := Feature{Props: stringProps(rf.Properties)}
		if err := decodeGeometry(&f, rf.Geometry.Type, rf.Geometry.Coordinates); err != nil {
			return nil, fmt.Errorf("feature %d: %w", i, err)
		}
		out = append(out, f)
	}
	return out, nil
}

func decodeGeometry(f *Feature, typ string, raw json.RawMessage) error {
	switch typ {
	case "Polygon":
		return json.Unmarshal(raw, &f.Rings)
	case "MultiPolygon":
		var polys [][][]LonLat
		if err := json.Unmarshal(raw, &polys); err != nil {
			return err
		}
		for _, p := range polys {
			f.Rings = append(f.Rings, p...)
		}
		return nil
	case "LineString":
		var line []LonLat
		if err := json.Unmarshal(raw, &line); err != nil {
			return err
		}
		f.Lines = [][]LonLat{line}
		return nil
	case "MultiLineString":
		return json.Unmarshal(raw, &f.Lines)
	}
	return fmt.Errorf("unsupported geometry %q", typ)
}

// stringProps turns JSON property values into strings; null becomes "".
func stringProps(in map[string]any) map[string]string {
	out := make(map[string]string, len(in))
	for k, v := range in {
		switch v := v.(type) {
		case nil:
			out[k] = ""
		case string:
			out[k] = v
		case float64:
			out[k] = strconv.FormatFloat(v, 'f', -1, 64)
		default:
			out[k] = fmt.Sprint(v)
		}
	}
	return out
}

// placeColumns are the columns ReadPlaces needs, in any order.
var placeColumns = []string{"id", "name", "chinese", "modern", "lat", "lon", "kind", "notes", "source"}

// ReadPlaces decodes places.tsv: tab-separated, one header line.
func ReadPlaces(r io.Reader) ([]Place, error) {
	cr := csv.NewReader(r)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("empty file")
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, c := range placeColumns {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("missing column %q", c)
		}
	}
	var out []Place
	for n, rec := range recs[1:] {
		p, err := placeFrom(rec, col)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+2, err)
		}
		out = append(out, p)
	}
	return out, nil
}

func placeFrom(rec []string, col map[string]int) (Place, error) {
	get := func(k string) string {
		if i := col[k]; i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	lat, err1 := strconv.ParseFloat(get("lat"), 64)
	lon, err2 := strconv.ParseFloat(get("lon"), 64)
	if err1 != nil || err2 != nil {
		return Place{}, fmt.Errorf("bad lat/lon %q %q", get("lat"), get("lon"))
	}
	if get("id") == "" {
		return Place{}, fmt.Errorf("empty id")
	}
	return Place{
		ID: get("id"), Name: get("name"), Chinese: get("chinese"), Modern: get("modern"),
		Lat: lat, Lon: lon, Kind: get("kind"), Notes: get("notes"), Source: get("source"),
	}, nil
}
