package ai

import (
	"container/heap"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
)

// plainField is the textbook form of DistanceField over maps and
// State.CanStand: the fast one must give exactly the same distances.
func plainField(s *game.State, c *game.Class, targets []game.Hex) map[game.Hex]int {
	dist := map[game.Hex]int{}
	pq := &queue{}
	for _, t := range targets {
		if s.Map.In(t) {
			dist[t] = 0
			heap.Push(pq, item{t, 0})
		}
	}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		if cur.d > dist[cur.h] || (cur.d > 0 && !s.CanStand(c, cur.h)) {
			continue
		}
		step := 1
		if v, ok := s.MoveCost(c, cur.h); ok {
			step = v
		}
		for _, n := range cur.h.Neighbours() {
			if !s.CanStand(c, n) {
				continue
			}
			if old, ok := dist[n]; ok && old <= cur.d+step {
				continue
			}
			dist[n] = cur.d + step
			heap.Push(pq, item{n, cur.d + step})
		}
	}
	return dist
}

func TestDistanceFieldMatchesPlainDijkstra(t *testing.T) {
	states := []*game.State{loadTest(t, "crossing.toml").NewGame(1)}
	for _, sm := range scenario.ListBuiltin() {
		l, err := scenario.Builtin(sm.ID)
		if err != nil {
			t.Fatal(err)
		}
		states = append(states, l.NewGame(1))
	}
	for _, s := range states {
		var places []game.Hex
		for _, p := range s.Places {
			places = append(places, p.At)
		}
		odd := []game.Hex{{Col: -1, Row: 0}, {Col: 0, Row: 0}, {Col: s.Map.Cols - 1, Row: s.Map.Rows - 1}}
		for _, id := range []string{"infantry", "heavy_cavalry", "trebuchets", "river_boats", "sea_warships"} {
			c := s.Rules().Classes[id]
			if c == nil {
				continue
			}
			for _, targets := range [][]game.Hex{places, odd} {
				fast, want := DistanceField(s, c, targets), plainField(s, c, targets)
				n := 0
				fast.each(func(h game.Hex, d int) {
					n++
					if want[h] != d {
						t.Fatalf("%s %s: hex %v costs %d, plain Dijkstra says %d", s.Scn.ID, id, h, d, want[h])
					}
				})
				if n != len(want) {
					t.Fatalf("%s %s: fast field reaches %d hexes, plain %d", s.Scn.ID, id, n, len(want))
				}
			}
		}
	}
}

// BenchmarkDistanceField measures one field over the largest built-in map.
func BenchmarkDistanceField(b *testing.B) {
	var s *game.State
	for _, sm := range scenario.ListBuiltin() {
		if l, err := scenario.Builtin(sm.ID); err == nil {
			if g := l.NewGame(1); s == nil || len(g.Map.Cells) > len(s.Map.Cells) {
				s = g
			}
		}
	}
	c := s.Rules().Classes["infantry"]
	targets := []game.Hex{s.Places[0].At}
	for i := 0; i < b.N; i++ {
		DistanceField(s, c, targets)
	}
}

type item struct {
	h game.Hex
	d int
}

// queue is a min-heap of hexes by distance for the plain Dijkstra.
type queue []item

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].d < q[j].d }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(item)) }
func (q *queue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}
