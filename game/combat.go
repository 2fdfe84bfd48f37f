package game

import (
	"fmt"
	"math"
)

// Factor is one line of a combat preview: a named multiplier on one side's power.
type Factor struct {
	Name  string  `json:"name"`
	Side  string  `json:"side"` // "attacker" or "defender"
	Value float64 `json:"value"`
}

// Prediction is what a combat preview shows. It is computed by the same code
// that resolves the combat, over every possible luck roll, so it cannot lie.
type Prediction struct {
	Kind         OrderKind `json:"kind"`
	Attacker     string    `json:"attacker"`
	Defender     string    `json:"defender"`
	AttackPower  float64   `json:"attack_power"`
	DefencePower float64   `json:"defence_power"`
	Odds         float64   `json:"odds"`          // attack power / defence power
	WinChance    float64   `json:"win_chance"`    // chance the defender retreats, routs or is destroyed
	AttackerLoss float64   `json:"attacker_loss"` // expected strength lost
	DefenderLoss float64   `json:"defender_loss"`
	Factors      []Factor  `json:"factors"`
}

// luckSteps is the number of equally likely luck rolls per side; roll r
// multiplies power by 0.75 + 0.05*r (0.75 to 1.20).
const luckSteps = 10

func luck(r int) float64 { return 0.75 + 0.05*float64(r) }

// battle is everything known about a fight before the dice are rolled.
type battle struct {
	kind       OrderKind
	att, def   *Unit
	attC, defC *Class
	place      *Place // city being fought over, if any
	walls      int    // effective wall level
	attPower   float64
	defPower   float64
	intensity  float64
	factors    []Factor // listed only when explain is set
	explain    bool
	weapon     *Weapon
	vs         float64
}

// note lists the factor f makes, when the battle is to be explained: the
// names, some of them formatted, cost more than the fight's arithmetic.
func (b *battle) note(f func() Factor) {
	if b.explain {
		b.factors = append(b.factors, f())
	}
}

// outcome is one resolution of a battle for a given pair of rolls.
type outcome struct {
	attLoss, defLoss     int
	attMorale, defMorale float64 // morale after
	defRetreats          bool
	defRouts, attRouts   bool
}

// Predict returns the combat preview for an attack, assault, sally or
// bombardment order, or the reason the order is illegal.
func Predict(s *State, o Order) (Prediction, error) {
	return predict(s, o, true)
}

// Forecast is Predict without the list of factors: the same odds, chance
// and losses, for the computer players, which weigh thousands of fights a
// turn and read no explanations.
func Forecast(s *State, o Order) (Prediction, error) {
	return predict(s, o, false)
}

func predict(s *State, o Order, explain bool) (Prediction, error) {
	switch o.Kind {
	case Attack, Assault, Sally, Bombard:
	default:
		return Prediction{}, illegal(o, "only attacks, assaults, sallies and bombardments have a combat preview")
	}
	if _, err := s.check(o); err != nil {
		return Prediction{}, err
	}
	b, err := s.prepare(o, explain)
	if err != nil {
		return Prediction{}, err
	}
	p := Prediction{Kind: o.Kind, Attacker: b.att.ID, Defender: b.def.ID,
		AttackPower: b.attPower, DefencePower: b.defPower, Factors: b.factors}
	if b.defPower > 0 {
		p.Odds = b.attPower / b.defPower
	}
	wins := 0
	for ra := 0; ra < luckSteps; ra++ {
		for rd := 0; rd < luckSteps; rd++ {
			oc := s.roll(b, ra, rd)
			p.AttackerLoss += float64(oc.attLoss)
			p.DefenderLoss += float64(oc.defLoss)
			if oc.defRetreats || oc.defRouts || oc.defLoss >= b.def.Strength {
				wins++
			}
		}
	}
	n := float64(luckSteps * luckSteps)
	p.AttackerLoss /= n
	p.DefenderLoss /= n
	p.WinChance = float64(wins) / n
	return p, nil
}

// prepare builds the battle for a legal combat order, listing the factors
// of its powers when it is to be explained.
func (s *State) prepare(o Order, explain bool) (*battle, error) {
	att := s.Unit(o.Unit)
	if o.Kind == Bombard {
		return s.prepareBombard(o, att, explain), nil
	}
	def := s.defender(att, o.To)
	if def == nil {
		return nil, illegal(o, "no enemy at %s", o.To)
	}
	r := s.Rules()
	b := &battle{kind: o.Kind, att: att, def: def, attC: s.ClassOf(att), defC: s.ClassOf(def),
		intensity: r.Combat.Intensity, explain: explain}
	b.place = s.PlaceAt(o.To)
	if b.place != nil && b.place.Walls >= 1 && !b.defC.Naval() {
		b.walls = s.effectiveWalls(att.Side, b.place)
	}
	if o.Kind == Assault && r.Combat.AssaultBonus > 0 {
		b.intensity *= r.Combat.AssaultBonus
	}
	b.attPower = s.basePower(b, att, b.attC.Attack, "attacker")
	b.defPower = s.basePower(b, def, b.defC.Defence, "defender")
	t := s.TerrainAt(def.At)
	if t.Defence != 1 {
		b.defPower *= t.Defence
		b.note(func() Factor { return Factor{"Terrain: " + t.Name, "defender", t.Defence} })
	}
	if b.walls > 0 {
		f := r.Combat.wallFactor(b.walls)
		b.defPower *= f
		b.note(func() Factor { return Factor{fmt.Sprintf("Walls (level %d)", b.walls), "defender", f} })
	}
	if def.Fortified && r.Combat.Fortified > 0 {
		b.defPower *= r.Combat.Fortified
		b.note(func() Factor { return Factor{"Fortified", "defender", r.Combat.Fortified} })
	}
	s.applyModifiers(b, o.Kind == Sally)
	return b, nil
}

// basePower is strength times the class value, adjusted for morale,
// experience, leader and daze, with each adjustment noted on b as side's.
func (s *State) basePower(b *battle, u *Unit, perPoint float64, side string) float64 {
	r := s.Rules()
	p := float64(u.Strength) * perPoint
	mf := 0.5 + u.Morale/200
	p *= mf
	b.note(func() Factor { return Factor{fmt.Sprintf("Morale %.0f", u.Morale), side, mf} })
	if u.Experience > 0 && r.Combat.ExperiencePer > 0 {
		f := 1 + float64(u.Experience)*r.Combat.ExperiencePer
		p *= f
		b.note(func() Factor { return Factor{fmt.Sprintf("Experience %d", u.Experience), side, f} })
	}
	if l := s.LeaderOf(u); l != nil && l.Command > 0 {
		f := 1 + float64(l.Command)*r.Combat.LeaderPerPoint
		p *= f
		b.note(func() Factor { return Factor{"Leader: " + l.Name, side, f} })
	}
	if u.Dazed > 0 && r.Combat.Dazed > 0 {
		p *= r.Combat.Dazed
		b.note(func() Factor { return Factor{"Blinded by thunderclap smoke", side, r.Combat.Dazed} })
	}
	return p
}

// applyModifiers multiplies in every matching row of the matchup table.
func (s *State) applyModifiers(b *battle, sally bool) {
	attT, defT := s.TerrainAt(b.att.At), s.TerrainAt(b.def.At)
	attL, defL := s.LeaderOf(b.att), s.LeaderOf(b.def)
	for _, m := range s.Rules().Modifiers {
		if len(m.Attacker) > 0 && !anyTag(b.attC.Tags, m.Attacker) {
			continue
		}
		if len(m.Defender) > 0 && !anyTag(b.defC.Tags, m.Defender) {
			continue
		}
		if len(m.Terrain) > 0 && !contains(m.Terrain, defT.ID) {
			continue
		}
		if len(m.AttackerTerrain) > 0 && !contains(m.AttackerTerrain, attT.ID) {
			continue
		}
		if m.Walls && b.walls == 0 {
			continue
		}
		if m.Sally && !sally {
			continue
		}
		if m.AttackerLeader != "" && (attL == nil || !contains(attL.Abilities, m.AttackerLeader)) {
			continue
		}
		if m.DefenderLeader != "" && (defL == nil || !contains(defL.Abilities, m.DefenderLeader)) {
			continue
		}
		if m.Attack != 0 && m.Attack != 1 {
			b.attPower *= m.Attack
			b.note(func() Factor { return Factor{m.Name, "attacker", m.Attack} })
		}
		if m.Defence != 0 && m.Defence != 1 {
			b.defPower *= m.Defence
			b.note(func() Factor { return Factor{m.Name, "defender", m.Defence} })
		}
	}
}

// defender picks the unit that defends hex h against att: the strongest
// defender of att's domain that is not carried.
func (s *State) defender(att *Unit, h Hex) *Unit {
	naval := s.ClassOf(att).Naval()
	var best *Unit
	bestP := -1.0
	for _, u := range s.Units {
		if !u.Alive() || u.At != h || u.Carrier != "" || !s.Enemies(att.Side, u.Side) {
			continue
		}
		c := s.ClassOf(u)
		if c.Naval() != naval {
			continue
		}
		p := float64(u.Strength) * c.Defence * (0.5 + u.Morale/200)
		if p > bestP {
			best, bestP = u, p
		}
	}
	return best
}

// effectiveWalls is the wall level of p against side, less the breach made
// by side's siege engines standing next to it.
func (s *State) effectiveWalls(side string, p *Place) int {
	w := int(p.Walls)
	if s.EnginesNear(side, p.At) {
		w -= s.Rules().Combat.EngineBreach
	}
	return max(w, 0)
}

// EnginesNear reports whether side has a siege engine, not on board, next
// to h: the walls there then count engine_breach levels lower, and may be
// stormed whatever their height.
func (s *State) EnginesNear(side string, h Hex) bool {
	for _, u := range s.Units {
		if u.Alive() && u.Side == side && u.Carrier == "" && Adjacent(u.At, h) && s.ClassOf(u).HasTag("engine") {
			return true
		}
	}
	return false
}

// roll resolves a prepared melee battle for the given luck rolls.
func (s *State) roll(b *battle, ra, rd int) outcome {
	if b.kind == Bombard {
		return s.rollBombard(b, ra)
	}
	r := s.Rules()
	a := b.attPower * luck(ra)
	d := b.defPower * luck(rd)
	share := 0.5
	if a+d > 0 {
		share = a / (a + d)
	}
	var oc outcome
	oc.defLoss = min(b.def.Strength, int(math.Round(float64(b.def.Strength)*b.intensity*2*share)))
	oc.attLoss = min(b.att.Strength, int(math.Round(float64(b.att.Strength)*b.intensity*2*(1-share))))
	// The side that gets the worse of it always loses something, so a
	// remnant of one ship or one engine can still be finished off.
	if share > 0.5 && oc.defLoss == 0 {
		oc.defLoss = min(b.def.Strength, 1)
	} else if share < 0.5 && oc.attLoss == 0 {
		oc.attLoss = min(b.att.Strength, 1)
	}
	oc.attMorale = moraleAfter(b.att, oc.attLoss, r.Combat.MoralePerLoss)
	oc.defMorale = moraleAfter(b.def, oc.defLoss, r.Combat.MoralePerLoss)
	if share > 0.5 {
		oc.attMorale = min(100, oc.attMorale+r.Combat.WinMorale)
	} else if share < 0.5 {
		oc.defMorale = min(100, oc.defMorale+r.Combat.WinMorale)
	}
	oc.defRouts = oc.defMorale < r.Combat.RoutMorale
	// An attacker that got the better of the fight never breaks, even if it
	// started the fight with its morale already low.
	oc.attRouts = share < 0.5 && oc.attMorale < r.Combat.RoutMorale
	// Behind walls a garrison stands its ground unless it breaks.
	oc.defRetreats = b.walls == 0 && d > 0 && a/d >= r.Combat.RetreatRatio
	return oc
}

func moraleAfter(u *Unit, loss int, perLoss float64) float64 {
	if u.Strength == 0 {
		return 0
	}
	pct := 100 * float64(loss) / float64(u.Strength)
	return math.Max(0, u.Morale-pct*perLoss)
}

func (s *State) checkAttack(o Order, u *Unit) (func(*State), error) {
	c := s.ClassOf(u)
	switch {
	case u.Carrier != "":
		return nil, illegal(o, "%s cannot fight from on board a ship", u.Name)
	case u.Acted:
		return nil, illegal(o, "%s has already fought this turn", u.Name)
	case c.Attack <= 0:
		return nil, illegal(o, "%s cannot attack", c.Name)
	case !Adjacent(u.At, o.To):
		return nil, illegal(o, "hex %s is not next to %s", o.To, u.Name)
	}
	def := s.defender(u, o.To)
	if def == nil {
		if s.HasEnemy(u.Side, o.To) {
			if c.Naval() {
				return nil, illegal(o, "ships can only bombard troops on land")
			}
			return nil, illegal(o, "troops cannot reach ships on the water: bombard them instead")
		}
		return nil, illegal(o, "there is no enemy at %s", o.To)
	}
	p := s.PlaceAt(o.To)
	walled := p != nil && p.Walls >= 1 && !c.Naval()
	switch o.Kind {
	case Attack:
		if walled {
			return nil, illegal(o, "%s is walled: order an assault or a blockade", p.Name)
		}
	case Assault:
		if !walled {
			return nil, illegal(o, "there are no walls to assault at %s", o.To)
		}
		r := s.Rules()
		if r.Combat.EnginesAtWalls > 0 && int(p.Walls) >= r.Combat.EnginesAtWalls && !s.EnginesNear(u.Side, p.At) {
			return nil, illegal(o, "the walls of %s (level %d) cannot be stormed without siege engines next to the city", p.Name, int(p.Walls))
		}
	case Sally:
		home := s.PlaceAt(u.At)
		if home == nil || home.Owner != u.Side {
			return nil, illegal(o, "%s is not inside a friendly city", u.Name)
		}
	}
	return func(s *State) { s.fight(o) }, nil
}

// fight resolves a legal melee order.
func (s *State) fight(o Order) {
	b, _ := s.prepare(o, false)
	ra, rd := s.RNG.Intn(luckSteps), s.RNG.Intn(luckSteps)
	oc := s.roll(b, ra, rd)
	att, def := b.att, b.def
	att.Acted, att.MovesLeft, att.Fortified = true, 0, false
	verb := map[OrderKind]string{Attack: "attacks", Assault: "storms", Sally: "sallies against"}[o.Kind]
	s.emit(Event{Kind: EvCombat, Unit: att.ID, Target: def.ID, From: att.At, To: def.At,
		Loss: oc.attLoss, TLoss: oc.defLoss,
		Text: fmt.Sprintf("%s %s %s: %d lost against %d (odds %.1f:1).", att.Name, verb, def.Name, oc.attLoss, oc.defLoss, b.attPower/math.Max(b.defPower, 1e-9))})
	att.Morale, def.Morale = oc.attMorale, oc.defMorale
	s.lose(att, oc.attLoss)
	s.lose(def, oc.defLoss)
	won := oc.defLoss > 0 && (oc.defRetreats || oc.defRouts || !def.Alive())
	if won && att.Alive() && att.Experience < 3 {
		att.Experience++
	}
	if def.Alive() {
		switch {
		case oc.defRouts:
			s.retreat(def, att.At, 2, true)
		case oc.defRetreats:
			s.retreat(def, att.At, 1, false)
		}
	}
	if att.Alive() && oc.attRouts {
		s.retreat(att, def.At, 1, true)
	}
	// Advance after combat into an emptied hex (never after a sally).
	if att.Alive() && o.Kind != Sally && !s.HasEnemy(att.Side, o.To) && s.CanStand(b.attC, o.To) &&
		s.FriendlyCount(att.Side, o.To, att.ID) < s.Rules().Combat.StackLimit && !oc.attRouts {
		from := att.At
		att.At = o.To
		att.Blockading = false
		s.emit(Event{Kind: EvMove, Unit: att.ID, From: from, To: o.To, Text: fmt.Sprintf("%s advances into %s.", att.Name, s.hexName(o.To))})
		s.entered(att)
	}
}

// retreat moves u up to steps hexes away from the hex `from`. A unit that
// cannot retreat is captured if routed, or loses a further tenth otherwise.
func (s *State) retreat(u *Unit, from Hex, steps int, routed bool) {
	c := s.ClassOf(u)
	start := u.At
	for i := 0; i < steps; i++ {
		var best *Hex
		bestD := Distance(u.At, from)
		for _, n := range u.At.Neighbours() {
			if !s.canFallBack(u, c, n, from, "") {
				continue
			}
			if d := Distance(n, from); d > bestD {
				nn := n
				best, bestD = &nn, d
			}
		}
		if best == nil {
			break
		}
		u.At = *best
		for _, cg := range s.Cargo(u) {
			cg.At = *best
		}
	}
	u.Fortified, u.Blockading = false, false
	kind, verb := EvRetreat, "falls back"
	if routed {
		kind, verb = EvRout, "breaks and flees"
	}
	if u.At == start {
		if routed {
			s.emit(Event{Kind: EvRout, Side: u.Side, Unit: u.ID, From: start, Text: fmt.Sprintf("%s is cut off and surrenders.", u.Name)})
			s.capture(u)
			return
		}
		s.lose(u, (u.Strength+9)/10)
		s.emit(Event{Kind: kind, Side: u.Side, Unit: u.ID, From: start, To: start, Text: fmt.Sprintf("%s has nowhere to fall back and suffers for it.", u.Name)})
		return
	}
	s.emit(Event{Kind: kind, Side: u.Side, Unit: u.ID, From: start, To: u.At, Text: fmt.Sprintf("%s %s to %s.", u.Name, verb, s.hexName(u.At))})
	s.entered(u)
}

// CanFallBack reports whether u, struck from the hex from, may fall back
// from its hex to the neighbouring hex n: n is farther from from, u can
// stand there, no enemy holds it and the stack has room. The unit whose ID
// is ignore ("" for none) counts as gone, as a striker that will have
// moved by the time the blow lands. A unit that breaks with no such hex
// is captured. The computer opponent asks this to strike a prize from
// where it cannot flee.
func (s *State) CanFallBack(u *Unit, n, from Hex, ignore string) bool {
	return s.canFallBack(u, s.ClassOf(u), n, from, ignore)
}

func (s *State) canFallBack(u *Unit, c *Class, n, from Hex, ignore string) bool {
	return Distance(n, from) > Distance(u.At, from) && s.CanStand(c, n) && !s.hasEnemyBesides(u.Side, n, ignore) &&
		s.FriendlyCount(u.Side, n, u.ID) < s.Rules().Combat.StackLimit
}

// lose removes n strength from u, records it, and destroys u at zero.
func (s *State) lose(u *Unit, n int) {
	n = min(n, u.Strength)
	if n <= 0 {
		return
	}
	u.Strength -= n
	s.record(u, n)
	if u.Strength == 0 {
		s.destroy(u, Destroyed)
	}
}

func (s *State) record(u *Unit, n int) {
	l := s.Ledger[u.Side]
	if s.ClassOf(u).Naval() {
		l.Lost.Ships += n
	} else {
		l.Lost.Soldiers += n
	}
}

// capture takes u and its remaining strength off the map as prisoners.
func (s *State) capture(u *Unit) {
	s.record(u, u.Strength)
	u.Strength = 0
	s.destroy(u, Captured)
}

// destroy removes u from the map; a sunk ship takes its cargo down with it.
func (s *State) destroy(u *Unit, status UnitStatus) {
	u.Status = status
	for _, cg := range s.Cargo(u) {
		s.record(cg, cg.Strength)
		cg.Strength = 0
		cg.Status = Destroyed
		cg.Carrier = ""
	}
	word := "destroyed"
	if status == Captured {
		word = "captured"
	}
	s.emit(Event{Kind: EvDestroyed, Side: u.Side, Unit: u.ID, From: u.At, Text: fmt.Sprintf("%s is %s.", u.Name, word)})
}
