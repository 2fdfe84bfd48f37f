package game

import (
	"fmt"
	"math"
)

func (s *State) checkBlockade(o Order, u *Unit) (func(*State), error) {
	p := s.PlaceAt(o.To)
	switch {
	case p == nil:
		return nil, illegal(o, "there is no city at %s", o.To)
	case !s.Enemies(u.Side, p.Owner):
		return nil, illegal(o, "%s is not held by an enemy", p.Name)
	case !Adjacent(u.At, o.To):
		return nil, illegal(o, "%s is not next to %s", u.Name, p.Name)
	case u.Carrier != "":
		return nil, illegal(o, "%s cannot blockade from on board a ship", u.Name)
	case u.Acted:
		return nil, illegal(o, "%s has already acted this turn", u.Name)
	}
	return func(s *State) {
		u, p := s.Unit(o.Unit), s.PlaceAt(o.To)
		u.Blockading, u.Acted, u.MovesLeft = true, true, 0
		if p.BlockadedBy == "" {
			p.BlockadedBy = u.Side
			s.emit(Event{Kind: EvBlockade, Unit: u.ID, Place: p.ID, To: p.At,
				Text: fmt.Sprintf("%s closes the roads into %s (%d days of food inside).", u.Name, p.Name, p.Food)})
		} else {
			s.emit(Event{Kind: EvBlockade, Unit: u.ID, Place: p.ID, To: p.At,
				Text: fmt.Sprintf("%s joins the blockade of %s.", u.Name, p.Name)})
		}
	}, nil
}

// liftBrokenBlockades ends blockades that no blockading unit maintains.
// When the side that closed the roads has left the lines but an ally of
// it still blockades the city, the roads stay closed: the ally takes the
// siege over, and with it the city's surrender.
func (s *State) liftBrokenBlockades() {
	for _, p := range s.Places {
		if p.BlockadedBy == "" {
			continue
		}
		if !s.Enemies(p.BlockadedBy, p.Owner) {
			s.liftBlockade(p)
			continue
		}
		if s.blockaderOf(p, p.BlockadedBy) != nil {
			continue
		}
		heir := s.blockaderOf(p, "")
		if heir == nil {
			s.liftBlockade(p)
			continue
		}
		p.BlockadedBy = heir.Side
		s.emit(Event{Kind: EvBlockade, Side: heir.Side, Unit: heir.ID, Place: p.ID, To: p.At,
			Text: fmt.Sprintf("%s keeps the roads into %s closed; the siege passes to %s.", heir.Name, p.Name, s.sideName(heir.Side))})
	}
}

// blockaderOf is the first live unit blockading p from next to it, of side
// (or of any side at war with p's owner when side is ""), or nil.
func (s *State) blockaderOf(p *Place, side string) *Unit {
	for _, u := range s.Units {
		if u.Alive() && u.Blockading && Adjacent(u.At, p.At) && (u.Side == side || side == "" && s.Enemies(u.Side, p.Owner)) {
			return u
		}
	}
	return nil
}

func (s *State) liftBlockade(p *Place) {
	s.emit(Event{Kind: EvBlockade, Side: p.Owner, Place: p.ID, To: p.At, Text: fmt.Sprintf("The blockade of %s is lifted.", p.Name)})
	p.BlockadedBy = ""
}

// Garrison returns the owner's land units inside p: those that starve and
// surrender when its food runs out.
func (s *State) Garrison(p *Place) []*Unit {
	var out []*Unit
	for _, u := range s.Units {
		if s.garrisons(u, p) {
			out = append(out, u)
		}
	}
	return out
}

// garrisons reports whether u is one of p's garrison (Garrison).
func (s *State) garrisons(u *Unit, p *Place) bool {
	return u.Alive() && u.At == p.At && u.Carrier == "" && u.Side == p.Owner && !s.ClassOf(u).Naval()
}

// StarvingCity is the city whose garrison u is in if that city is
// blockaded and has no food left, else nil: hungry men do not recover by
// resting.
func (s *State) StarvingCity(u *Unit) *Place {
	if p := s.PlaceAt(u.At); p != nil && p.BlockadedBy != "" && p.Food == 0 && s.garrisons(u, p) {
		return p
	}
	return nil
}

// siegePhase runs the blockades of the active side's cities: food runs down,
// a starving garrison weakens and may surrender. Blockading units of the
// active side suffer attrition.
func (s *State) siegePhase(side string) {
	r := s.Rules().Siege
	for _, p := range s.Places {
		if p.Owner != side || p.BlockadedBy == "" {
			continue
		}
		p.Food = max(0, p.Food-s.Scn.DaysPerTurn)
		if p.Food > 0 {
			continue
		}
		g := s.Garrison(p)
		surrender := true
		for _, u := range g {
			s.lose(u, int(math.Ceil(float64(u.Strength)*r.StarvePercent/100)))
			u.Morale = math.Max(0, u.Morale-r.StarveMorale)
			if u.Alive() && u.Morale >= r.SurrenderMorale {
				surrender = false
			}
		}
		if len(g) > 0 {
			s.emit(Event{Kind: EvStarve, Side: side, Place: p.ID, To: p.At, Text: fmt.Sprintf("%s has run out of food; the garrison starves.", p.Name)})
		}
		if surrender {
			by := p.BlockadedBy
			for _, u := range s.Garrison(p) {
				s.capture(u)
			}
			s.emit(Event{Kind: EvSurrender, Side: side, Place: p.ID, To: p.At, Text: fmt.Sprintf("Starving, %s opens its gates.", p.Name)})
			s.setOwner(p, by, "")
		}
	}
	for _, u := range s.Units {
		if u.Alive() && u.Side == side && u.Blockading {
			loss := int(math.Round(float64(u.Strength) * r.AttritionPercent / 100))
			if loss > 0 {
				s.emit(Event{Kind: EvAttrition, Side: side, Unit: u.ID, From: u.At, Loss: loss,
					Text: fmt.Sprintf("Sickness in the siege lines costs %s %d.", u.Name, loss)})
				s.lose(u, loss)
			}
		}
	}
}
