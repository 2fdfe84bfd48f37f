package game

// hexBits is a set of the cells of a map, one bit each: the engine's
// searches (SupplyMap, Reachable) mark units and zones of control in them
// rather than in maps keyed by hex.
type hexBits []uint64

// hexWords is how many words a hexBits of the cells of m takes.
func hexWords(m *Map) int { return (m.Cols*m.Rows + 63) / 64 }

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

// exertsZOC reports whether e holds a zone of control over side's units
// on land, or at sea with naval: an enemy of side, in play and not
// carried, of the same domain, and of a class that has one. The hexes
// next to it are then where such units must stop.
func (s *State) exertsZOC(side string, naval bool, e *Unit) bool {
	if !e.Alive() || e.Carrier != "" || !s.Enemies(side, e.Side) {
		return false
	}
	c := s.ClassOf(e)
	return !c.NoZOC && c.Naval() == naval
}

// markZOC marks in b the zones of control over side's units on land, or
// at sea with naval (exertsZOC).
func (s *State) markZOC(side string, naval bool, b hexBits) {
	for _, e := range s.Units {
		if !s.exertsZOC(side, naval, e) {
			continue
		}
		for _, n := range e.At.Neighbours() {
			if s.Map.In(n) {
				b.set(s.Map.index(n))
			}
		}
	}
}

// inZOC reports whether h lies in a zone of control over side's units on
// land, or at sea with naval (exertsZOC), without marking them all.
func (s *State) inZOC(side string, naval bool, h Hex) bool {
	for _, e := range s.Units {
		if Adjacent(e.At, h) && s.exertsZOC(side, naval, e) {
			return true
		}
	}
	return false
}
