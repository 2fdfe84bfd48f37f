package game

import (
	"math/bits"
	"sync"
)

// SupplyLines is the set of hexes a side's supply lines reach: the answer
// of SupplyMap, one bit a hex of the map.
type SupplyLines struct {
	cols, rows int
	bits       hexBits
}

// Has reports whether h is in supply.
func (l SupplyLines) Has(h Hex) bool {
	if h.Col < 0 || h.Row < 0 || h.Col >= l.cols || h.Row >= l.rows {
		return false
	}
	return l.bits.has(h.Row*l.cols + h.Col)
}

// Hexes lists the hexes in supply, in row-major order.
func (l SupplyLines) Hexes() []Hex {
	var out []Hex
	for i := range l.cols * l.rows {
		if l.bits.has(i) {
			out = append(out, Hex{Col: i % l.cols, Row: i / l.cols})
		}
	}
	return out
}

// Len is how many hexes are in supply.
func (l SupplyLines) Len() int {
	n := 0
	for _, w := range l.bits {
		n += bits.OnesCount64(w)
	}
	return n
}

// SupplyMap returns the hexes where side's units are in supply: those a
// supply line can reach from a supply city of side that is not blockaded.
// A line spends LandCost per land hex and WaterCost per navigable water hex,
// may not pass enemy units, nor enemy zones of control unless a friendly unit
// stands there, nor water held by enemy ships.
//
// Whether a hex may be entered does not depend on the way there, so the
// hexes in supply are those whose cheapest line costs no more than Range:
// a Dijkstra search over flat bit sets of the map, its queue kept in order
// without a heap (stepQueues; the AI asks for supply many times a turn in
// its look-ahead).
//
// The answer is remembered on s, like Reachable's, until something it
// depends on changes (supplyKey).
func SupplyMap(s *State, side string) SupplyLines {
	key := supplyKey(s, side)
	if m, ok := s.supplyMemo[side]; ok && m.key == key {
		return m.lines
	}
	out := supplyMap(s, side)
	if s.supplyMemo == nil {
		s.supplyMemo = map[string]supplyEntry{}
	}
	s.supplyMemo[side] = supplyEntry{key, out}
	return out
}

// supplyEntry is a SupplyMap answer kept with the fingerprint of what it
// depended on.
type supplyEntry struct {
	key   uint64
	lines SupplyLines
}

// supplyKey fingerprints what SupplyMap(s, side) depends on: the side,
// every unit's place, side (a defection changes it) and whether it is on
// the map and on board (its class does not change), every place's owner,
// blockade and whether it supplies, and the terrain.
func supplyKey(s *State, side string) uint64 {
	h := fnv64(14695981039346656037, side)
	for i, u := range s.Units {
		v := uint64(0)
		if u.Alive() {
			v = 1
		}
		if u.Carrier != "" {
			v |= 2
		}
		h = fnv64(mix(h, uint64(i), uint64(u.At.Col), uint64(u.At.Row), v), u.Side)
	}
	for i, p := range s.Places {
		v := uint64(0)
		if p.Supply {
			v = 1
		}
		h = fnv64(mix(h, uint64(i), v, uint64(len(p.Owner))), p.Owner)
		h = fnv64(h, p.BlockadedBy)
	}
	return mix(h, s.terrainID)
}

// supplyMap is SupplyMap's search.
func supplyMap(s *State, side string) SupplyLines {
	r := s.Rules().Supply
	m := &s.Map
	words := hexWords(m)
	out := SupplyLines{cols: m.Cols, rows: m.Rows, bits: make(hexBits, words)}
	sc := supplyPool.Get().(*supplyScratch)
	defer sc.release()
	enemy, friend, zoc, queued := sc.sets(words)
	s.markUnits(side, enemy, friend)
	s.markZOC(side, false, zoc)
	const sources, land, water = 0, 1, 2
	q := &sc.queues
	for _, p := range s.Places {
		if p.Owner == side && p.Supply && p.BlockadedBy == "" && m.In(p.At) && !queued.has(m.index(p.At)) {
			queued.set(m.index(p.At))
			q.push(sources, 0, int32(m.index(p.At)))
		}
	}
	for {
		cost, i, ok := q.pop()
		if !ok {
			break
		}
		out.bits.set(int(i)) // queued once, so reached once
		h := Hex{Col: int(i) % m.Cols, Row: int(i) / m.Cols}
		for _, n := range h.Neighbours() {
			t := s.TerrainAt(n)
			if t == nil {
				continue
			}
			ni := m.index(n)
			if enemy.has(ni) || queued.has(ni) {
				continue
			}
			k, step := land, r.LandCost
			if t.Navigable() {
				k, step = water, r.WaterCost
			} else if zoc.has(ni) && !friend.has(ni) {
				continue
			}
			if step > r.Range-cost {
				continue // beyond the line's range (and no overflow)
			}
			queued.set(ni)
			q.push(k, cost+step, int32(ni))
		}
	}
	return out
}

// stepQueues is Dijkstra's priority queue for a search whose every step
// costs one of two amounts (a supply line's land and water hexes). The
// costs popped never fall, so the cells each step pushes, at the popped
// cost plus that step, come in order: a first-in first-out queue per step
// (and one for the sources, at cost 0) is kept sorted without a heap, and
// the cheapest head is the next cell. A hex's own terrain says which step
// enters it, so the first time it is queued is the cheapest, and it is
// queued once.
type stepQueues [3]cellQueue

// supplyScratch is the working memory of one SupplyMap, kept in
// supplyPool for the next: the computer players trace supply lines
// thousands of times a game.
type supplyScratch struct {
	queues stepQueues
	bits   hexBits // the enemy, friend, zoc and queued sets, one after another
}

var supplyPool = sync.Pool{New: func() any { return new(supplyScratch) }}

// sets returns the search's four empty bit sets of words words each.
func (sc *supplyScratch) sets(words int) (enemy, friend, zoc, queued hexBits) {
	if cap(sc.bits) < 4*words {
		sc.bits = make(hexBits, 4*words)
	}
	b := sc.bits[:4*words]
	clear(b)
	return b[:words:words], b[words : 2*words : 2*words], b[2*words : 3*words : 3*words], b[3*words:]
}

// release empties the queues, keeping their room, and gives sc back to
// supplyPool.
func (sc *supplyScratch) release() {
	for k := range sc.queues {
		sc.queues[k].cells, sc.queues[k].head = sc.queues[k].cells[:0], 0
	}
	supplyPool.Put(sc)
}

type cellQueue struct {
	cells []costCell
	head  int
}

type costCell struct {
	cost, cell int32
}

func (q *stepQueues) push(k int, cost int, cell int32) {
	q[k].cells = append(q[k].cells, costCell{int32(cost), cell})
}

// pop takes the cheapest cell; ok is false when all queues are empty.
func (q *stepQueues) pop() (cost int, cell int32, ok bool) {
	best := -1
	for k := range q {
		if q[k].head < len(q[k].cells) && (best < 0 || q[k].cells[q[k].head].cost < q[best].cells[q[best].head].cost) {
			best = k
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	c := q[best].cells[q[best].head]
	q[best].head++
	return int(c.cost), c.cell, true
}
