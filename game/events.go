package game

import (
	"fmt"
	"math"
)

// EventKind names what happened in a log entry.
type EventKind string

// Log event kinds.
const (
	EvMove      EventKind = "move"
	EvCombat    EventKind = "combat"
	EvBombard   EventKind = "bombard"
	EvRetreat   EventKind = "retreat"
	EvRout      EventKind = "rout"
	EvDestroyed EventKind = "destroyed"
	EvCaptured  EventKind = "captured" // a place changed hands
	EvSurrender EventKind = "surrender"
	EvBlockade  EventKind = "blockade"
	EvStarve    EventKind = "starve"
	EvAttrition EventKind = "attrition"
	EvSupply    EventKind = "supply"
	EvResupply  EventKind = "resupply"
	EvEmbark    EventKind = "embark"
	EvDisembark EventKind = "disembark"
	EvFortify   EventKind = "fortify"
	EvRest      EventKind = "rest"
	EvTurn      EventKind = "turn"
	EvMessage   EventKind = "message"
	EvReinforce EventKind = "reinforce"
	EvDefect    EventKind = "defect"
	EvWithdraw  EventKind = "withdraw"
	EvEscape    EventKind = "escape"
	EvTerrain   EventKind = "terrain"
	EvGameOver  EventKind = "game_over"
	EvPoints    EventKind = "points"
	EvControl   EventKind = "control"
)

// Event is one entry in the game log. Every resolved order appends at least
// one; the client, replays and narration read them.
type Event struct {
	Turn   int       `json:"turn"`
	Date   string    `json:"date"`
	Side   string    `json:"side,omitempty"`
	Kind   EventKind `json:"kind"`
	Unit   string    `json:"unit,omitempty"`
	Target string    `json:"target,omitempty"`
	Place  string    `json:"place,omitempty"`
	From   Hex       `json:"from"`
	To     Hex       `json:"to"`
	Loss   int       `json:"loss,omitempty"`  // strength lost by Unit
	TLoss  int       `json:"tloss,omitempty"` // strength lost by Target
	Text   string    `json:"text"`
}

// EventDef is a scripted scenario event: when its trigger holds, its effects
// happen (once, unless Repeat).
type EventDef struct {
	ID      string   `json:"id"`
	Trigger Trigger  `json:"trigger"`
	Effects []Effect `json:"effects"`
	Repeat  bool     `json:"repeat"`
}

// Trigger is a set of conditions that must all hold. Zero fields are ignored.
type Trigger struct {
	Turn           int     `json:"turn"`        // on or after this turn
	Date           string  `json:"date"`        // on or after this date, "YYYY-MM-DD"
	Side           string  `json:"side"`        // only at the start of this side's turn
	PlaceTaken     string  `json:"place_taken"` // this place is held by TakenBy (or not by its first owner)
	TakenBy        string  `json:"taken_by"`
	UnitDestroyed  string  `json:"unit_destroyed"` // destroyed or captured
	UnitEscaped    string  `json:"unit_escaped"`
	LossesSide     string  `json:"losses_side"` // this side has lost at least LossesAtLeast
	LossesAtLeast  int     `json:"losses_at_least"`
	Chance         float64 `json:"chance"`           // if set, probability per check (0..1]
	ActionTaken    string  `json:"action_taken"`     // this scenario action has been carried out
	ActionNotTaken string  `json:"action_not_taken"` // this scenario action has not been carried out
}

// Effect is one consequence of a scripted event.
type Effect struct {
	Kind    string   `json:"kind"`    // message, reinforce, control, withdraw, defect, end, points, terrain, food
	Text    string   `json:"text"`    // message shown in the log
	Units   []string `json:"units"`   // reinforce, withdraw, defect
	Place   string   `json:"place"`   // control, food
	Side    string   `json:"side"`    // control, defect (new side), end (winner; "" = draw), points
	Points  int      `json:"points"`  // points
	Hexes   []Hex    `json:"hexes"`   // terrain
	Terrain string   `json:"terrain"` // terrain id for Hexes
	Loss    float64  `json:"loss"`    // terrain: percent of strength lost by units on the changed hexes
	Food    int      `json:"food"`    // food: days of food added to Place
}

func (s *State) emit(ev Event) Event {
	ev.Turn = s.Turn
	ev.Date = s.DateString()
	if ev.Side == "" && !s.Over {
		ev.Side = s.ActiveSide()
	}
	s.Log = append(s.Log, ev)
	return ev
}

func (s *State) message(kind EventKind, format string, args ...any) Event {
	return s.emit(Event{Kind: kind, Text: fmt.Sprintf(format, args...)})
}

// fireEvents checks every scripted event and runs those whose trigger holds.
// atPhaseStart is true when called at the start of a side's turn.
func (s *State) fireEvents(atPhaseStart bool) {
	for i := range s.Scn.Events {
		if s.Over {
			return
		}
		ev := &s.Scn.Events[i]
		if s.Fired[i] && !ev.Repeat {
			continue
		}
		if !s.triggerHolds(&ev.Trigger, atPhaseStart) {
			continue
		}
		s.Fired[i] = true
		for _, ef := range ev.Effects {
			s.applyEffect(ef)
		}
	}
}

func (s *State) triggerHolds(t *Trigger, atPhaseStart bool) bool {
	timed := t.Turn > 0 || t.Date != "" || t.Side != ""
	if timed && !atPhaseStart {
		return false
	}
	if t.Turn > 0 && s.Turn < t.Turn {
		return false
	}
	if t.Date != "" && s.Date().Format("2006-01-02") < t.Date {
		return false
	}
	if t.Side != "" && s.ActiveSide() != t.Side {
		return false
	}
	if t.PlaceTaken != "" {
		p := s.Place(t.PlaceTaken)
		if p == nil {
			return false
		}
		if t.TakenBy != "" && p.Owner != t.TakenBy {
			return false
		}
		if t.TakenBy == "" && p.Owner == s.initialOwner(p.ID) {
			return false
		}
	}
	if t.UnitDestroyed != "" {
		u := s.Unit(t.UnitDestroyed)
		if u == nil || (u.Status != Destroyed && u.Status != Captured) {
			return false
		}
	}
	if t.UnitEscaped != "" {
		u := s.Unit(t.UnitEscaped)
		if u == nil || u.Status != Escaped {
			return false
		}
	}
	if t.LossesSide != "" {
		l := s.Ledger[t.LossesSide]
		if l == nil || l.Lost.Soldiers+l.Lost.Ships < t.LossesAtLeast {
			return false
		}
	}
	if t.ActionTaken != "" && !s.Taken[t.ActionTaken] {
		return false
	}
	if t.ActionNotTaken != "" && s.Taken[t.ActionNotTaken] {
		return false
	}
	if t.Chance > 0 && s.RNG.Float64() >= t.Chance {
		return false
	}
	return true
}

// initialOwner is recorded in the first log entries; we keep it on the
// scenario through InitialOwners.
func (s *State) initialOwner(place string) string {
	return s.Scn.InitialOwners[place]
}

func (s *State) applyEffect(ef Effect) {
	switch ef.Kind {
	case "message":
		s.emit(Event{Kind: EvMessage, Text: ef.Text})
	case "reinforce":
		for _, id := range ef.Units {
			u := s.Unit(id)
			if u == nil || u.Status != Waiting {
				continue
			}
			if !s.arrive(u) && !contains(s.Pending, u.ID) {
				s.Pending = append(s.Pending, u.ID) // no room: it tries again each turn
			}
		}
		if ef.Text != "" {
			s.emit(Event{Kind: EvMessage, Text: ef.Text})
		}
	case "control":
		if p := s.Place(ef.Place); p != nil {
			s.setOwner(p, ef.Side, ef.Text)
		}
	case "withdraw":
		for _, id := range ef.Units {
			u := s.Unit(id)
			if u == nil || !u.Alive() {
				continue
			}
			for _, c := range s.Cargo(u) {
				c.Status = Withdrawn
				c.Carrier = ""
			}
			u.Status = Withdrawn
			s.emit(Event{Kind: EvWithdraw, Side: u.Side, Unit: u.ID, From: u.At,
				Text: fmt.Sprintf("%s is withdrawn from the field.", u.Name)})
		}
		if ef.Text != "" {
			s.emit(Event{Kind: EvMessage, Text: ef.Text})
		}
	case "defect":
		for _, id := range ef.Units {
			u := s.Unit(id)
			if u == nil || u.Status != Active || u.Side == ef.Side {
				continue
			}
			s.Ledger[u.Side].Defected += u.Strength
			s.Ledger[ef.Side].Joined += u.Strength
			old := u.Side
			u.Side = ef.Side
			u.Blockading = false
			s.emit(Event{Kind: EvDefect, Side: ef.Side, Unit: u.ID, From: u.At,
				Text: fmt.Sprintf("%s goes over from %s to %s.", u.Name, s.sideName(old), s.sideName(ef.Side))})
		}
		s.separateEnemies()
		if ef.Text != "" {
			s.emit(Event{Kind: EvMessage, Text: ef.Text})
		}
	case "points":
		s.Points[ef.Side] += ef.Points
		s.emit(Event{Kind: EvPoints, Side: ef.Side, Text: ef.Text})
	case "terrain":
		t := s.Scn.Rules.Terrain[ef.Terrain]
		if t == nil {
			return
		}
		for _, h := range ef.Hexes {
			s.SetTerrain(h, t)
		}
		s.emit(Event{Kind: EvTerrain, Text: ef.Text})
		s.caughtByChange(ef)
	case "food":
		if p := s.Place(ef.Place); p != nil {
			p.Food += ef.Food
			text := ef.Text
			if text == "" {
				text = fmt.Sprintf("%s receives %d days of food.", p.Name, ef.Food)
			}
			s.emit(Event{Kind: EvResupply, Side: p.Owner, Place: p.ID, To: p.At, Text: text})
		}
	case "end":
		s.finish(ef.Side, ef.Text)
	}
}

func (s *State) sideName(id string) string {
	if sd := s.side(id); sd != nil {
		return sd.Name
	}
	return id
}

// hexName names a hex by its place if it has one.
func (s *State) hexName(h Hex) string {
	if p := s.PlaceAt(h); p != nil {
		return p.Name
	}
	return "hex " + h.String()
}

// caughtByChange applies a terrain change to the units standing in it: each
// loses Loss percent of its strength, and one that can no longer stand there
// is swept to the nearest hex where it can (or drowned if there is none).
func (s *State) caughtByChange(ef Effect) {
	for _, u := range s.Units {
		if !u.Alive() || u.Carrier != "" || !inZone(ef.Hexes, u.At) {
			continue
		}
		if ef.Loss > 0 {
			loss := int(math.Ceil(float64(u.Strength) * ef.Loss / 100))
			s.emit(Event{Kind: EvAttrition, Side: u.Side, Unit: u.ID, From: u.At, Loss: loss,
				Text: fmt.Sprintf("%s is caught by the waters and loses %d.", u.Name, loss)})
			s.lose(u, loss)
			if !u.Alive() {
				continue
			}
		}
		if s.CanStand(s.ClassOf(u), u.At) {
			continue
		}
		if h := s.freeHexNear(u, u.At); h != nil {
			from := u.At
			u.At = *h
			u.Fortified, u.Blockading = false, false
			for _, cg := range s.Cargo(u) {
				cg.At = *h
			}
			s.emit(Event{Kind: EvRetreat, Side: u.Side, Unit: u.ID, From: from, To: *h,
				Text: fmt.Sprintf("%s is driven out to %s.", u.Name, s.hexName(*h))})
			continue
		}
		s.emit(Event{Kind: EvDestroyed, Side: u.Side, Unit: u.ID, From: u.At, Text: fmt.Sprintf("%s has nowhere to go and drowns.", u.Name)})
		s.capture(u)
	}
}

// arrive puts a waiting reinforcement on the map at (or near) its hex;
// false when there is no room for it there.
func (s *State) arrive(u *Unit) bool {
	at := s.freeHexNear(u, u.At)
	if at == nil {
		return false
	}
	u.At = *at
	u.Status = Active
	u.MovesLeft = 0
	s.Ledger[u.Side].Reinforced += u.Strength
	s.emit(Event{Kind: EvReinforce, Side: u.Side, Unit: u.ID, To: u.At,
		Text: fmt.Sprintf("%s arrives at %s.", u.Name, s.hexName(u.At))})
	return true
}

// arrivePending retries the reinforcements that found no room before.
func (s *State) arrivePending() {
	kept := s.Pending[:0:0]
	for _, id := range s.Pending {
		if u := s.Unit(id); u != nil && u.Status == Waiting && !s.arrive(u) {
			kept = append(kept, id)
		}
	}
	s.Pending = kept
}
