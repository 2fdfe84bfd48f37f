package game

import (
	"container/heap"
	"reflect"
	"slices"
	"testing"
)

type hexItem struct {
	h    Hex
	cost int
}

// hexQueue is the plain search's priority queue, a container/heap by cost,
// then row, then column (the order reachable's keys come out in).
type hexQueue []hexItem

func (q hexQueue) Len() int { return len(q) }
func (q hexQueue) Less(i, j int) bool {
	if q[i].cost != q[j].cost {
		return q[i].cost < q[j].cost
	}
	if q[i].h.Row != q[j].h.Row {
		return q[i].h.Row < q[j].h.Row
	}
	return q[i].h.Col < q[j].h.Col
}
func (q hexQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *hexQueue) Push(x any)   { *q = append(*q, x.(hexItem)) }
func (q *hexQueue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

// reachReference is the plain form of reachable's search: the same
// Dijkstra, with its costs kept in a map over the whole board.
func reachReference(s *State, u *Unit) map[Hex]Step {
	c := s.ClassOf(u)
	out := map[Hex]Step{u.At: {Cost: 0, Prev: u.At}}
	if u.Carrier != "" || u.MovesLeft <= 0 {
		return out
	}
	pq := &hexQueue{{h: u.At, cost: 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(hexItem)
		if st := out[cur.h]; st.Cost < cur.cost {
			continue
		}
		if cur.h != u.At && s.inZOC(u.Side, c.Naval(), cur.h) {
			continue
		}
		for _, n := range cur.h.Neighbours() {
			if !s.Map.In(n) || s.HasEnemy(u.Side, n) {
				continue
			}
			step, ok := s.enterCost(c, n)
			if !ok {
				continue
			}
			nc := cur.cost + step
			if nc > u.MovesLeft {
				if cur.h != u.At || u.MovesLeft < c.Moves {
					continue
				}
				nc = u.MovesLeft
			}
			if old, seen := out[n]; seen && old.Cost <= nc {
				continue
			}
			out[n] = Step{Cost: nc, Prev: cur.h}
			heap.Push(pq, hexItem{h: n, cost: nc})
		}
	}
	return out
}

// destinationsReference is the plain reading of Destinations: the hexes
// reached, but the unit's own and those full of friends, row by row.
func destinationsReference(s *State, u *Unit) []Hex {
	if s.Over || u.Side != s.ActiveSide() || !u.Alive() || u.Carrier != "" || (u.Acted && u.MovesLeft == 0) {
		return nil
	}
	var out []Hex
	for h := range reachReference(s, u) {
		if h != u.At && s.FriendlyCount(u.Side, h, u.ID) < s.Rules().Combat.StackLimit {
			out = append(out, h)
		}
	}
	slices.SortFunc(out, func(a, b Hex) int {
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.Col - b.Col
	})
	return out
}

// Over a game of random moves on a board with hills, marsh, a river and
// the map's edges within a march, every unit's reach (its hexes, their
// costs and the step before each) is the plain search's, and so are the
// hexes it may move to, in order, and the path and cost to each.
func TestReachableIsThePlainSearch(t *testing.T) {
	w := newWorld(t,
		"..hh..mm......",
		"......~.......",
		"...ff.~..mm...",
		"......~.......",
		"..==..~...hh..",
	)
	w.unit("j1", "jin", "heavy_cavalry", 1000, 0, 0)
	w.unit("j2", "jin", "infantry", 1000, 0, 3)
	w.unit("j3", "jin", "horse_archers", 1000, 13, 4)
	w.unit("s1", "song", "infantry", 1000, 9, 0)
	w.unit("s2", "song", "crossbow", 1000, 9, 3)
	w.unit("s3", "song", "river_boats", 20, 6, 2)
	for _, id := range []string{"j4", "j5", "j6"} { // a full stack, which no one may join
		w.unit(id, "jin", "infantry", 500, 2, 1)
	}
	s := w.start()
	if slices.Contains(Destinations(s, s.Unit("j1")), (Hex{2, 1})) {
		t.Fatal("the horse may join a full stack")
	}
	wander(t, s, 5, 300, func(n int) {
		for _, u := range s.Units {
			if !u.Alive() {
				continue
			}
			if got, want := reachable(s, u).steps(), reachReference(s, u); !reflect.DeepEqual(got, want) {
				t.Fatalf("move %d: %s at %v with %d moves has a reach of %d hexes that is not the plain search's (%d hexes)", n, u.ID, u.At, u.MovesLeft, len(got), len(want))
			}
			if got, want := Destinations(s, u), destinationsReference(s, u); !slices.Equal(got, want) {
				t.Fatalf("move %d: %s may move to %v, by the plain rule to %v", n, u.ID, got, want)
			}
			for h, st := range reachReference(s, u) {
				if path, cost, ok := Path(s, u, h); !ok || cost != st.Cost || path[0] != u.At || path[len(path)-1] != h {
					t.Fatalf("move %d: %s's path to %v is %v at %d (%v), the plain search's costs %d", n, u.ID, h, path, cost, ok, st.Cost)
				}
			}
		}
	})
	// A mod's class may move a million points a turn: the map bounds the
	// search all the same.
	u := s.Unit("j1")
	u.MovesLeft = 1 << 30
	if got, want := reachable(s, u).steps(), reachReference(s, u); !reflect.DeepEqual(got, want) {
		t.Fatalf("with %d moves: a reach of %d hexes, the plain search's %d", u.MovesLeft, len(got), len(want))
	}
}
