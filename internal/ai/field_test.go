package ai

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
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

// A field traces only as far as the questions asked of it need, and every
// answer is the whole search's: asked hex by hex in a shuffled order, from
// two goroutines at once, a field on the map of China gives the plain
// Dijkstra's distance for each hex, and "no" for each it cannot reach; so
// does a fresh field asked about one hex.
// Asked only about the hexes next to its target first, it has not yet
// traced the map.
func TestFieldAnswersEachHexAsTheWholeSearch(t *testing.T) {
	l, err := scenario.Builtin("taiyuan-1126")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	target := s.Place("taiyuan").At
	for _, id := range []string{"infantry", "heavy_cavalry", "river_boats"} {
		c := s.Rules().Classes[id]
		want := plainField(s, c, []game.Hex{target})
		f := DistanceField(s, c, []game.Hex{target})
		allReached := true
		for _, n := range target.Neighbours() {
			w, reached := want[n]
			allReached = allReached && reached
			if d, ok := f.At(n); ok != reached || ok && d != w {
				t.Fatalf("%s: next to the target %v costs %d (%v), plain Dijkstra %d", id, n, d, ok, w)
			}
		}
		// A hex it cannot reach is known only at the search's end, and
		// the boats' waters are a few rivers: the land is the test.
		if allReached && !c.Naval() && f.done.Load() {
			t.Fatalf("%s: asked about the target's neighbours, the field traced the whole map", id)
		}
		var hexes []game.Hex
		for r := -1; r <= s.Map.Rows; r++ {
			for col := -1; col <= s.Map.Cols; col++ {
				hexes = append(hexes, game.Hex{Col: col, Row: r})
			}
		}
		rng := rand.New(rand.NewPCG(uint64(len(id)), 7))
		rng.Shuffle(len(hexes), func(i, j int) { hexes[i], hexes[j] = hexes[j], hexes[i] })
		// Each hex asked first of a fresh field, where the search has
		// gone just far enough for it.
		for _, h := range hexes[:400] {
			w, reached := want[h]
			if d, ok := DistanceField(s, c, []game.Hex{target}).At(h); ok != reached || ok && d != w {
				t.Fatalf("%s: hex %v asked first costs %d (%v), plain Dijkstra %d (%v)", id, h, d, ok, w, reached)
			}
		}
		var wg sync.WaitGroup
		bad := make(chan string, 2)
		for half := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, h := range hexes[half*len(hexes)/2 : (half+1)*len(hexes)/2] {
					w, reached := want[h]
					if d, ok := f.At(h); ok != reached || ok && d != w {
						bad <- fmt.Sprintf("%s: hex %v costs %d (%v), plain Dijkstra %d (%v)", id, h, d, ok, w, reached)
						return
					}
				}
			}()
		}
		wg.Wait()
		close(bad)
		for msg := range bad {
			t.Fatal(msg)
		}
	}
}

// BenchmarkDistanceField measures one whole field over the largest
// built-in map.
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
		DistanceField(s, c, targets).finish()
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

// The distance-field cache keeps what it was given within its budget, in
// fields and in bytes (on the map of China a field is 87 kB), forgetting
// the oldest first, and what it answers is always a fresh field.
func TestFieldCacheStaysWithinItsBudget(t *testing.T) {
	l, err := scenario.Builtin("grand-campaign-1125")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	c := s.Rules().Classes["infantry"]
	size := 4 * s.Map.Cols * s.Map.Rows
	asked := maxFieldBytes/size + 10
	if asked >= maxFields {
		t.Fatalf("the board is wrong: %d fields of %d bytes would not pass the byte budget before the count", asked, size)
	}
	fc := newFieldCache()
	var last *Field
	var lastTargets []game.Hex
	for i := range asked {
		targets := []game.Hex{{Col: 40 + i%50, Row: 60 + i/50}}
		last, lastTargets = fc.get(s, c, targets), targets
		if fc.bytes > maxFieldBytes {
			t.Fatalf("after %d fields the cache holds %d bytes, over its %d", i+1, fc.bytes, maxFieldBytes)
		}
	}
	if len(fc.m) != len(fc.order) || len(fc.m) >= asked {
		t.Fatalf("the cache holds %d fields (%d in order) of %d asked, want the oldest forgotten", len(fc.m), len(fc.order), asked)
	}
	if fc.bytes != size*len(fc.m) {
		t.Errorf("the cache counts %d bytes for %d fields of %d", fc.bytes, len(fc.m), size)
	}
	if again := fc.get(s, c, lastTargets); again != last {
		t.Error("the newest field was forgotten or traced again")
	}
	fresh := DistanceField(s, c, lastTargets)
	last.each(func(h game.Hex, d int) {
		if v, ok := fresh.At(h); !ok || v != d {
			t.Fatalf("the cached field says %v costs %d, a fresh one %d", h, d, v)
		}
	})
}

// The cache answers for each way of moving with its own costs, and after
// the terrain changes with the new terrain's: every field it gives equals
// a fresh one, for foot, horse and ships, before and after a band of hexes
// around the target turns to marsh.
func TestFieldCacheFollowsTheWayOfMovingAndTheTerrain(t *testing.T) {
	l, err := scenario.Builtin("grand-campaign-1125")
	if err != nil {
		t.Fatal(err)
	}
	s := l.NewGame(1)
	fc := newFieldCache()
	target := s.Place("kaifeng").At
	check := func(when string) {
		t.Helper()
		for _, id := range []string{"infantry", "heavy_cavalry", "river_boats"} {
			c := s.Rules().Classes[id]
			got, want := fc.get(s, c, []game.Hex{target}), DistanceField(s, c, []game.Hex{target})
			g, w := got.all(), want.all()
			for i := range w {
				if g[i] != w[i] {
					t.Fatalf("%s, %s: hex %d costs %d from the cache, %d fresh", when, id, i, g[i], w[i])
				}
			}
		}
	}
	check("as the game starts")
	foot, horse := fc.get(s, s.Rules().Classes["infantry"], []game.Hex{target}), fc.get(s, s.Rules().Classes["heavy_cavalry"], []game.Hex{target})
	if slices.Equal(foot.all(), horse.all()) {
		t.Fatal("the board is wrong: foot and horse move alike on it")
	}
	marsh := s.Rules().Terrain["marsh"]
	for _, h := range hexesWithin(target, 3) {
		if h != target && s.Map.In(h) {
			s.SetTerrain(h, marsh)
		}
	}
	check("after the flood")
}

// The neighbour tables are kept for the last few sizes of map only, and
// each lists a hex's neighbours on the map by index, -1 off it.
func TestNeighbourTablesKeepTheLastFewSizes(t *testing.T) {
	for n := 3; n < 3+2*maxNeighbourTables; n++ {
		of := neighbourTable(n, n+1)
		if len(of) != 6*n*(n+1) {
			t.Fatalf("%d×%d: a table of %d entries, want %d", n, n+1, len(of), 6*n*(n+1))
		}
		for i := range n * (n + 1) {
			h := game.Hex{Col: i % n, Row: i / n}
			for k, nb := range h.Neighbours() {
				want := int32(-1)
				if nb.Col >= 0 && nb.Row >= 0 && nb.Col < n && nb.Row < n+1 {
					want = int32(nb.Row*n + nb.Col)
				}
				if of[6*i+k] != want {
					t.Fatalf("%d×%d: neighbour %d of %v is %d, want %d", n, n+1, k, h, of[6*i+k], want)
				}
			}
		}
	}
	neighbourTables.Lock()
	kept := len(neighbourTables.tables)
	neighbourTables.Unlock()
	if kept > maxNeighbourTables {
		t.Errorf("%d tables kept, want at most %d", kept, maxNeighbourTables)
	}
}

// A state that was never indexed has no TerrainID; the field cache then
// names its terrain by a hash of its cells, so that two such states share
// fields only when their cells are the same.
func TestTerrainKeyOfAnUnindexedStateFollowsItsCells(t *testing.T) {
	bare := func(cells ...byte) *game.State {
		return &game.State{Map: game.Map{Cols: len(cells), Rows: 1, Cells: cells}}
	}
	cells := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	a, b := bare(cells...), bare(slices.Clone(cells)...)
	if a.TerrainID() != 0 {
		t.Fatal("the board is wrong: a bare state has a TerrainID")
	}
	if terrainKey(a) != terrainKey(b) {
		t.Error("two bare states with the same cells have different terrain keys")
	}
	for i := range cells {
		changed := slices.Clone(cells)
		changed[i]++
		if terrainKey(bare(changed...)) == terrainKey(a) {
			t.Errorf("changing cell %d leaves the terrain key as it was", i)
		}
	}
}
