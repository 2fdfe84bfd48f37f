package scenario

import (
	"fmt"
	"strings"

	"jinsong/assets"
	"jinsong/game"
)

// Limits on map files.
const (
	maxSites      = 20000
	maxLines      = 20000
	maxLinePoints = 1000000 // over all lines
)

// lineKinds are the kinds of line a map file may draw.
var lineKinds = []string{"river", "canal", "coast", "border"}

// LineBase returns the kind of line a Line.Kind is drawn as: "river",
// "canal", "coast" or "border", for the kind itself or a variant of it
// written with a suffix after "_" (such as "river_after_1128"); "" for any
// other kind.
func LineBase(kind string) string {
	for _, k := range lineKinds {
		if kind == k || strings.HasPrefix(kind, k+"_") && len(kind) > len(k)+1 {
			return k
		}
	}
	return ""
}

// loadMapFile finds, parses and decodes the map file named by [map] file.
func (b *builder) loadMapFile(name string) (*MapFile, *doc) {
	ref, problem := b.l.findFile(name, "map", assets.FS, "maps", "assets/maps", maxMapFileSize)
	if problem != "" {
		b.d.errf("map.file", "%s", problem)
		return nil, nil
	}
	md := parseDoc(ref.display, ref.data, &b.l.diags)
	if md == nil {
		return nil, nil
	}
	mf := &MapFile{}
	decodeInto(md, mf)
	if !md.has("map") {
		md.errf("", "missing the [map] table of the map file (name, rows)")
		return nil, nil
	}
	if !md.require("map.rows", "one string of terrain symbols per row") {
		return nil, nil
	}
	return mf, md
}

// checkMapFile checks the sites and lines of a map file once its grid is
// known, and indexes the sites by id.
func (b *builder) checkMapFile(md *doc, mf *MapFile) {
	g := &b.st.Map
	b.sites = map[string]Site{}
	if len(mf.Sites) > maxSites {
		md.errf("sites", "too many sites: %d (at most %d)", len(mf.Sites), maxSites)
	}
	for i, s := range mf.Sites {
		p := indexPath("sites", i)
		if md.require(joinKey(p, "id"), "the site's id, which places refer to") {
			checkID(md, joinKey(p, "id"), s.ID)
			if _, dup := b.sites[s.ID]; dup {
				md.errf(joinKey(p, "id"), "site `%s` is defined twice", s.ID)
			}
		}
		if s.Name == "" {
			md.require(joinKey(p, "name"), "the site's name")
		}
		okC := md.require(joinKey(p, "col"), "the site's column")
		okR := md.require(joinKey(p, "row"), "the site's row")
		if okC && okR && !g.In(game.Hex{Col: s.Col, Row: s.Row}) {
			md.errf(p, "site `%s` at %d,%d is off the map, which has %s", s.ID, s.Col, s.Row, b.mapSize())
		}
		if _, dup := b.sites[s.ID]; !dup {
			b.sites[s.ID] = s
		}
	}
	if len(mf.Lines) > maxLines {
		md.errf("lines", "too many lines: %d (at most %d)", len(mf.Lines), maxLines)
	}
	points := 0
	for i, ln := range mf.Lines {
		p := indexPath("lines", i)
		switch {
		case ln.Kind == "":
			if md.require(joinKey(p, "kind"), "river, canal, coast or border") {
				md.errf(joinKey(p, "kind"), "kind must not be empty%s", expectedOneOf(lineKinds))
			}
		case LineBase(ln.Kind) == "":
			hint := " (expected `river`, `canal`, `coast` or `border`, or one of them with a suffix, like `river_after_1128`)"
			if s := suggest(ln.Kind, lineKinds); s != "" {
				hint = fmt.Sprintf(" (did you mean `%s`?)", s)
			}
			md.errf(joinKey(p, "kind"), "unknown line kind `%s`%s", ln.Kind, hint)
		}
		if len(ln.Points) < 2 && !md.suppressed(joinKey(p, "points")) {
			md.errf(p, "a line needs at least 2 points, found %d", len(ln.Points))
		}
		for j, pt := range ln.Points {
			if len(pt) != 2 {
				md.errf(indexPath(joinKey(p, "points"), j), "a point must be [x, y], found %s", numbers(len(pt)))
			}
		}
		points += len(ln.Points)
	}
	if points > maxLinePoints {
		md.errf("lines", "the lines have %d points in all (at most %d)", points, maxLinePoints)
	}
}
