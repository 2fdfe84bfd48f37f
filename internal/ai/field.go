package ai

import (
	"encoding/binary"
	"sync"
	"sync/atomic"

	"jinsong/game"
)

// Field holds, for every hex of the map, the movement cost to the nearest of
// a set of target hexes (or nothing where the targets cannot be reached).
//
// A field is traced lazily: the search runs only as far as the hexes asked
// about need. Dial's algorithm settles hexes in order of distance, so a hex
// whose distance is no more than the buckets already emptied has its final
// answer, and the answers are those of the whole search. Most questions are
// about the hexes near the armies, a corner of the map of China. A field is
// shared by the rollouts' goroutines: until its search is done, questions
// take its lock.
type Field struct {
	cols, rows int
	d          []int32 // -1 where not (yet) reached
	done       atomic.Bool
	mu         sync.Mutex
	search     *fieldSearch // the search still to run; nil once done
}

// fieldSearch is a field's search where it stands: every distance up to
// next is final. Its queue is Dial's ring of buckets: a step costs at most
// costs.max, so the hexes waiting lie within costs.max of next, and a ring
// of costs.max+1 buckets holds them by distance, each bucket used again as
// the search moves on. A search paused for good keeps only its frontier.
type fieldSearch struct {
	cost    costTable
	nb      []int32
	ring    [][]int32
	waiting int // entries in the ring
	next    int
}

// At returns the cost from h to the nearest target.
func (f *Field) At(h game.Hex) (int, bool) {
	if h.Col < 0 || h.Row < 0 || h.Col >= f.cols || h.Row >= f.rows {
		return 0, false
	}
	i := h.Row*f.cols + h.Col
	if f.done.Load() {
		d := f.d[i]
		return int(d), d >= 0
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for f.search != nil && (f.d[i] < 0 || int(f.d[i]) > f.search.next) {
		f.step()
	}
	d := f.d[i]
	return int(d), d >= 0
}

// each calls fn for every reachable hex, row by row.
func (f *Field) each(fn func(game.Hex, int)) {
	f.finish()
	for i, d := range f.d {
		if d >= 0 {
			fn(game.Hex{Col: i % f.cols, Row: i / f.cols}, int(d))
		}
	}
}

// all is the cost from every hex by index, -1 where the targets cannot be
// reached: the whole search.
func (f *Field) all() []int32 {
	f.finish()
	return f.d
}

// finish runs the field's search to its end.
func (f *Field) finish() {
	if f.done.Load() {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for f.search != nil {
		f.step()
	}
}

// step empties the next bucket, settling the hexes at that distance and
// queueing their neighbours. The caller holds f.mu.
func (f *Field) step() {
	fs := f.search
	if fs.waiting == 0 {
		f.search = nil
		f.done.Store(true)
		return
	}
	d := fs.next
	slot := d % len(fs.ring)
	bucket := fs.ring[slot]
	for _, ci := range bucket {
		if f.d[ci] != int32(d) || (d > 0 && fs.cost.of[ci] == 0) {
			continue
		}
		step := fs.cost.of[ci]
		if step == 0 {
			step = 1 // an unstandable target: leaving it costs 1
		}
		nd := int32(d) + step
		for _, ni := range fs.nb[6*ci : 6*ci+6] {
			if ni < 0 || fs.cost.of[ni] == 0 {
				continue
			}
			if old := f.d[ni]; old >= 0 && old <= nd {
				continue
			}
			f.d[ni] = nd
			fs.push(ni, nd)
		}
	}
	fs.waiting -= len(bucket)
	fs.ring[slot] = bucket[:0]
	fs.next++
}

// push queues hex index i at distance d.
func (fs *fieldSearch) push(i, d int32) {
	slot := int(d) % len(fs.ring)
	fs.ring[slot] = append(fs.ring[slot], i)
	fs.waiting++
}

// DistanceField is the movement cost for class c from every hex to the
// nearest target, by Dijkstra over terrain alone. Targets a class cannot
// stand on are still reached (the last step is free), so a city across a
// river or a zone of water counts.
func DistanceField(s *game.State, c *game.Class, targets []game.Hex) *Field {
	return distanceField(s, targets, moveCosts(s, c))
}

// costTable is the cost for a class of entering each hex of the map, by
// index, 0 where it cannot stand, and the largest of them (at least 1).
type costTable struct {
	of  []int32
	max int32
}

// moveCosts is the cost table of class c.
func moveCosts(s *game.State, c *game.Class) costTable {
	cols := s.Map.Cols
	t := costTable{of: make([]int32, cols*s.Map.Rows), max: 1}
	for i := range t.of {
		if v, ok := s.MoveCost(c, game.Hex{Col: i % cols, Row: i / cols}); ok {
			t.of[i] = int32(v)
			t.max = max(t.max, int32(v))
		}
	}
	return t
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

// distanceField is DistanceField over a cost table, with its search not
// yet run.
func distanceField(s *game.State, targets []game.Hex, cost costTable) *Field {
	cols, rows := s.Map.Cols, s.Map.Rows
	f := &Field{cols: cols, rows: rows, d: make([]int32, cols*rows)}
	for i := range f.d {
		f.d[i] = -1
	}
	fs := &fieldSearch{cost: cost, nb: neighbourTable(cols, rows), ring: make([][]int32, cost.max+1)}
	for _, t := range targets {
		if s.Map.In(t) {
			i := int32(t.Row*cols + t.Col)
			f.d[i] = 0
			fs.push(i, 0)
		}
	}
	f.search = fs
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
	costs map[string]costTable
}

const (
	maxFields     = 96
	maxFieldBytes = 4 << 20
	// maxCostTables bounds fieldCache.costs: a scenario has a handful of
	// ways of moving, and its terrain changes a few times a game at most.
	maxCostTables = 8
)

func newFieldCache() *fieldCache {
	return &fieldCache{m: map[string]*Field{}, costs: map[string]costTable{}}
}

// moveCosts is moveCosts(s, c) kept under key (the way of moving and the
// terrain).
func (fc *fieldCache) moveCosts(s *game.State, c *game.Class, key string) costTable {
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
	way, cells := string(append([]byte{naval}, c.MoveType...)), terrainKey(s)
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

// terrainKey names the terrain of s: by its TerrainID, or, for a state
// that has none, by a hash of its cells.
func terrainKey(s *game.State) string {
	id := s.TerrainID()
	if id == 0 {
		return "#" + cellsKey(s)
	}
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], id)
	return string(b[:])
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
