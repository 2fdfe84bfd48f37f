package mapgen

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"

	"github.com/BurntSushi/toml"

	"jinsong/game"
	"jinsong/scenarios"
)

// PreviewOptions control Preview.
type PreviewOptions struct {
	Scale  float64 // pixels per hex width; 0 means 8
	Crop   [4]int  // [col0, row0, col1, row1] inclusive; all zero for the whole map
	Labels bool    // write place ids beside their dots
}

// siteColours colours the preview's place dots by kind.
var siteColours = map[string]color.RGBA{
	"capital":        {200, 0, 0, 255},
	"city":           {20, 20, 20, 255},
	"fortress":       {110, 40, 140, 255},
	"port":           {0, 70, 170, 255},
	"pass":           {120, 70, 20, 255},
	"battlefield":    {235, 110, 0, 255},
	"river_crossing": {0, 170, 190, 255},
}

// lineStyles draws the map's lines: colour, width in pixels, dash length
// (0 for solid). Waterways are not drawn: their hexes show them.
var lineStyles = map[string]struct {
	c     color.RGBA
	width int
	dash  float64
}{
	"coast":            {color.RGBA{40, 50, 70, 255}, 1, 0},
	"border":           {color.RGBA{210, 20, 20, 255}, 2, 6},
	"river_after_1128": {color.RGBA{150, 60, 200, 255}, 2, 4},
}

// StandardColours returns the terrain colours of the built-in standard
// ruleset, by map symbol.
func StandardColours() (map[byte]color.RGBA, error) {
	data, err := scenarios.FS.ReadFile("rulesets/standard.toml")
	if err != nil {
		return nil, err
	}
	var rs game.Ruleset
	if err := toml.Unmarshal(data, &rs); err != nil {
		return nil, err
	}
	out := map[byte]color.RGBA{}
	for id, t := range rs.Terrain {
		c, err := parseColour(t.Colour)
		if err != nil || len(t.Symbol) != 1 {
			return nil, fmt.Errorf("terrain %s: bad colour %q or symbol %q", id, t.Colour, t.Symbol)
		}
		out[t.Symbol[0]] = c
	}
	return out, nil
}

func parseColour(s string) (color.RGBA, error) {
	if len(s) != 7 || s[0] != '#' {
		return color.RGBA{}, fmt.Errorf("colour %q", s)
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.RGBA{}, err
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, nil
}

// view maps hex units to pixels for a preview.
type view struct {
	scale  float64
	origin Pt // hex-unit point at pixel (0, 0)
}

func (v view) pixel(p Pt) (float64, float64) {
	return (p.X - v.origin.X) * v.scale, (p.Y - v.origin.Y) * v.scale
}

func (v view) point(x, y float64) Pt {
	return Pt{v.origin.X + x/v.scale, v.origin.Y + y/v.scale}
}

// Preview draws the board: each hex in its terrain colour with a faint
// outline, the coast, the 1142 border, the post-1128 Yellow River and the
// places as dots.
func Preview(b *Board, colours map[byte]color.RGBA, opt PreviewOptions) *image.RGBA {
	if opt.Scale == 0 {
		opt.Scale = 8
	}
	crop := opt.Crop
	if crop == [4]int{} {
		crop = [4]int{0, 0, b.Cols - 1, b.Rows - 1}
	}
	v := view{scale: opt.Scale, origin: Pt{float64(crop[0]) - 0.5, float64(crop[1])*rowStep - 0.6}}
	w := int(math.Ceil((float64(crop[2]-crop[0]) + 1.5) * opt.Scale))
	h := int(math.Ceil((float64(crop[3]-crop[1])*rowStep + 1.2) * opt.Scale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	drawHexes(img, b, colours, v)
	drawMarks(img, b, v)
	for _, l := range b.MapFile.Lines {
		if st, ok := lineStyles[l.Kind]; ok {
			drawLine(img, v, l.Points, st.c, st.width, st.dash)
		}
	}
	drawSites(img, b, v, opt.Labels)
	return img
}

func drawHexes(img *image.RGBA, b *Board, colours map[byte]color.RGBA, v view) {
	off := color.RGBA{235, 235, 235, 255}
	d := 1 / v.scale
	for y := 0; y < img.Rect.Dy(); y++ {
		for x := 0; x < img.Rect.Dx(); x++ {
			p := v.point(float64(x)+0.5, float64(y)+0.5)
			hx := HexAt(p)
			c, ok := colours[b.At(hx)]
			if !ok {
				c = off
			}
			if HexAt(p.Add(Pt{d, 0})) != hx || HexAt(p.Add(Pt{0, d})) != hx {
				c = shade(c, 0.85)
			}
			img.SetRGBA(x, y, c)
		}
	}
}

// marks tell apart in the preview terrains whose ruleset colours are
// close: fords get a light bar, canals a dark dot, lakes a light dot.
var marks = map[byte]struct {
	c    color.RGBA
	w, h float64 // size in hex widths
}{
	Ford:  {color.RGBA{240, 225, 170, 255}, 0.6, 0.16},
	Canal: {color.RGBA{30, 50, 110, 255}, 0.22, 0.22},
	Lake:  {color.RGBA{225, 240, 250, 255}, 0.14, 0.14},
}

func drawMarks(img *image.RGBA, b *Board, v view) {
	for row := 0; row < b.Rows; row++ {
		for col := 0; col < b.Cols; col++ {
			h := game.Hex{Col: col, Row: row}
			m, ok := marks[b.At(h)]
			if !ok {
				continue
			}
			x, y := v.pixel(HexCentre(h))
			w, ht := m.w*v.scale, m.h*v.scale
			fillRect(img, int(x-w/2), int(y-ht/2), max(1, int(w)), max(1, int(ht)), m.c)
		}
	}
}

func shade(c color.RGBA, k float64) color.RGBA {
	return color.RGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), c.A}
}

// drawLine draws a hex-space polyline.
func drawLine(img *image.RGBA, v view, pts [][]float64, c color.RGBA, width int, dash float64) {
	run := 0.0
	for i := 1; i < len(pts); i++ {
		x0, y0 := v.pixel(FromHexSpace(pts[i-1][0], pts[i-1][1]))
		x1, y1 := v.pixel(FromHexSpace(pts[i][0], pts[i][1]))
		n := int(math.Ceil(math.Hypot(x1-x0, y1-y0))) + 1
		for k := 0; k <= n; k++ {
			t := float64(k) / float64(n)
			if dash == 0 || int((run+t*float64(n))/dash)%2 == 0 {
				fillRect(img, int(x0+t*(x1-x0))-width/2, int(y0+t*(y1-y0))-width/2, width, width, c)
			}
		}
		run += float64(n)
	}
}

func drawSites(img *image.RGBA, b *Board, v view, labels bool) {
	r := max(2, int(v.scale/4))
	px := 1
	if v.scale >= 14 {
		px = 2
	}
	for _, s := range b.Sites {
		x, y := v.pixel(HexCentre(game.Hex{Col: s.Col, Row: s.Row}))
		c, ok := siteColours[s.Kind]
		if !ok {
			c = color.RGBA{0, 0, 0, 255}
		}
		fillRect(img, int(x)-r-1, int(y)-r-1, 2*r+3, 2*r+3, color.RGBA{255, 255, 255, 255})
		fillRect(img, int(x)-r, int(y)-r, 2*r+1, 2*r+1, c)
		if labels {
			drawText(img, int(x)+r+2, int(y)-2*px, px, s.ID)
		}
	}
}
