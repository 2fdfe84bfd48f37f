package client

import (
	"image/color"
	"math"
	"testing"
)

// Machado, Oliveira and Fernandes (2009), severity 1.0: the colour a
// person with protanopia or deuteranopia sees, as a matrix on linear RGB.
var (
	protanopia = [3][3]float64{
		{0.152286, 1.052583, -0.204868},
		{0.114503, 0.786281, 0.099216},
		{-0.003882, -0.048116, 1.051998},
	}
	deuteranopia = [3][3]float64{
		{0.367322, 0.860646, -0.227968},
		{0.280085, 0.672501, 0.047413},
		{-0.011820, 0.042940, 0.968881},
	}
	normalVision = [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
)

// minSideDistance is the least CIE76 ΔE allowed between two side colours
// as anyone sees them (about 2.3 is just noticeable; 40 is plainly apart).
const minSideDistance = 40

func linear(v uint8) float64 {
	c := float64(v) / 255
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

// seen is c as seen through m, in CIE L*a*b* (D65).
func seen(c color.RGBA, m [3][3]float64) [3]float64 {
	in := [3]float64{linear(c.R), linear(c.G), linear(c.B)}
	var rgb [3]float64
	for i := range 3 {
		for k := range 3 {
			rgb[i] += m[i][k] * in[k]
		}
		rgb[i] = min(max(rgb[i], 0), 1)
	}
	x := (0.4124*rgb[0] + 0.3576*rgb[1] + 0.1805*rgb[2]) / 0.95047
	y := 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
	z := (0.0193*rgb[0] + 0.1192*rgb[1] + 0.9505*rgb[2]) / 1.08883
	f := func(t float64) float64 {
		if t > 0.008856 {
			return math.Cbrt(t)
		}
		return 7.787*t + 16.0/116
	}
	return [3]float64{116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))}
}

func deltaE(a, b [3]float64) float64 {
	return math.Sqrt((a[0]-b[0])*(a[0]-b[0]) + (a[1]-b[1])*(a[1]-b[1]) + (a[2]-b[2])*(a[2]-b[2]))
}

// Every pair of the safe side colours stays apart for normal vision and
// under simulated protanopia and deuteranopia.
func TestSafeSideColoursStayApart(t *testing.T) {
	if len(SafeSideColours) < 3 {
		t.Fatalf("only %d safe colours; three-sided scenarios need three", len(SafeSideColours))
	}
	for _, v := range []struct {
		name string
		m    [3][3]float64
	}{{"normal vision", normalVision}, {"protanopia", protanopia}, {"deuteranopia", deuteranopia}} {
		for i := range SafeSideColours {
			for j := i + 1; j < len(SafeSideColours); j++ {
				d := deltaE(seen(SafeSideColours[i], v.m), seen(SafeSideColours[j], v.m))
				if d < minSideDistance {
					t.Errorf("%s: sides %d and %d are %.0f ΔE apart, want at least %d", v.name, i, j, d, minSideDistance)
				}
			}
		}
	}
	// The check itself tells a bad pair: the scenarios' own gold and red
	// come much closer under deuteranopia than the safe pair does.
	gold, red := color.RGBA{0xc9, 0xa2, 0x27, 0xff}, color.RGBA{0xb5, 0x32, 0x2d, 0xff}
	if d := deltaE(seen(gold, deuteranopia), seen(red, deuteranopia)); d >= minSideDistance {
		t.Errorf("gold and red under deuteranopia are %.0f ΔE apart: the simulation does not bite", d)
	}
}
