package ai

import "jinsong/game"

// recallPrice is what a soldier of side lost now costs it, against the
// plain worth of the men (1), when a scripted event still to come
// withdraws side's own units once its losses reach a mark: the strength
// it would lose with them over the losses left before the mark (the
// dearest such event counts). At Yanjing the Song court calls the second
// army home once 35,000 Song are lost: with some 22,000 gone, every man lost
// brings the loss of 65,000 nearer, and Liu Yanqing's army, sallying at
// odds of 2.6:1 against the Khitan horse and losing three men for one,
// bled itself into the recall before the siege began.
func recallPrice(s *game.State, side string) float64 {
	price := 1.0
	lost := 0
	if l := s.Ledger[side]; l != nil {
		lost = l.Lost.Soldiers + l.Lost.Ships
	}
	for _, w := range withdrawals(s, side) {
		t := w.trigger
		if t.LossesSide != side || t.LossesAtLeast <= lost {
			continue
		}
		atRisk := 0
		for _, u := range w.units {
			if u.Alive() || u.Status == game.Waiting {
				atRisk += u.Strength
			}
		}
		price = max(price, float64(atRisk)/float64(t.LossesAtLeast-lost))
	}
	return price
}

// withdrawal is a scripted withdrawal still to come: what sets it off and
// the units of one side it takes off the map.
type withdrawal struct {
	trigger game.Trigger
	units   []*game.Unit
}

// withdrawals lists the scripted withdrawals still to come that take
// side's units (recallPrice, leaving).
func withdrawals(s *game.State, side string) []withdrawal {
	var out []withdrawal
	for i, ev := range s.Scn.Events {
		if s.Fired[i] && !ev.Repeat {
			continue
		}
		var units []*game.Unit
		for _, e := range ev.Effects {
			if e.Kind != string(game.EvWithdraw) {
				continue
			}
			for _, id := range e.Units {
				if u := s.Unit(id); u != nil && u.Side == side {
					units = append(units, u)
				}
			}
		}
		if len(units) > 0 {
			out = append(out, withdrawal{ev.Trigger, units})
		}
	}
	return out
}
