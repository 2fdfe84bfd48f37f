package game

import (
	"fmt"
	"slices"
	"sync"
)

// enterCost is the movement cost for a unit of class c to enter h, ignoring
// other units. ok is false where the class can never go.
func (s *State) enterCost(c *Class, h Hex) (cost int, ok bool) {
	if !s.Map.In(h) {
		return 0, false
	}
	if c.Naval() {
		if p := s.PlaceAt(h); p != nil && p.Port {
			return 1, true
		}
	}
	mt := c.mt
	if mt == nil || mt.byIndex == nil {
		mt = s.Scn.Rules.MoveTypes[c.MoveType] // a class added after Prepare
		if mt == nil || mt.byIndex == nil {
			return 0, false
		}
	}
	cost = mt.byIndex[s.Map.Cells[s.Map.index(h)]]
	return cost, cost > 0
}

// MoveCost is the movement cost for a unit of class c to enter h, ignoring
// other units; ok is false where the class can never go.
func (s *State) MoveCost(c *Class, h Hex) (cost int, ok bool) { return s.enterCost(c, h) }

// CanStand reports whether a unit of class c could ever stand on h.
func (s *State) CanStand(c *Class, h Hex) bool {
	_, ok := s.enterCost(c, h)
	return ok
}

// HasEnemy reports whether h holds units hostile to side.
func (s *State) HasEnemy(side string, h Hex) bool { return s.hasEnemyBesides(side, h, "") }

// hasEnemyBesides is HasEnemy with the unit whose ID is ignore counted
// gone ("" for none).
func (s *State) hasEnemyBesides(side string, h Hex, ignore string) bool {
	for _, u := range s.Units {
		if u.Alive() && u.At == h && u.ID != ignore && s.Enemies(side, u.Side) {
			return true
		}
	}
	return false
}

// FriendlyCount counts side's units standing on h, carried units excluded,
// leaving out the unit exclude: against stack_limit, whether another may
// end its move there.
func (s *State) FriendlyCount(side string, h Hex, exclude string) int {
	n := 0
	for _, u := range s.Units {
		if u.Alive() && u.At == h && u.Side == side && u.Carrier == "" && u.ID != exclude {
			n++
		}
	}
	return n
}

// Step is one entry of a reachability map: the cost to get to a hex and the
// hex it was reached from.
type Step struct {
	Cost int
	Prev Hex
}

// Reachable returns every hex u can reach this turn with its cost, using
// Dijkstra's algorithm. Entering an enemy zone of control ends movement;
// hexes holding enemies cannot be entered. The unit's own hex has cost 0.
// A unit with all its movement points may always enter one next hex it can
// stand on, whatever the cost, and spends them all: a siege train (four
// points) takes a whole turn over a hex of marsh (six).
func Reachable(s *State, u *Unit) map[Hex]Step {
	return reachFor(s, u).steps()
}

// reachFor is Reachable's answer as the search leaves it, remembered on s
// until something it depends on changes (reachKey), even by hand: the
// computer players ask it again and again while a turn goes on, and the
// search was a third of their time. Callers must not change it.
func reachFor(s *State, u *Unit) *reach {
	key := reachKey(s, u)
	if m, ok := s.reachMemo[u.ID]; ok && m.key == key {
		return m.reach
	}
	out := reachable(s, u)
	if s.reachMemo == nil {
		s.reachMemo = map[string]reachEntry{}
	}
	s.reachMemo[u.ID] = reachEntry{key, out}
	return out
}

// reachEntry is a reachable answer kept with the fingerprint of what it
// depended on.
type reachEntry struct {
	key   uint64
	reach *reach
}

// reach is the answer of a reachable search: for every hex of the square
// it searched (reachBox), the cost to reach it (-1 where it is not
// reached) and the hex the way comes from, by index in the square.
type reach struct {
	box        reachBox
	cost, prev []int32
	reached    int
}

// at is the step to h, or ok=false where h is not reached.
func (r *reach) at(h Hex) (st Step, ok bool) {
	if !r.box.has(h) {
		return Step{}, false
	}
	i := r.box.index(h)
	if r.cost[i] < 0 {
		return Step{}, false
	}
	return r.step(i), true
}

// step is the step to the hex at index i of the square, reached.
func (r *reach) step(i int) Step {
	return Step{Cost: int(r.cost[i]), Prev: r.box.hex(int(r.prev[i]))}
}

// steps is the answer as a map, for Reachable.
func (r *reach) steps() map[Hex]Step {
	out := make(map[Hex]Step, r.reached)
	for i, v := range r.cost {
		if v >= 0 {
			out[r.box.hex(i)] = r.step(i)
		}
	}
	return out
}

// reachKey fingerprints what Reachable(s, u) depends on: u's place,
// class, side and movement left, every enemy's place, class and whether it
// is on board, and the terrain.
func reachKey(s *State, u *Unit) uint64 {
	h := fnv64(14695981039346656037, u.Class)
	h = fnv64(h, u.Side)
	h = mix(h, uint64(u.At.Col), uint64(u.At.Row), uint64(u.MovesLeft))
	if u.Carrier != "" {
		h = mix(h, 1)
	}
	for i, e := range s.Units {
		if e.Alive() && s.Enemies(u.Side, e.Side) {
			c := uint64(0)
			if e.Carrier != "" {
				c = 1
			}
			h = mix(h, uint64(i), uint64(e.At.Col), uint64(e.At.Row), c)
			h = fnv64(h, e.Class)
		}
	}
	return mix(h, s.terrainID)
}

// fnv64 folds s into the FNV-1a hash h. reachKey folds its fields by
// hand rather than through hash/fnv: a remembered answer then costs about
// 0.5 µs and no allocation, against 1.8 µs and a 900-byte buffer (measured
// with a throwaway benchmark, 20 enemies).
func fnv64(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix folds the numbers vs into the hash h.
func mix(h uint64, vs ...uint64) uint64 {
	for _, v := range vs {
		h ^= v
		h *= 1099511628211
		h ^= h >> 29
	}
	return h
}

// reachable is Reachable's search, Dijkstra's algorithm over the map. A
// step costs at least one movement point, so every hex it reaches lies
// within MovesLeft steps of the start: the search keeps its costs in flat
// arrays over that part of the map (reachBox), and hands back a copy of
// them.
func reachable(s *State, u *Unit) *reach {
	c := s.ClassOf(u)
	if u.Carrier != "" || u.MovesLeft <= 0 || !s.Map.In(u.At) {
		return &reach{box: reachBox{col0: u.At.Col, row0: u.At.Row, cols: 1, rows: 1}, cost: []int32{0}, prev: []int32{0}, reached: 1}
	}
	box := newReachBox(&s.Map, u.At, u.MovesLeft)
	sc := reachPool.Get().(*reachScratch)
	defer reachPool.Put(sc)
	cost, prev := sc.arrays(box.cols * box.rows)
	cost[box.index(u.At)], prev[box.index(u.At)] = 0, int32(box.index(u.At))
	reached := 1
	zoc, enemyAt := sc.bits(&s.Map)
	s.markZOC(u.Side, c.Naval(), zoc)
	s.markUnits(u.Side, enemyAt, nil)
	pq := append(sc.queue[:0], reachItem(0, box.index(u.At)))
	defer func() { sc.queue = pq[:0] }()
	for len(pq) > 0 {
		curCost, ci := pq.pop()
		if int(cost[ci]) < curCost {
			continue
		}
		at := box.hex(ci)
		if at != u.At && zoc.has(s.Map.index(at)) {
			continue // stopped by a zone of control
		}
		for _, n := range at.Neighbours() {
			if !s.Map.In(n) || enemyAt.has(s.Map.index(n)) {
				continue
			}
			step, ok := s.enterCost(c, n)
			if !ok {
				continue
			}
			nc := curCost + step
			if nc > u.MovesLeft {
				if at != u.At || u.MovesLeft < c.Moves {
					continue
				}
				nc = u.MovesLeft // a whole turn's march into one hex
			}
			i := box.index(n)
			if old := cost[i]; old >= 0 && int(old) <= nc {
				continue
			}
			if cost[i] < 0 {
				reached++
			}
			cost[i], prev[i] = int32(nc), int32(ci)
			pq.push(reachItem(nc, i))
		}
	}
	both := make([]int32, 2*len(cost))
	copy(both, cost)
	copy(both[len(cost):], prev)
	return &reach{box: box, cost: both[:len(cost):len(cost)], prev: both[len(cost):], reached: reached}
}

// reachScratch is the working memory of one reachable search, kept in
// reachPool for the next: the computer players search thousands of times
// a turn.
type reachScratch struct {
	cost, prev   []int32 // by index in the search's square; prev: the index before
	zoc, enemyAt hexBits
	queue        reachQueue
}

var reachPool = sync.Pool{New: func() any { return new(reachScratch) }}

// arrays returns cost and prev for n hexes, every cost -1 (not reached).
func (sc *reachScratch) arrays(n int) (cost, prev []int32) {
	if cap(sc.cost) < n {
		sc.cost, sc.prev = make([]int32, n), make([]int32, n)
	}
	sc.cost, sc.prev = sc.cost[:n], sc.prev[:n]
	for i := range sc.cost {
		sc.cost[i] = -1
	}
	return sc.cost, sc.prev
}

// bits returns two empty bit sets the size of m.
func (sc *reachScratch) bits(m *Map) (zoc, enemyAt hexBits) {
	words := hexWords(m)
	if cap(sc.zoc) < words {
		sc.zoc, sc.enemyAt = make(hexBits, words), make(hexBits, words)
	}
	sc.zoc, sc.enemyAt = sc.zoc[:words], sc.enemyAt[:words]
	clear(sc.zoc)
	clear(sc.enemyAt)
	return sc.zoc, sc.enemyAt
}

// reachBox is the part of the map that reachable searches: the hexes
// within r columns and r rows of the start, and on the map (a class of a
// mod may move a million points: the map still bounds the search).
type reachBox struct{ col0, row0, cols, rows int }

func newReachBox(m *Map, at Hex, r int) reachBox {
	r = min(r, max(m.Cols, m.Rows))
	col0, row0 := max(0, at.Col-r), max(0, at.Row-r)
	return reachBox{col0: col0, row0: row0, cols: min(m.Cols, at.Col+r+1) - col0, rows: min(m.Rows, at.Row+r+1) - row0}
}

func (b reachBox) index(h Hex) int { return (h.Row-b.row0)*b.cols + h.Col - b.col0 }
func (b reachBox) hex(i int) Hex   { return Hex{Col: b.col0 + i%b.cols, Row: b.row0 + i/b.cols} }
func (b reachBox) has(h Hex) bool {
	return h.Col >= b.col0 && h.Row >= b.row0 && h.Col < b.col0+b.cols && h.Row < b.row0+b.rows
}

// Path returns the cheapest legal path for u to reach to this turn (both
// ends included) and its cost, or ok=false.
func Path(s *State, u *Unit, to Hex) (path []Hex, cost int, ok bool) {
	r := reachFor(s, u)
	st, ok := r.at(to)
	if !ok {
		return nil, 0, false
	}
	for h := to; ; {
		path = append(path, h)
		if h == u.At {
			break
		}
		prev, _ := r.at(h)
		h = prev.Prev
	}
	slices.Reverse(path)
	return path, st.Cost, true
}

func (s *State) checkMove(o Order, u *Unit) (func(*State), error) {
	if u.Carrier != "" {
		return nil, illegal(o, "%s is on board a ship: disembark it or move the ship", u.Name)
	}
	if u.Acted && u.MovesLeft == 0 {
		return nil, illegal(o, "%s has already acted this turn", u.Name)
	}
	if !s.Map.In(o.To) {
		return nil, illegal(o, "hex %s is off the map", o.To)
	}
	if o.To == u.At {
		return nil, illegal(o, "%s is already at %s", u.Name, o.To)
	}
	c := s.ClassOf(u)
	if !s.CanStand(c, o.To) {
		return nil, illegal(o, "%s cannot enter %s terrain", c.Name, s.TerrainAt(o.To).Name)
	}
	if s.HasEnemy(u.Side, o.To) {
		return nil, illegal(o, "hex %s holds enemy troops: attack it instead", o.To)
	}
	if s.FriendlyCount(u.Side, o.To, u.ID) >= s.Rules().Combat.StackLimit {
		return nil, illegal(o, "hex %s already holds %d units (the most allowed)", o.To, s.Rules().Combat.StackLimit)
	}
	st, ok := reachFor(s, u).at(o.To) // the cost of Path's way there
	if !ok {
		return nil, illegal(o, "%s cannot reach %s this turn (%d movement points left)", u.Name, o.To, u.MovesLeft)
	}
	cost := st.Cost
	return func(s *State) {
		u := s.Unit(o.Unit)
		from := u.At
		zoc := s.inZOC(u.Side, s.ClassOf(u).Naval(), o.To)
		u.At = o.To
		u.MovesLeft -= cost
		if zoc {
			u.MovesLeft = 0
		}
		u.Moved, u.Fortified, u.Blockading = true, false, false
		for _, cg := range s.Cargo(u) {
			cg.At = o.To
		}
		s.emit(Event{Kind: EvMove, Unit: u.ID, From: from, To: o.To,
			Text: fmt.Sprintf("%s moves to %s.", u.Name, s.hexName(o.To))})
		s.entered(u)
	}, nil
}

// entered applies what happens when u arrives on its hex: an empty enemy
// city falls to a land unit; a unit that must escape leaves the map.
func (s *State) entered(u *Unit) {
	c := s.ClassOf(u)
	if p := s.PlaceAt(u.At); p != nil && !c.Naval() && u.Carrier == "" && s.Enemies(u.Side, p.Owner) {
		s.setOwner(p, u.Side, fmt.Sprintf("%s takes %s.", u.Name, p.Name))
	}
	for i := range s.Scn.Victory.Conditions {
		cond := &s.Scn.Victory.Conditions[i]
		if cond.Kind == CondEscape && contains(cond.Units, u.ID) && inZone(cond.Zone, u.At) {
			u.Status = Escaped
			s.emit(Event{Kind: EvEscape, Side: u.Side, Unit: u.ID, From: u.At,
				Text: fmt.Sprintf("%s escapes.", u.Name)})
			for _, cg := range s.Cargo(u) {
				cg.Status = Escaped
			}
		}
	}
}

// setOwner hands a place to side.
func (s *State) setOwner(p *Place, side, text string) {
	if p.Owner == side {
		return
	}
	p.Owner = side
	p.BlockadedBy = ""
	if text == "" {
		text = fmt.Sprintf("%s passes to %s.", p.Name, s.sideName(side))
	}
	s.emit(Event{Kind: EvCaptured, Side: side, Place: p.ID, To: p.At, Text: text})
}

func (s *State) checkEmbark(o Order, u *Unit) (func(*State), error) {
	ship := s.Unit(o.Target)
	if ship == nil || !ship.Alive() {
		return nil, illegal(o, "there is no ship %q on the map", o.Target)
	}
	sc := s.ClassOf(ship)
	switch {
	case s.ClassOf(u).Naval():
		return nil, illegal(o, "%s is a ship and cannot be carried", u.Name)
	case u.Carrier != "":
		return nil, illegal(o, "%s is already on board", u.Name)
	case u.Acted || u.MovesLeft <= 0:
		return nil, illegal(o, "%s has no movement left this turn", u.Name)
	case ship.Side != u.Side:
		return nil, illegal(o, "%s is not a friendly ship", ship.Name)
	case !sc.Naval() || sc.Capacity == 0:
		return nil, illegal(o, "%s cannot carry troops", ship.Name)
	case len(s.Cargo(ship)) >= sc.Capacity:
		return nil, illegal(o, "%s is full (%d units)", ship.Name, sc.Capacity)
	case ship.At != u.At && !Adjacent(ship.At, u.At):
		return nil, illegal(o, "%s is not next to %s", ship.Name, u.Name)
	}
	return func(s *State) {
		u, ship := s.Unit(o.Unit), s.Unit(o.Target)
		from := u.At
		u.At, u.Carrier = ship.At, ship.ID
		u.MovesLeft, u.Moved, u.Fortified, u.Blockading = 0, true, false, false
		s.emit(Event{Kind: EvEmbark, Unit: u.ID, Target: ship.ID, From: from, To: ship.At,
			Text: fmt.Sprintf("%s boards %s.", u.Name, ship.Name)})
	}, nil
}

func (s *State) checkDisembark(o Order, u *Unit) (func(*State), error) {
	if u.Carrier == "" {
		return nil, illegal(o, "%s is not on board a ship", u.Name)
	}
	if u.MovesLeft <= 0 {
		return nil, illegal(o, "%s boarded this turn and must wait a turn to land", u.Name)
	}
	if o.To != u.At && !Adjacent(o.To, u.At) {
		return nil, illegal(o, "hex %s is not next to the ship", o.To)
	}
	c := s.ClassOf(u)
	if !s.CanStand(c, o.To) {
		t := s.TerrainAt(o.To)
		name := "off-map"
		if t != nil {
			name = t.Name
		}
		return nil, illegal(o, "%s cannot land on %s terrain", c.Name, name)
	}
	if s.HasEnemy(u.Side, o.To) {
		return nil, illegal(o, "hex %s holds enemy troops", o.To)
	}
	if s.FriendlyCount(u.Side, o.To, u.ID) >= s.Rules().Combat.StackLimit {
		return nil, illegal(o, "hex %s is full", o.To)
	}
	return func(s *State) {
		u := s.Unit(o.Unit)
		from := u.At
		u.At, u.Carrier = o.To, ""
		u.MovesLeft, u.Moved = 0, true
		s.emit(Event{Kind: EvDisembark, Unit: u.ID, From: from, To: o.To,
			Text: fmt.Sprintf("%s lands at %s.", u.Name, s.hexName(o.To))})
		s.entered(u)
	}, nil
}

// freeHexNear finds the nearest hex to h (within 3 steps) where u could
// stand: passable, free of enemies and with room in the stack.
func (s *State) freeHexNear(u *Unit, h Hex) *Hex {
	c := s.ClassOf(u)
	seen := map[Hex]bool{h: true}
	ring := []Hex{h}
	for r := 0; r <= 3; r++ {
		for _, x := range ring {
			if s.CanStand(c, x) && !s.HasEnemy(u.Side, x) && s.FriendlyCount(u.Side, x, u.ID) < s.Rules().Combat.StackLimit {
				return &x
			}
		}
		var next []Hex
		for _, x := range ring {
			for _, n := range x.Neighbours() {
				if !seen[n] && s.Map.In(n) {
					seen[n] = true
					next = append(next, n)
				}
			}
		}
		ring = next
	}
	return nil
}

// separateEnemies moves apart units of hostile sides that share a hex (after
// a defection); a unit with nowhere to go is withdrawn.
func (s *State) separateEnemies() {
	for _, u := range s.Units {
		if !u.Alive() || u.Carrier != "" {
			continue
		}
		clash := false
		for _, o := range s.Units {
			if o.Alive() && o.At == u.At && s.Enemies(u.Side, o.Side) && o.ID < u.ID {
				clash = true
			}
		}
		if !clash {
			continue
		}
		if h := s.freeHexNear(u, u.At); h != nil {
			u.At = *h
			for _, cg := range s.Cargo(u) {
				cg.At = *h
			}
		} else {
			u.Status = Withdrawn
		}
	}
}

// reachQueue is reachable's priority queue: a binary min-heap of keys,
// each a cost (the high 32 bits) and a hex's index in the search's square
// (the low 32 bits; the square is numbered row by row), so that hexes come
// out by cost, then row, then column. No two keys in it are equal (a hex
// is queued again only at a lower cost), so the order they come out in is
// the same for any correct heap.
type reachQueue []uint64

// reachItem is the key of the hex at index i of the square, reached at
// cost.
func reachItem(cost, i int) uint64 { return uint64(cost)<<32 | uint64(uint32(i)) }

func (q *reachQueue) push(k uint64) {
	*q = append(*q, k)
	h := *q
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if h[i] >= h[p] {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

// pop takes the smallest key and returns its cost and index.
func (q *reachQueue) pop() (cost, i int) {
	h := *q
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	for i := 0; ; {
		l, small := 2*i+1, i
		if l < len(h) && h[l] < h[small] {
			small = l
		}
		if l+1 < len(h) && h[l+1] < h[small] {
			small = l + 1
		}
		if small == i {
			break
		}
		h[i], h[small] = h[small], h[i]
		i = small
	}
	*q = h
	return int(top >> 32), int(uint32(top))
}

// Destinations lists the hexes u may legally move to now (its own hex
// excluded), in row-major order: Reachable filtered by stacking limits and
// the rule that carried units move only with their ship.
func Destinations(s *State, u *Unit) []Hex {
	if s.Over || u.Side != s.ActiveSide() || !u.Alive() || u.Carrier != "" || (u.Acted && u.MovesLeft == 0) {
		return nil
	}
	r := reachFor(s, u)
	// Where the friends stand within the search's square: the stacking
	// limit counts them (FriendlyCount), hex by hex.
	var near [32]Hex
	friends := near[:0]
	for _, f := range s.Units {
		if f.Alive() && f.Side == u.Side && f.Carrier == "" && f.ID != u.ID && r.box.has(f.At) {
			friends = append(friends, f.At)
		}
	}
	limit := s.Rules().Combat.StackLimit
	out := make([]Hex, 0, r.reached)
	for i, v := range r.cost { // row by row
		h := r.box.hex(i)
		if v < 0 || h == u.At {
			continue
		}
		n := 0
		for _, f := range friends {
			if f == h {
				n++
			}
		}
		if n < limit {
			out = append(out, h)
		}
	}
	return out
}
