package game

import (
	"errors"
	"fmt"
)

// OrderKind names an order.
type OrderKind string

// The orders a side can give.
const (
	Move      OrderKind = "move"      // Unit moves to To by the cheapest legal path
	Attack    OrderKind = "attack"    // Unit attacks the enemy on adjacent hex To
	Bombard   OrderKind = "bombard"   // Unit fires Weapon at hex To within range
	Assault   OrderKind = "assault"   // Unit storms the walled enemy city on adjacent hex To
	Blockade  OrderKind = "blockade"  // Unit blockades the enemy city on adjacent hex To
	Sally     OrderKind = "sally"     // Unit, inside a city, attacks adjacent hex To and stays inside
	Embark    OrderKind = "embark"    // Unit boards the friendly ship Target
	Disembark OrderKind = "disembark" // Unit leaves its ship for hex To
	Fortify   OrderKind = "fortify"   // Unit digs in
	Rest      OrderKind = "rest"      // Unit rests to regain morale
	EndTurn   OrderKind = "end_turn"  // the active side ends its turn
)

// Order is one command. Which fields matter depends on Kind.
type Order struct {
	Kind   OrderKind `json:"kind"`
	Unit   string    `json:"unit,omitempty"`
	To     Hex       `json:"to"`
	Target string    `json:"target,omitempty"`
	Weapon string    `json:"weapon,omitempty"`
}

func (o Order) String() string {
	switch o.Kind {
	case EndTurn:
		return "end turn"
	case Fortify, Rest:
		return fmt.Sprintf("%s %s", o.Kind, o.Unit)
	case Embark:
		return fmt.Sprintf("embark %s on %s", o.Unit, o.Target)
	case Bombard:
		return fmt.Sprintf("bombard %s with %s from %s", o.To, o.Weapon, o.Unit)
	}
	return fmt.Sprintf("%s %s to %s", o.Kind, o.Unit, o.To)
}

// ErrGameOver is returned for any order after the game has ended.
var ErrGameOver = errors.New("the game is over")

// IllegalOrder explains why an order was refused.
type IllegalOrder struct {
	Order Order
	// The reason is written out only when asked for: the computer players
	// put thousands of orders to Legal a turn and read only whether each
	// passed.
	format string
	args   []any
}

// Reason says why the order was refused.
func (e *IllegalOrder) Reason() string { return fmt.Sprintf(e.format, e.args...) }

func (e *IllegalOrder) Error() string {
	return fmt.Sprintf("illegal order (%s): %s", e.Order, e.Reason())
}

func illegal(o Order, format string, args ...any) error {
	return &IllegalOrder{Order: o, format: format, args: args}
}

// Legal reports whether o may be given now; a nil error means it may.
func Legal(s *State, o Order) error {
	_, err := s.check(o)
	return err
}

// Apply validates o and, if legal, carries it out, returning the events it
// produced. An illegal order leaves the state untouched.
func (s *State) Apply(o Order) ([]Event, error) {
	plan, err := s.check(o)
	if err != nil {
		return nil, err
	}
	start := len(s.Log)
	plan(s)
	if !s.Over {
		s.fireEvents(false)
		s.checkVictory()
	}
	return s.Log[start:], nil
}

// Apply is the functional form: it returns a new state and leaves s as it was.
func Apply(s *State, o Order) (*State, []Event, error) {
	if err := Legal(s, o); err != nil {
		return s, nil, err
	}
	n := s.Clone()
	evs, err := n.Apply(o)
	return n, evs, err
}

// check validates an order and returns the function that carries it out.
func (s *State) check(o Order) (func(*State), error) {
	if s.Over {
		return nil, ErrGameOver
	}
	switch o.Kind {
	case EndTurn:
		return func(s *State) { s.endPhase() }, nil
	case ActionOrder:
		return s.checkAction(o)
	}
	u := s.Unit(o.Unit)
	if u == nil {
		return nil, illegal(o, "there is no unit %q", o.Unit)
	}
	if !u.Alive() {
		return nil, illegal(o, "%s is not on the map (%s)", u.Name, u.Status)
	}
	if u.Side != s.ActiveSide() {
		return nil, illegal(o, "%s belongs to %s, and it is %s's turn", u.Name, s.sideName(u.Side), s.sideName(s.ActiveSide()))
	}
	switch o.Kind {
	case Move:
		return s.checkMove(o, u)
	case Attack, Assault, Sally:
		return s.checkAttack(o, u)
	case Bombard:
		return s.checkBombard(o, u)
	case Blockade:
		return s.checkBlockade(o, u)
	case Embark:
		return s.checkEmbark(o, u)
	case Disembark:
		return s.checkDisembark(o, u)
	case Fortify:
		if u.Moved || u.Acted {
			return nil, illegal(o, "%s has already moved or fought this turn", u.Name)
		}
		if u.Carrier != "" {
			return nil, illegal(o, "%s cannot fortify on board a ship", u.Name)
		}
		return func(s *State) {
			u := s.Unit(o.Unit)
			u.Fortified, u.MovesLeft, u.Acted = true, 0, true
			s.emit(Event{Kind: EvFortify, Unit: u.ID, From: u.At, To: u.At, Text: fmt.Sprintf("%s digs in.", u.Name)})
		}, nil
	case Rest:
		if u.Moved || u.Acted {
			return nil, illegal(o, "%s has already moved or fought this turn", u.Name)
		}
		if u.OutOfSupply > 0 {
			return nil, illegal(o, "%s is out of supply: hungry men do not recover by resting", u.Name)
		}
		if p := s.StarvingCity(u); p != nil {
			return nil, illegal(o, "%s is starving in %s: hungry men do not recover by resting", u.Name, p.Name)
		}
		return func(s *State) {
			u := s.Unit(o.Unit)
			u.Morale = min(100, u.Morale+s.Rules().Supply.RestMorale)
			u.MovesLeft, u.Acted = 0, true
			s.emit(Event{Kind: EvRest, Unit: u.ID, From: u.At, To: u.At, Text: fmt.Sprintf("%s rests (morale %.0f).", u.Name, u.Morale)})
		}, nil
	}
	return nil, illegal(o, "unknown order kind %q", o.Kind)
}
