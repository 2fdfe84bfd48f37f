package game

import "fmt"

// ActionDef is a special order a scenario opens to one side: a named leader
// at (or next to) a named place may carry it out once, e.g. Du Chong cutting
// the Yellow River dikes in 1128. Its effects are the same as an event's;
// Cost points are taken from the side's score.
type ActionDef struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Side    string   `json:"side"`
	Leader  string   `json:"leader"` // a unit led by this leader must be at or next to Place
	Place   string   `json:"place"`
	Text    string   `json:"text"` // what it costs and does, shown before confirming
	Cost    int      `json:"cost"` // points taken from the side's score
	Effects []Effect `json:"effects"`
}

// ActionOrder is the order kind that carries out a scenario's action
// (Order.Target is the action id).
const ActionOrder OrderKind = "action"

// Action returns the scenario's action with the given id, or nil.
func (s *State) Action(id string) *ActionDef {
	for i := range s.Scn.Actions {
		if s.Scn.Actions[i].ID == id {
			return &s.Scn.Actions[i]
		}
	}
	return nil
}

// ActionTaken reports whether the action has been carried out.
func (s *State) ActionTaken(id string) bool { return s.Taken[id] }

func (s *State) checkAction(o Order) (func(*State), error) {
	a := s.Action(o.Target)
	if a == nil {
		return nil, illegal(o, "this scenario has no action %q", o.Target)
	}
	if a.Side != s.ActiveSide() {
		return nil, illegal(o, "%s is open to %s only", a.Name, s.sideName(a.Side))
	}
	if s.Taken[a.ID] {
		return nil, illegal(o, "%s has already been done", a.Name)
	}
	p := s.Place(a.Place)
	var doer *Unit
	for _, u := range s.Units {
		if u.Alive() && u.Side == a.Side && u.Leader == a.Leader && p != nil && (u.At == p.At || Adjacent(u.At, p.At)) {
			doer = u
		}
	}
	if doer == nil {
		who := a.Leader
		if l := s.Scn.Leaders[a.Leader]; l != nil {
			who = l.Name
		}
		where := a.Place
		if p != nil {
			where = p.Name
		}
		return nil, illegal(o, "%s needs %s at or next to %s", a.Name, who, where)
	}
	return func(s *State) {
		if s.Taken == nil {
			s.Taken = map[string]bool{}
		}
		s.Taken[a.ID] = true
		s.Points[a.Side] -= a.Cost
		s.emit(Event{Kind: EvMessage, Unit: doer.ID, Place: a.Place, Text: fmt.Sprintf("%s: %s", a.Name, a.Text)})
		for _, ef := range a.Effects {
			s.applyEffect(ef)
		}
	}, nil
}
