package game

import "testing"

func TestNeighboursAreAtDistanceOne(t *testing.T) {
	for _, h := range []Hex{{0, 0}, {3, 3}, {4, 4}, {5, 2}} {
		seen := map[Hex]bool{}
		for _, n := range h.Neighbours() {
			if d := Distance(h, n); d != 1 {
				t.Errorf("neighbour %v of %v at distance %d", n, h, d)
			}
			seen[n] = true
		}
		if len(seen) != 6 {
			t.Errorf("%v has %d distinct neighbours, want 6", h, len(seen))
		}
	}
}

func TestDistanceOddR(t *testing.T) {
	cases := []struct {
		a, b Hex
		want int
	}{
		{Hex{0, 0}, Hex{0, 0}, 0},
		{Hex{0, 0}, Hex{3, 0}, 3},
		{Hex{0, 0}, Hex{0, 1}, 1}, // odd row shifted east: (0,1) touches (0,0)
		{Hex{1, 0}, Hex{0, 1}, 1},
		{Hex{0, 1}, Hex{0, 0}, 1},
		{Hex{0, 1}, Hex{1, 0}, 1},
		{Hex{0, 0}, Hex{0, 2}, 2},
		{Hex{0, 0}, Hex{2, 4}, 4},
		{Hex{2, 2}, Hex{5, 5}, 5},
	}
	for _, c := range cases {
		if got := Distance(c.a, c.b); got != c.want {
			t.Errorf("Distance(%v, %v) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := Distance(c.b, c.a); got != c.want {
			t.Errorf("Distance is not symmetric for %v, %v", c.a, c.b)
		}
	}
}
