package ai

import (
	"encoding/binary"
	"sync"

	"jinsong/game"
)

// Field holds, for every hex of the map, the movement cost to the nearest of
// a set of target hexes (or nothing where the targets cannot be reached).
type Field struct {
	cols, rows int
	d          []int32 // -1 where unreachable
}

// At returns the cost from h to the nearest target.
func (f *Field) At(h game.Hex) (int, bool) {
	if h.Col < 0 || h.Row < 0 || h.Col >= f.cols || h.Row >= f.rows {
		return 0, false
	}
	d := f.d[h.Row*f.cols+h.Col]
	return int(d), d >= 0
}

// each calls fn for every reachable hex, row by row.
func (f *Field) each(fn func(game.Hex, int)) {
	for i, d := range f.d {
		if d >= 0 {
			fn(game.Hex{Col: i % f.cols, Row: i / f.cols}, int(d))
		}
	}
}

// DistanceField is the movement cost for class c from every hex to the
// nearest target, by Dijkstra over terrain alone. Targets a class cannot
// stand on are still reached (the last step is free), so a city across a
// river or a zone of water counts.
func DistanceField(s *game.State, c *game.Class, targets []game.Hex) *Field {
	return distanceField(s, targets, moveCosts(s, c))
}

// moveCosts is the cost for class c of entering each hex of the map, by
// index, 0 where it cannot stand.
func moveCosts(s *game.State, c *game.Class) []int32 {
	cols := s.Map.Cols
	cost := make([]int32, cols*s.Map.Rows)
	for i := range cost {
		if v, ok := s.MoveCost(c, game.Hex{Col: i % cols, Row: i / cols}); ok {
			cost[i] = int32(v)
		}
	}
	return cost
}

// neighbourTables holds, for the last few sizes of map met, every hex's
// six neighbours by index (-1 off the map): the searches step through
// them millions of times a game. A window that loads one mod after
// another keeps at most maxNeighbourTables of them (6 MB for the largest
// map a scenario may have).
var neighbourTables struct {
	sync.Mutex
	tables []neighbours
}

const maxNeighbourTables = 4

type neighbours struct {
	cols, rows int
	of         []int32
}

func neighbourTable(cols, rows int) []int32 {
	neighbourTables.Lock()
	defer neighbourTables.Unlock()
	for _, t := range neighbourTables.tables {
		if t.cols == cols && t.rows == rows {
			return t.of
		}
	}
	of := make([]int32, 6*cols*rows)
	for i := range cols * rows {
		h := game.Hex{Col: i % cols, Row: i / cols}
		for k, n := range h.Neighbours() {
			of[6*i+k] = -1
			if n.Col >= 0 && n.Row >= 0 && n.Col < cols && n.Row < rows {
				of[6*i+k] = int32(n.Row*cols + n.Col)
			}
		}
	}
	if len(neighbourTables.tables) >= maxNeighbourTables {
		neighbourTables.tables = neighbourTables.tables[1:]
	}
	neighbourTables.tables = append(neighbourTables.tables, neighbours{cols, rows, of})
	return of
}

// dialBuckets are the buckets of one search, one per distance, kept for
// the next search with their room.
type dialBuckets struct{ b [][]int32 }

var bucketPool = sync.Pool{New: func() any { return new(dialBuckets) }}

// distanceField is DistanceField over the costs of entering each hex
// (moveCosts).
func distanceField(s *game.State, targets []game.Hex, cost []int32) *Field {
	cols, rows := s.Map.Cols, s.Map.Rows
	f := &Field{cols: cols, rows: rows, d: make([]int32, cols*rows)}
	for i := range f.d {
		f.d[i] = -1
	}
	nb := neighbourTable(cols, rows)
	// Dial's algorithm: costs are small integers, so a bucket per distance
	// replaces the heap.
	pool := bucketPool.Get().(*dialBuckets)
	buckets := pool.b[:0]
	push := func(i int32, d int32) {
		for int(d) >= len(buckets) {
			if len(buckets) < cap(buckets) {
				buckets = buckets[:len(buckets)+1]
				buckets[len(buckets)-1] = buckets[len(buckets)-1][:0]
			} else {
				buckets = append(buckets, nil)
			}
		}
		buckets[d] = append(buckets[d], i)
	}
	for _, t := range targets {
		if s.Map.In(t) {
			i := int32(t.Row*cols + t.Col)
			f.d[i] = 0
			push(i, 0)
		}
	}
	for d := 0; d < len(buckets); d++ {
		for k := 0; k < len(buckets[d]); k++ {
			ci := buckets[d][k]
			if f.d[ci] != int32(d) || (d > 0 && cost[ci] == 0) {
				continue
			}
			step := cost[ci]
			if step == 0 {
				step = 1 // an unstandable target: leaving it costs 1
			}
			nd := int32(d) + step
			for _, ni := range nb[6*ci : 6*ci+6] {
				if ni < 0 || cost[ni] == 0 {
					continue
				}
				if old := f.d[ni]; old >= 0 && old <= nd {
					continue
				}
				f.d[ni] = nd
				push(ni, nd)
			}
		}
		buckets[d] = buckets[d][:0]
	}
	pool.b = buckets
	bucketPool.Put(pool)
	return f
}

// fieldCache keeps distance fields across turns and game states. A field
// depends only on the class's way of moving, the targets and the terrain, so
// the key carries a hash of the map's cells (events and special orders can
// change the terrain). The oldest fields are dropped beyond maxFields, or
// beyond maxFieldBytes of them: on the map of China a field is 87 kB, and
// 96 of them for each computer player held most of a headless game's
// memory.
type fieldCache struct {
	mu    sync.Mutex // the Commander's rollouts share it from several goroutines
	m     map[string]*Field
	order []string
	bytes int
	// costs are the costs of entering each hex (moveCosts) by way of
	// moving and terrain: every field of one way of moving starts from
	// the same table.
	costs map[string][]int32
}

const (
	maxFields     = 96
	maxFieldBytes = 4 << 20
	// maxCostTables bounds fieldCache.costs: a scenario has a handful of
	// ways of moving, and its terrain changes a few times a game at most.
	maxCostTables = 8
)

func newFieldCache() *fieldCache {
	return &fieldCache{m: map[string]*Field{}, costs: map[string][]int32{}}
}

// moveCosts is moveCosts(s, c) kept under key (the way of moving and the
// terrain).
func (fc *fieldCache) moveCosts(s *game.State, c *game.Class, key string) []int32 {
	fc.mu.Lock()
	cost, ok := fc.costs[key]
	fc.mu.Unlock()
	if ok {
		return cost
	}
	cost = moveCosts(s, c)
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if len(fc.costs) >= maxCostTables {
		clear(fc.costs)
	}
	fc.costs[key] = cost
	return cost
}

func (fc *fieldCache) get(s *game.State, c *game.Class, targets []game.Hex) *Field {
	naval := byte(0)
	if c.Naval() {
		naval = 1 // ships may also enter ports
	}
	way, cells := string(append([]byte{naval}, c.MoveType...)), cellsKey(s)
	key := way + "|" + hexKey(targets) + "|" + cells
	fc.mu.Lock()
	f, ok := fc.m[key]
	fc.mu.Unlock()
	if ok {
		return f
	}
	f = distanceField(s, targets, fc.moveCosts(s, c, way+"|"+cells))
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if _, ok := fc.m[key]; ok {
		return fc.m[key] // another rollout traced it meanwhile
	}
	size := 4 * len(f.d)
	for len(fc.order) > 0 && (len(fc.order) >= maxFields || fc.bytes+size > maxFieldBytes) {
		fc.bytes -= 4 * len(fc.m[fc.order[0]].d)
		delete(fc.m, fc.order[0])
		fc.order = fc.order[1:]
	}
	fc.m[key] = f
	fc.order = append(fc.order, key)
	fc.bytes += size
	return f
}

// cellsKey hashes the terrain of s, eight cells at a time.
func cellsKey(s *game.State) string {
	cells := s.Map.Cells
	h := uint64(len(cells)) * 0x9E3779B97F4A7C15
	i := 0
	for ; i+8 <= len(cells); i += 8 {
		h = (h ^ binary.LittleEndian.Uint64(cells[i:])) * 0xBF58476D1CE4E5B9
		h ^= h >> 29
	}
	for ; i < len(cells); i++ {
		h = (h ^ uint64(cells[i])) * 0x94D049BB133111EB
	}
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], h)
	return string(b[:])
}
