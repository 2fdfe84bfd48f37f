package game

import (
	"fmt"
	"math"
)

// bombardTarget picks the enemy unit at h most hurt by weapon w: the highest
// multiplier against its tags, then the largest.
func (s *State) bombardTarget(side string, h Hex, w *Weapon) *Unit {
	var best *Unit
	bestV := -1.0
	for _, u := range s.Units {
		if !u.Alive() || u.At != h || u.Carrier != "" || !s.Enemies(side, u.Side) {
			continue
		}
		v := vsFactor(w, s.ClassOf(u)) * 1e7
		v += float64(u.Strength)
		if v > bestV {
			best, bestV = u, v
		}
	}
	return best
}

// VsFactor is the weapon's multiplier against a class: the largest matching
// tag entry, else the "other" entry, else 1.
func VsFactor(w *Weapon, c *Class) float64 { return vsFactor(w, c) }

func vsFactor(w *Weapon, c *Class) float64 {
	f, found := 0.0, false
	for _, t := range c.Tags {
		if v, ok := w.Vs[t]; ok && v > f {
			f, found = v, true
		}
	}
	if found {
		return f
	}
	if v, ok := w.Vs["other"]; ok {
		return v
	}
	return 1
}

func (s *State) checkBombard(o Order, u *Unit) (func(*State), error) {
	c := s.ClassOf(u)
	w := s.Rules().Weapons[o.Weapon]
	switch {
	case w == nil:
		return nil, illegal(o, "there is no weapon %q", o.Weapon)
	case !contains(c.Weapons, o.Weapon):
		return nil, illegal(o, "%s cannot use %s", c.Name, w.Name)
	case u.Carrier != "":
		return nil, illegal(o, "%s cannot fight from on board a ship", u.Name)
	case u.Acted:
		return nil, illegal(o, "%s has already fought this turn", u.Name)
	case u.Ammo[o.Weapon] < w.PerShot:
		return nil, illegal(o, "%s has %d %s left and needs %d", u.Name, u.Ammo[o.Weapon], w.Name, w.PerShot)
	case Distance(u.At, o.To) > w.Range || u.At == o.To:
		return nil, illegal(o, "hex %s is out of range of %s (%d hexes)", o.To, w.Name, w.Range)
	}
	if s.bombardTarget(u.Side, o.To, w) == nil {
		return nil, illegal(o, "there is no enemy at %s", o.To)
	}
	return func(s *State) { s.fireBombard(o) }, nil
}

func (s *State) prepareBombard(o Order, att *Unit, explain bool) *battle {
	w := s.Rules().Weapons[o.Weapon]
	def := s.bombardTarget(att.Side, o.To, w)
	b := &battle{kind: Bombard, att: att, def: def, attC: s.ClassOf(att), defC: s.ClassOf(def), weapon: w, explain: explain}
	b.vs = vsFactor(w, b.defC)
	b.attPower = w.Power * float64(w.PerShot)
	b.note(func() Factor { return Factor{fmt.Sprintf("%d %s", w.PerShot, w.Name), "attacker", b.attPower} })
	if b.vs != 1 {
		b.note(func() Factor { return Factor{fmt.Sprintf("%s against %s", w.Name, b.defC.Name), "attacker", b.vs} })
	}
	b.attPower *= b.vs
	if att.Dazed > 0 && s.Rules().Combat.Dazed > 0 {
		b.attPower *= s.Rules().Combat.Dazed
		b.note(func() Factor { return Factor{"Blinded by thunderclap smoke", "attacker", s.Rules().Combat.Dazed} })
	}
	b.defPower = b.defC.Toughness
	b.note(func() Factor { return Factor{"Toughness of " + b.defC.Name, "defender", b.defC.Toughness} })
	b.place = s.PlaceAt(o.To)
	return b
}

// rollBombard resolves a bombardment for one luck roll: damage in soldiers'
// worth divided by the target's toughness.
func (s *State) rollBombard(b *battle, ra int) outcome {
	r := s.Rules()
	var oc outcome
	dmg := b.attPower * luck(ra) / b.defPower
	oc.defLoss = min(b.def.Strength, int(math.Round(dmg)))
	oc.defMorale = moraleAfter(b.def, oc.defLoss, r.Combat.MoralePerLoss)
	oc.defMorale = math.Max(0, oc.defMorale-b.weapon.Morale*luck(ra))
	oc.attMorale = b.att.Morale
	oc.defRouts = oc.defMorale < r.Combat.RoutMorale
	return oc
}

func (s *State) fireBombard(o Order) {
	b := s.prepareBombard(o, s.Unit(o.Unit), false)
	ra := s.RNG.Intn(luckSteps)
	oc := s.rollBombard(b, ra)
	att, def, w := b.att, b.def, b.weapon
	att.Ammo[w.ID] -= w.PerShot
	att.Acted, att.MovesLeft, att.Fortified = true, 0, false
	s.emit(Event{Kind: EvBombard, Unit: att.ID, Target: def.ID, From: att.At, To: def.At, TLoss: oc.defLoss,
		Text: fmt.Sprintf("%s throws %d %s at %s: %d lost.", att.Name, w.PerShot, w.Name, def.Name, oc.defLoss)})
	def.Morale = oc.defMorale
	if w.Daze > 0 {
		def.Dazed = max(def.Dazed, w.Daze)
	}
	if b.place != nil && w.Walls > 0 && b.place.Walls > 0 && s.Enemies(att.Side, b.place.Owner) {
		before := int(b.place.Walls)
		b.place.Walls = math.Max(0, b.place.Walls-w.Walls*luck(ra))
		if int(b.place.Walls) < before {
			s.emit(Event{Kind: EvBombard, Unit: att.ID, Place: b.place.ID, To: b.place.At,
				Text: fmt.Sprintf("A breach opens in the walls of %s (now level %d).", b.place.Name, int(b.place.Walls))})
		}
	}
	s.lose(def, oc.defLoss)
	if def.Alive() && oc.defRouts {
		p := s.PlaceAt(def.At)
		if p == nil || p.Walls < 1 {
			s.retreat(def, att.At, 1, true)
		}
	}
}
