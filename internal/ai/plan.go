package ai

import "jinsong/game"

// makePlan reads the victory conditions from the active side's point of
// view: the hexes it wants to reach and the cities it must guard. With
// rich, the enemy's rich places (richPlaces) count as targets the
// conditions give. Extra targets from the caller join the ones the
// conditions give (or, where those give none, the enemy units the side
// seeks out).
func makePlan(s *game.State, rich bool, extra ...game.Hex) *plan {
	side := s.ActiveSide()
	pl := &plan{guard: map[game.Hex]bool{}, fields: map[string]*Field{}, escapers: map[string][]game.Hex{}}
	seen := map[game.Hex]bool{}
	addTarget := func(h game.Hex) {
		if !seen[h] {
			seen[h] = true
			pl.targets = append(pl.targets, h)
		}
	}
	for _, c := range s.Scn.Victory.Conditions {
		mine := c.Side == side
		switch c.Kind {
		case game.CondTake, game.CondHold:
			for _, id := range c.Places {
				p := s.Place(id)
				if p == nil {
					continue
				}
				switch {
				case mine && s.Enemies(side, p.Owner):
					addTarget(p.At)
				case !mine && p.Owner == side:
					pl.guard[p.At] = true
				case mine && p.Owner == side:
					pl.guard[p.At] = true
				}
			}
		case game.CondOccupy:
			if mine {
				for _, h := range c.Zone {
					addTarget(h)
				}
			}
		case game.CondEscape:
			if mine {
				for _, id := range c.Units {
					pl.escapers[id] = c.Zone
				}
			} else {
				for _, id := range c.Units {
					if u := s.Unit(id); u != nil && u.Alive() {
						addTarget(u.At)
					}
				}
			}
		case game.CondDestroy:
			if mine {
				for _, id := range c.Units {
					if u := s.Unit(id); u != nil && u.Alive() {
						addTarget(u.At)
					}
				}
			}
		}
	}
	if rich {
		for _, h := range richPlaces(s, side) {
			addTarget(h)
		}
	}
	// With nothing to take, a side seeks out the enemy near what it guards,
	// or else anywhere.
	if len(pl.targets) == 0 {
		for _, u := range s.Units {
			if u.Alive() && u.Carrier == "" && s.Enemies(side, u.Side) {
				addTarget(u.At)
			}
		}
	}
	for _, h := range extra {
		addTarget(h)
	}
	sortHexes(pl.targets)
	return pl
}

// pointTargets lists the places a side playing for points is paid for
// taking: a scripted event still to come gives it points if it holds them
// (Yancheng's record of the cities held on the day of the recall).
func pointTargets(s *game.State, side string) []game.Hex {
	if !playsForPoints(s, side) {
		return nil
	}
	var out []game.Hex
	for i, ev := range s.Scn.Events {
		p := s.Place(ev.Trigger.PlaceTaken)
		if p == nil || ev.Trigger.TakenBy != side || p.Owner == side || s.Fired[i] && !ev.Repeat {
			continue
		}
		for _, e := range ev.Effects {
			if e.Kind == string(game.EvPoints) && e.Side == side && e.Points > 0 {
				out = append(out, p.At)
				break
			}
		}
	}
	return out
}

// richPlacePoints is the worth from which an enemy place is a target of
// its own for a side playing for points, whatever the conditions name: on
// the grand campaign's scale (the north to the Huai about 1,100 points)
// the capitals and the great prefectures. The smaller scenarios that
// play for points (Qizhou, Yancheng) have no place worth as much.
const richPlacePoints = 50

// richPlaces lists the enemy places worth richPlacePoints or more, for a
// side that plays for points: holding one at the end counts as much as
// the cities its other conditions name. The grand campaign's Jin need
// 1,300 points, and the north they must hold is handed back to the Song
// in 1139; Chengdu, Jiangling and Yangzhou taken and kept make up for it.
func richPlaces(s *game.State, side string) []game.Hex {
	if !playsForPoints(s, side) {
		return nil
	}
	var out []game.Hex
	for _, p := range s.Places {
		if p.Points >= richPlacePoints && s.Enemies(side, p.Owner) {
			out = append(out, p.At)
		}
	}
	return out
}

// objectives lists the hexes the side wants to reach and the cities it
// guards.
func (pl *plan) objectives() []game.Hex {
	out := append([]game.Hex{}, pl.targets...)
	for h := range pl.guard {
		out = append(out, h)
	}
	return out
}

// playsForPoints reports whether side has a points victory condition.
func playsForPoints(s *game.State, side string) bool {
	for _, c := range s.Scn.Victory.Conditions {
		if c.Side == side && c.Kind == game.CondPoints {
			return true
		}
	}
	return false
}

// mustHunt reports whether side can now gain only by killing: it plays
// for points, loses if time runs out now, and no city is left whose
// capture would pay it (the Jin at Qizhou once the city is sacked).
func mustHunt(s *game.State, side string) bool {
	return playsForPoints(s, side) && losesOnTime(s, side) && len(pointTargets(s, side)) == 0
}
