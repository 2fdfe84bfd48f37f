package ai

import "jinsong/game"

// makePlan reads the victory conditions from the active side's point of
// view: the hexes it wants to reach and the cities it must guard.
func makePlan(s *game.State) *plan {
	side := s.ActiveSide()
	pl := &plan{guard: map[game.Hex]bool{}, fields: map[string]*Field{}, escapers: map[string][]game.Hex{}}
	seen := map[game.Hex]bool{}
	addTarget := func(h game.Hex) {
		if !seen[h] {
			seen[h] = true
			pl.targets = append(pl.targets, h)
		}
	}
	for _, c := range s.Scn.Victory.Conditions {
		mine := c.Side == side
		switch c.Kind {
		case game.CondTake, game.CondHold:
			for _, id := range c.Places {
				p := s.Place(id)
				if p == nil {
					continue
				}
				switch {
				case mine && s.Enemies(side, p.Owner):
					addTarget(p.At)
				case !mine && p.Owner == side:
					pl.guard[p.At] = true
				case mine && p.Owner == side:
					pl.guard[p.At] = true
				}
			}
		case game.CondOccupy:
			if mine {
				for _, h := range c.Zone {
					addTarget(h)
				}
			}
		case game.CondEscape:
			if mine {
				for _, id := range c.Units {
					pl.escapers[id] = c.Zone
				}
			} else {
				for _, id := range c.Units {
					if u := s.Unit(id); u != nil && u.Alive() {
						addTarget(u.At)
					}
				}
			}
		case game.CondDestroy:
			if mine {
				for _, id := range c.Units {
					if u := s.Unit(id); u != nil && u.Alive() {
						addTarget(u.At)
					}
				}
			}
		}
	}
	// With nothing to take, a side seeks out the enemy near what it guards,
	// or else anywhere.
	if len(pl.targets) == 0 {
		for _, u := range s.Units {
			if u.Alive() && u.Carrier == "" && s.Enemies(side, u.Side) {
				addTarget(u.At)
			}
		}
	}
	sortHexes(pl.targets)
	return pl
}
