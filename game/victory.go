package game

import (
	"fmt"
	"strings"
)

// Victory is a scenario's victory conditions.
type Victory struct {
	Conditions []Condition `json:"conditions"`
	// Default wins when the last turn ends and no condition decided the game;
	// "" means a draw.
	Default string `json:"default"`
}

// Condition kinds.
const (
	CondTake    = "take"    // Side wins at once when it holds all Places (by ByTurn, if set)
	CondHold    = "hold"    // Side wins at the end if it holds all Places
	CondDestroy = "destroy" // Side wins at once when all Units are destroyed or captured
	CondEscape  = "escape"  // Side wins at once when any of Units has escaped
	CondOccupy  = "occupy"  // Side wins at once with Count land units inside Zone
	CondPoints  = "points"  // Side wins at the end with at least Points points
)

// Condition is one way for a side to win.
type Condition struct {
	Side   string   `json:"side"`
	Kind   string   `json:"kind"`
	Places []string `json:"places"`
	Units  []string `json:"units"`
	Zone   []Hex    `json:"zone"`
	Count  int      `json:"count"`
	ByTurn int      `json:"by_turn"`
	Points int      `json:"points"`
	Text   string   `json:"text"`
}

// immediate reports whether the condition is checked after every order
// rather than only when time runs out.
func (c *Condition) immediate() bool {
	switch c.Kind {
	case CondTake, CondDestroy, CondEscape, CondOccupy:
		return true
	}
	return false
}

// met reports whether a condition holds now.
func (s *State) met(c *Condition) bool {
	switch c.Kind {
	case CondTake, CondHold:
		if c.ByTurn > 0 && s.Turn > c.ByTurn {
			return false
		}
		for _, id := range c.Places {
			if p := s.Place(id); p == nil || p.Owner != c.Side {
				return false
			}
		}
		return len(c.Places) > 0
	case CondDestroy:
		for _, id := range c.Units {
			u := s.Unit(id)
			if u == nil || (u.Status != Destroyed && u.Status != Captured) {
				return false
			}
		}
		return len(c.Units) > 0
	case CondEscape:
		for _, id := range c.Units {
			if u := s.Unit(id); u != nil && u.Status == Escaped {
				return true
			}
		}
		return false
	case CondOccupy:
		n := 0
		for _, u := range s.Units {
			if u.Alive() && u.Side == c.Side && u.Carrier == "" && !s.ClassOf(u).Naval() && inZone(c.Zone, u.At) {
				n++
			}
		}
		return n >= max(c.Count, 1)
	case CondPoints:
		return s.Score(c.Side) >= c.Points
	}
	return false
}

func inZone(zone []Hex, h Hex) bool {
	for _, z := range zone {
		if z == h {
			return true
		}
	}
	return false
}

// Score is a side's points: scripted points plus the points of the places it
// holds plus one point per thousand enemy soldiers (or ten ships) lost.
func (s *State) Score(side string) int {
	pts := s.Points[side]
	for _, p := range s.Places {
		if p.Owner == side {
			pts += p.Points
		}
	}
	for id, l := range s.Ledger {
		if s.Enemies(side, id) {
			pts += l.Lost.Soldiers/1000 + l.Lost.Ships/10
		}
	}
	return pts
}

// PointsLeader is the side with strictly the most points (Score), or ""
// when the best are level.
func (s *State) PointsLeader() string {
	best, bestScore, level := "", 0, false
	for _, sd := range s.Scn.Sides {
		switch sc := s.Score(sd.ID); {
		case best == "" || sc > bestScore:
			best, bestScore, level = sd.ID, sc, false
		case sc == bestScore:
			level = true
		}
	}
	if level {
		return ""
	}
	return best
}

// checkVictory ends the game if an immediate condition holds.
func (s *State) checkVictory() {
	if s.Over {
		return
	}
	for i := range s.Scn.Victory.Conditions {
		c := &s.Scn.Victory.Conditions[i]
		if c.immediate() && s.met(c) {
			s.finish(c.Side, c.describe(s))
			return
		}
	}
	// A side with nothing left on the map loses.
	for _, sd := range s.Scn.Sides {
		if !s.hasForces(sd.ID) {
			for _, other := range s.Scn.Sides {
				if s.hasForces(other.ID) && s.Enemies(sd.ID, other.ID) {
					s.finish(other.ID, fmt.Sprintf("%s has no forces left in the field.", sd.Name))
					return
				}
			}
		}
	}
}

// hasForces reports whether side has a unit on the map or still to come.
func (s *State) hasForces(side string) bool {
	for _, u := range s.Units {
		if u.Side == side && (u.Alive() || u.Status == Waiting) {
			return true
		}
	}
	return false
}

// TimeUpWinner is who would win if the last turn ended now: the side of
// the first end-of-game condition (hold, points) that holds, else the
// scenario's default ("" for a draw). The computer players judge games
// they have not played to the end by it.
func (s *State) TimeUpWinner() string {
	if c := s.timeUpCondition(); c != nil {
		return c.Side
	}
	return s.Scn.Victory.Default
}

// timeUpCondition is the first end-of-game condition that holds now, or nil.
func (s *State) timeUpCondition() *Condition {
	for i := range s.Scn.Victory.Conditions {
		if c := &s.Scn.Victory.Conditions[i]; !c.immediate() && s.met(c) {
			return c
		}
	}
	return nil
}

// timeUp decides the game when the last turn has ended.
func (s *State) timeUp() {
	s.TimeUp = true
	if c := s.timeUpCondition(); c != nil {
		s.finish(c.Side, c.describe(s))
		return
	}
	s.finish(s.Scn.Victory.Default, "Time has run out.")
}

func (c *Condition) describe(s *State) string {
	if c.Text != "" {
		return c.Text
	}
	name := s.sideName(c.Side)
	switch c.Kind {
	case CondTake:
		return fmt.Sprintf("%s takes %s.", name, strings.Join(c.Places, ", "))
	case CondHold:
		return fmt.Sprintf("%s holds %s to the end.", name, strings.Join(c.Places, ", "))
	case CondDestroy:
		return fmt.Sprintf("%s destroys %s.", name, strings.Join(c.Units, ", "))
	case CondEscape:
		return fmt.Sprintf("%s gets %s away.", name, strings.Join(c.Units, ", "))
	case CondOccupy:
		return fmt.Sprintf("%s gains a foothold in the objective zone.", name)
	case CondPoints:
		return fmt.Sprintf("%s wins on points.", name)
	}
	return name + " wins."
}

// finish ends the game.
func (s *State) finish(winner, reason string) {
	if s.Over {
		return
	}
	text := "The game ends in a draw. " + reason
	if winner != "" {
		text = fmt.Sprintf("%s wins. %s", s.sideName(winner), reason)
	}
	s.emit(Event{Kind: EvGameOver, Side: winner, Text: text})
	s.Over = true
	s.Winner = winner
	s.Reason = reason
}
