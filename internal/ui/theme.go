package ui

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// FontStyle selects one of the game's typefaces.
type FontStyle int

// The typefaces: the Go fonts from golang.org/x/image (BSD licence).
const (
	Regular FontStyle = iota
	Bold
)

var (
	sourcesOnce sync.Once
	sources     [2]*text.GoTextFaceSource
)

func loadSources() {
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF} {
		s, err := text.NewGoTextFaceSource(bytes.NewReader(ttf))
		if err != nil {
			panic(fmt.Sprintf("ui: the built-in Go font does not load: %v", err))
		}
		sources[i] = s
	}
}

// Fonts hands out text faces by style and pixel size. Sizes are rounded to
// half a pixel so that a zooming map asks for few distinct faces (each face
// keeps its own glyph cache).
type Fonts struct {
	faces map[faceKey]*text.GoTextFace
}

type faceKey struct {
	style FontStyle
	half  int // size in half pixels
}

// NewFonts returns an empty face cache.
func NewFonts() *Fonts {
	sourcesOnce.Do(loadSources)
	return &Fonts{faces: map[faceKey]*text.GoTextFace{}}
}

// Face returns the face of style at size pixels.
func (f *Fonts) Face(style FontStyle, size float64) *text.GoTextFace {
	k := faceKey{style, int(math.Round(max(size, 4) * 2))}
	if fc, ok := f.faces[k]; ok {
		return fc
	}
	fc := &text.GoTextFace{Source: sources[style], Size: float64(k.half) / 2}
	f.faces[k] = fc
	return fc
}

// Theme holds the colours and sizes of the interface at one UI scale. Every
// size a widget uses is a base size (at scale 1) times Scale.
type Theme struct {
	Scale float64
	Fonts *Fonts

	Background  color.RGBA // behind everything
	Panel       color.RGBA // panel fill
	PanelBorder color.RGBA
	Text        color.RGBA
	TextDim     color.RGBA
	Accent      color.RGBA // highlights, the selected item
	Button      color.RGBA
	ButtonHover color.RGBA
	ButtonDown  color.RGBA
	ButtonOff   color.RGBA
	Danger      color.RGBA
	Good        color.RGBA
	Shadow      color.RGBA
}

// NewTheme returns the game's theme at the given UI scale (1 to 3).
func NewTheme(scale float64) *Theme {
	return &Theme{
		Scale:       scale,
		Fonts:       NewFonts(),
		Background:  color.RGBA{0x17, 0x1b, 0x24, 0xff},
		Panel:       color.RGBA{0x22, 0x28, 0x34, 0xf2},
		PanelBorder: color.RGBA{0x4a, 0x55, 0x6b, 0xff},
		Text:        color.RGBA{0xf2, 0xee, 0xe3, 0xff},
		TextDim:     color.RGBA{0xa9, 0xb0, 0xbd, 0xff},
		Accent:      color.RGBA{0xe8, 0xb3, 0x4b, 0xff},
		Button:      color.RGBA{0x3a, 0x45, 0x59, 0xff},
		ButtonHover: color.RGBA{0x4f, 0x5e, 0x7a, 0xff},
		ButtonDown:  color.RGBA{0x2c, 0x35, 0x45, 0xff},
		ButtonOff:   color.RGBA{0x2a, 0x2f, 0x3a, 0xff},
		Danger:      color.RGBA{0xd9, 0x4f, 0x3d, 0xff},
		Good:        color.RGBA{0x6c, 0xc0, 0x5a, 0xff},
		Shadow:      color.RGBA{0, 0, 0, 0x90},
	}
}

// S scales a base size to pixels.
func (t *Theme) S(v float64) float64 { return v * t.Scale }

// Text sizes at scale 1, in pixels.
const (
	SizeSmall  = 14
	SizeBody   = 16
	SizeLarge  = 20
	SizeTitle  = 28
	SizeHeroic = 56
)

// Face returns the face of style at base size (scaled by the theme).
func (t *Theme) Face(style FontStyle, base float64) *text.GoTextFace {
	return t.Fonts.Face(style, base*t.Scale)
}

// Body is the regular face at body size.
func (t *Theme) Body() *text.GoTextFace { return t.Face(Regular, SizeBody) }

// LineHeight is the distance between baselines of face.
func LineHeight(face *text.GoTextFace) float64 {
	m := face.Metrics()
	return math.Ceil(m.HAscent + m.HDescent + m.HLineGap*0.5 + face.Size*0.15)
}

// HighContrast switches the theme to the presenter's palette: black
// behind, opaque panels, white text, bright accents and borders, for
// projectors in lit rooms.
func (t *Theme) HighContrast() {
	t.Background = color.RGBA{0, 0, 0, 0xff}
	t.Panel = color.RGBA{0x0c, 0x0c, 0x10, 0xff}
	t.PanelBorder = color.RGBA{0xff, 0xff, 0xff, 0xff}
	t.Text = color.RGBA{0xff, 0xff, 0xff, 0xff}
	t.TextDim = color.RGBA{0xe0, 0xe0, 0xe0, 0xff}
	t.Accent = color.RGBA{0xff, 0xd0, 0x00, 0xff}
	t.Button = color.RGBA{0x20, 0x28, 0x40, 0xff}
	t.ButtonHover = color.RGBA{0x30, 0x48, 0x80, 0xff}
	t.ButtonDown = color.RGBA{0x10, 0x18, 0x28, 0xff}
	t.ButtonOff = color.RGBA{0x18, 0x18, 0x18, 0xff}
	t.Danger = color.RGBA{0xff, 0x50, 0x40, 0xff}
	t.Good = color.RGBA{0x60, 0xff, 0x60, 0xff}
}
