// Command mapgen regenerates the strategic map assets/maps/china.toml from
// the shared geographic data (../shared/geo), and can draw a PNG preview.
//
//	go run ./cmd/mapgen                        # rewrite assets/maps/china.toml
//	go run ./cmd/mapgen -preview /tmp/china.png
//	go run ./cmd/mapgen -preview /tmp/huai.png -crop 80,85,105,110 -scale 24
//	go run ./cmd/mapgen -from assets/maps/china.toml -preview /tmp/china.png  # no regeneration
//
// Default paths are relative to the repository root.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"jinsong/internal/mapgen"
)

func main() {
	root := repoRoot()
	geo := flag.String("geo", filepath.Join(root, "..", "shared", "geo"), "shared geo folder (GeoJSON and places.tsv)")
	out := flag.String("out", filepath.Join(root, "assets", "maps", "china.toml"), "map file to write")
	preview := flag.String("preview", "", "also draw the map into this PNG file")
	scale := flag.Float64("scale", 8, "preview: pixels per hex")
	crop := flag.String("crop", "", "preview: only hexes col0,row0,col1,row1")
	labels := flag.Bool("labels", true, "preview: label the places")
	from := flag.String("from", "", "draw the preview from this existing map file instead of regenerating")
	flag.Parse()

	opts := mapgen.RunOptions{GeoDir: *geo, Out: *out, Preview: *preview, From: *from,
		View: mapgen.PreviewOptions{Scale: *scale, Labels: *labels}}
	if *crop != "" {
		c := &opts.View.Crop
		if _, err := fmt.Sscanf(*crop, "%d,%d,%d,%d", &c[0], &c[1], &c[2], &c[3]); err != nil {
			fail(fmt.Errorf("-crop %q: want col0,row0,col1,row1", *crop))
		}
	}
	if err := mapgen.Run(opts, os.Stderr); err != nil {
		fail(err)
	}
}

// repoRoot finds the directory holding go.mod, from the working directory up.
func repoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mapgen:", err)
	os.Exit(1)
}
