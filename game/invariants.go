package game

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
)

// CheckInvariants returns every broken invariant of s (none in a correct
// engine): no negative strength, morale, ammunition, food or arsenal; every
// side's ledger balances; no hex holds hostile units; every unit on the map
// stands where its class may stand, and carried units sit on their ship.
func CheckInvariants(s *State) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	alive := map[string]int{}
	for _, u := range s.Units {
		if u.Strength < 0 {
			bad("unit %s has negative strength %d", u.ID, u.Strength)
		}
		if u.Morale < 0 || u.Morale > 100 {
			bad("unit %s has morale %.1f outside 0..100", u.ID, u.Morale)
		}
		for w, n := range u.Ammo {
			if n < 0 {
				bad("unit %s has %d %s", u.ID, n, w)
			}
		}
		switch u.Status {
		case Active, Escaped, Withdrawn:
			alive[u.Side] += u.Strength
		case Destroyed, Captured:
			if u.Strength != 0 {
				bad("unit %s is %s but keeps strength %d", u.ID, u.Status, u.Strength)
			}
		}
		if !u.Alive() {
			continue
		}
		if !s.Map.In(u.At) {
			bad("unit %s is off the map at %s", u.ID, u.At)
			continue
		}
		if u.Carrier != "" {
			ship := s.Unit(u.Carrier)
			if ship == nil || !ship.Alive() || ship.At != u.At || ship.Side != u.Side {
				bad("unit %s is carried by %s, which is not with it", u.ID, u.Carrier)
			}
		} else if !s.CanStand(s.ClassOf(u), u.At) {
			bad("unit %s (%s) stands on %s, where it cannot be", u.ID, u.Class, s.TerrainAt(u.At).Name)
		}
		for _, o := range s.Units {
			if o.Alive() && o.At == u.At && s.Enemies(u.Side, o.Side) {
				bad("hex %s holds hostile units %s and %s", u.At, u.ID, o.ID)
			}
		}
	}
	for _, p := range s.Places {
		if p.Food < 0 || p.Walls < 0 {
			bad("place %s has food %d, walls %.2f", p.ID, p.Food, p.Walls)
		}
		for w, n := range p.Arsenal {
			if n < 0 {
				bad("place %s has %d %s", p.ID, n, w)
			}
		}
	}
	for side, l := range s.Ledger {
		in := l.Start + l.Reinforced + l.Joined
		out := alive[side] + l.Lost.Soldiers + l.Lost.Ships + l.Defected
		// waiting reinforcements are not yet counted on either side
		if in != out {
			bad("side %s: start %d + reinforcements %d + joined %d != alive %d + lost %d + defected %d",
				side, l.Start, l.Reinforced, l.Joined, alive[side], l.Lost.Soldiers+l.Lost.Ships, l.Defected)
		}
	}
	return errs
}

// Hash is a fingerprint of the whole state, equal for equal states; replays
// compare it.
func Hash(s *State) uint64 {
	h := fnv.New64a()
	enc := json.NewEncoder(h)
	_ = enc.Encode(s) // maps encode with sorted keys: deterministic
	return h.Sum64()
}
