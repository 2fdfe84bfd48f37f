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
	cols, rows := s.Map.Cols, s.Map.Rows
	f := &Field{cols: cols, rows: rows, d: make([]int32, cols*rows)}
	for i := range f.d {
		f.d[i] = -1
	}
	// cost[i]: cost of entering hex i, 0 where the class cannot stand.
	cost := make([]int32, cols*rows)
	for i := range cost {
		if v, ok := s.MoveCost(c, game.Hex{Col: i % cols, Row: i / cols}); ok {
			cost[i] = int32(v)
		}
	}
	// Dial's algorithm: costs are small integers, so a bucket per distance
	// replaces the heap.
	var buckets [][]int32
	push := func(i int32, d int32) {
		for int(d) >= len(buckets) {
			buckets = append(buckets, nil)
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
			h := game.Hex{Col: int(ci) % cols, Row: int(ci) / cols}
			for _, n := range h.Neighbours() {
				if n.Col < 0 || n.Row < 0 || n.Col >= cols || n.Row >= rows {
					continue
				}
				ni := int32(n.Row*cols + n.Col)
				if cost[ni] == 0 {
					continue
				}
				nd := int32(d) + step
				if old := f.d[ni]; old >= 0 && old <= nd {
					continue
				}
				f.d[ni] = nd
				push(ni, nd)
			}
		}
		buckets[d] = nil
	}
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
}

const (
	maxFields     = 96
	maxFieldBytes = 4 << 20
)

func newFieldCache() *fieldCache { return &fieldCache{m: map[string]*Field{}} }

func (fc *fieldCache) get(s *game.State, c *game.Class, targets []game.Hex) *Field {
	naval := byte(0)
	if c.Naval() {
		naval = 1 // ships may also enter ports
	}
	key := string(append([]byte{naval}, c.MoveType...)) + "|" + hexKey(targets) + "|" + cellsKey(s)
	fc.mu.Lock()
	f, ok := fc.m[key]
	fc.mu.Unlock()
	if ok {
		return f
	}
	f = DistanceField(s, c, targets)
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
