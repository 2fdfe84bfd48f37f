package game

import (
	"fmt"
	"math"
)

// Start begins the game: the first side's first turn. Loaders call it once
// after building the state.
func (s *State) Start() {
	s.Turn, s.Active = 1, 0
	s.startPhase()
}

// endPhase passes the turn to the next side, advancing the calendar after
// the last side; when the last turn ends the game is decided.
func (s *State) endPhase() {
	side := s.ActiveSide()
	s.emit(Event{Kind: EvTurn, Text: fmt.Sprintf("%s ends its turn.", s.sideName(side))})
	for _, u := range s.Units {
		if u.Side == side && u.Dazed > 0 {
			u.Dazed-- // the smoke clears after the blinded side's own turn
		}
	}
	s.Active++
	if s.Active == len(s.Scn.Sides) {
		s.Active = 0
		s.Turn++
		if s.Turn > s.Scn.MaxTurns {
			s.Turn = s.Scn.MaxTurns
			s.Active = len(s.Scn.Sides) - 1
			s.timeUp()
			return
		}
	}
	s.startPhase()
}

// startPhase runs the upkeep of the side whose turn begins: blockades,
// supply, sieges, then scripted events and victory.
func (s *State) startPhase() {
	side := s.ActiveSide()
	s.emit(Event{Kind: EvTurn, Text: fmt.Sprintf("Turn %d, %s: %s to move.", s.Turn, s.DateString(), s.sideName(side))})
	s.liftBrokenBlockades()
	for _, u := range s.Units {
		if u.Side != side || !u.Alive() {
			continue
		}
		u.MovesLeft = s.ClassOf(u).Moves
		u.Moved, u.Acted = false, false
	}
	s.supplyPhase(side)
	s.siegePhase(side)
	s.arrivePending()
	s.fireEvents(true)
	s.checkVictory()
}

// supplyPhase applies supply to the active side's units: in supply they
// regain morale and refill ammunition in a city arsenal; out of supply they
// lose strength and morale.
func (s *State) supplyPhase(side string) {
	r := s.Rules().Supply
	supplied := SupplyMap(s, side)
	for _, u := range s.Units {
		if u.Side != side || !u.Alive() {
			continue
		}
		at := u.At
		if u.Carrier != "" {
			if ship := s.Unit(u.Carrier); ship != nil {
				at = ship.At
			}
		}
		p := s.PlaceAt(at)
		inCity := p != nil && p.Owner == side
		if !s.Fed(side, at, supplied) {
			u.OutOfSupply++
			loss := int(math.Ceil(float64(u.Strength) * r.LossPercent / 100))
			u.Morale = math.Max(0, u.Morale-r.MoraleLoss)
			s.emit(Event{Kind: EvSupply, Unit: u.ID, From: u.At, Loss: loss,
				Text: fmt.Sprintf("%s is out of supply: %d lost to hunger and desertion.", u.Name, loss)})
			s.lose(u, loss)
			continue
		}
		u.OutOfSupply = 0
		u.Morale = math.Min(100, u.Morale+r.MoraleGain)
		if inCity && p.BlockadedBy == "" {
			s.refillAmmo(u, p)
		}
	}
}

// Fed reports whether side's units on h are in supply in the supply phase:
// h is on side's supply map (SupplyMap), or a city of side's with food
// left.
func (s *State) Fed(side string, h Hex, supplied SupplyLines) bool {
	p := s.PlaceAt(h)
	return supplied.Has(h) || (p != nil && p.Owner == side && p.Food > 0)
}

// refillAmmo tops up u's weapons from the arsenal of p.
func (s *State) refillAmmo(u *Unit, p *Place) {
	c := s.ClassOf(u)
	for _, w := range c.Weapons {
		want := c.AmmoMax[w] - u.Ammo[w]
		take := min(want, p.Arsenal[w])
		if take <= 0 {
			continue
		}
		if u.Ammo == nil {
			u.Ammo = map[string]int{}
		}
		u.Ammo[w] += take
		p.Arsenal[w] -= take
		s.emit(Event{Kind: EvResupply, Unit: u.ID, Place: p.ID, From: u.At,
			Text: fmt.Sprintf("%s draws %d %s from the arsenal of %s.", u.Name, take, s.Rules().Weapons[w].Name, p.Name)})
	}
}
