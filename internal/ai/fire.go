package ai

import "jinsong/game"

// enemyFire estimates, for each hex, the soldiers' worth of damage the
// enemy's bombardments could do to a unit standing there next turn: each
// enemy unit's strongest weapon it has the stock to fire, over the hexes
// within the weapon's range (a ship's range is counted from anywhere it
// could sail to). Walls and garrisons bombard too: a unit parked beside a
// city that shoots back pays for it every turn.
func enemyFire(s *game.State, side string) map[game.Hex]float64 {
	out := map[game.Hex]float64{}
	for _, e := range s.Units {
		if !e.Alive() || e.Carrier != "" || !s.Enemies(side, e.Side) {
			continue
		}
		c := s.ClassOf(e)
		best, reach := 0.0, 0
		for _, id := range c.Weapons {
			w := s.Rules().Weapons[id]
			if w == nil || w.PerShot <= 0 || e.Ammo[id] < w.PerShot {
				continue
			}
			if dmg := float64(w.PerShot) * w.Power; dmg > best {
				best, reach = dmg, w.Range
			}
		}
		if best == 0 {
			continue
		}
		if c.Naval() {
			reach += max(1, c.Moves/2)
		}
		for _, h := range hexesWithin(e.At, reach) {
			out[h] += best
		}
	}
	return out
}

// underFire reports whether u, standing on h, would lose at least a
// twenty-fifth of its strength to the enemy's bombardments in a turn.
func underFire(fire map[game.Hex]float64, u *game.Unit, h game.Hex) bool {
	return fire[h] > 0 && fire[h]*25 >= float64(u.Strength)
}
