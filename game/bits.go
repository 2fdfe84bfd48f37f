package game

// hexBits is a set of the cells of a map, one bit each: the engine's
// searches (SupplyMap, Reachable) mark units and zones of control in them
// rather than in maps keyed by hex.
type hexBits []uint64

// newHexBits is an empty set the size of m.
func newHexBits(m *Map) hexBits { return make(hexBits, (m.Cols*m.Rows+63)/64) }

func (b hexBits) has(i int) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }
func (b hexBits) set(i int)      { b[i>>6] |= 1 << (uint(i) & 63) }

// markUnits marks in enemy the hexes where side's enemies stand, on board
// or not, and in friend (if not nil) where side's own or allied units
// stand on land or on deck, not carried.
func (s *State) markUnits(side string, enemy, friend hexBits) {
	for _, u := range s.Units {
		if !u.Alive() || !s.Map.In(u.At) {
			continue
		}
		i := s.Map.index(u.At)
		switch {
		case s.Enemies(side, u.Side):
			enemy.set(i)
		case friend != nil && u.Carrier == "":
			friend.set(i)
		}
	}
}

// markZOC marks in b the zones of control of side's enemies on land, or at
// sea with naval: the bit set form of ZOC.
func (s *State) markZOC(side string, naval bool, b hexBits) {
	for _, e := range s.Units {
		if !e.Alive() || e.Carrier != "" || !s.Enemies(side, e.Side) {
			continue
		}
		if c := s.ClassOf(e); c.NoZOC || c.Naval() != naval {
			continue
		}
		for _, n := range e.At.Neighbours() {
			if s.Map.In(n) {
				b.set(s.Map.index(n))
			}
		}
	}
}

// inZOC reports whether h lies in a zone of control of side's enemies on
// land, or at sea with naval: ZOC(side, naval)[h] without building the map.
func (s *State) inZOC(side string, naval bool, h Hex) bool {
	for _, e := range s.Units {
		if !e.Alive() || e.Carrier != "" || !s.Enemies(side, e.Side) || !Adjacent(e.At, h) {
			continue
		}
		if c := s.ClassOf(e); !c.NoZOC && c.Naval() == naval {
			return true
		}
	}
	return false
}
