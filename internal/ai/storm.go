package ai

import (
	"cmp"
	"encoding/binary"
	"hash/fnv"
	"math"
	"slices"
	"sort"

	"jinsong/game"
)

// Storming walls. Behind walls a garrison gives ground only when it breaks
// or dies (game's combat rules), so the preview of a single assault on a
// garrison in good heart shows no chance of winning, however the odds
// stand. Two or three assaults in one turn often break it all the same,
// and a city whose food outlasts the game can be taken in no other way.
//
// The Commander storms on the strength of the whole line (stormChance)
// only where the city's fall wins the game (decisiveStorm). Elsewhere the
// blood counts: storming any objective that way cost the Jin on the
// western front six games of thirty against simple, in storms that traded
// four men for one (docs/ai.md, "Storming walls").

const (
	// stormSamples is how many times stormChance plays a storm out.
	stormSamples = 8
	// grindOdds and grindMorale are the worst odds, and the lowest morale,
	// at which a side that must storm a city still sends a unit at it.
	grindOdds   = 0.5
	grindMorale = 50
)

// stormChance is the chance that the walls on h fall this turn if u storms
// them first and every other unit of its side next to them that has not
// fought yet storms after it, strongest first. It plays the storm out on
// copies of the state, each with luck of its own.
func stormChance(s *game.State, u *game.Unit, h game.Hex) float64 {
	return float64(stormFalls(s, u, h, 0)) / stormSamples
}

// stormCarries reports whether the storm of stormChance carries the walls
// more often than not (a chance of at least one half). It stops playing
// the storm out as soon as the answer is sure, which stormChance's own
// count would give as well: each throw of the dice is its own.
func stormCarries(s *game.State, u *game.Unit, h game.Hex) bool {
	const half = (stormSamples + 1) / 2
	return stormFalls(s, u, h, half) >= half
}

// stormFalls counts the walls falling in stormSamples plays of the storm
// (see stormChance). With need above zero it stops once the count has
// reached need or can no longer reach it.
func stormFalls(s *game.State, u *game.Unit, h game.Hex, need int) int {
	line := slices.DeleteFunc(atWalls(s, u.Side, h), func(v *game.Unit) bool { return v.ID == u.ID || v.Acted })
	sort.SliceStable(line, func(i, j int) bool { return attackPower(s, line[i]) > attackPower(s, line[j]) })
	ids := []string{u.ID}
	for _, v := range line {
		ids = append(ids, v.ID)
	}
	falls := 0
	for k := range stormSamples {
		if need > 0 && (falls >= need || falls+stormSamples-k < need) {
			break // the answer is sure
		}
		t := s.Sandbox()
		t.RNG = game.NewRNG(int64(s.RNG.State) + int64(k)*7919)
		for _, id := range ids {
			if !t.HasEnemy(u.Side, h) {
				break
			}
			// An assault the rules refuse (the unit broke, say) is one
			// that does not happen.
			_, _ = t.Apply(game.Order{Kind: game.Assault, Unit: id, To: h})
		}
		if !t.HasEnemy(u.Side, h) {
			falls++
		}
	}
	return falls
}

// canStorm reports whether u is a fighting land unit: engines batter walls,
// they do not climb them.
func canStorm(s *game.State, u *game.Unit) bool {
	c := s.ClassOf(u)
	return c.Attack > 0 && !c.Naval() && !c.HasTag("engine")
}

// atWalls lists side's land units, not on board, next to h that can storm
// it.
func atWalls(s *game.State, side string, h game.Hex) []*game.Unit {
	var out []*game.Unit
	for _, u := range s.Units {
		if u.Alive() && u.Side == side && u.Carrier == "" && game.Adjacent(u.At, h) && canStorm(s, u) {
			out = append(out, u)
		}
	}
	return out
}

// mustStorm reports whether p can only be taken by storm in the time left:
// p is a place the side to move must take or hold to win, the side loses
// if time runs out now, and p's food would last until the end of the game
// even under blockade from now on. (A place worth points only is not worth
// the blood: at Qizhou, storming the small towns cost the Jin more points
// than the towns were worth.)
func mustStorm(s *game.State, p *game.Place) bool {
	side := s.ActiveSide()
	if !losesOnTime(s, side) || !slices.ContainsFunc(s.Scn.Victory.Conditions, func(c game.Condition) bool {
		return c.Side == side && (c.Kind == game.CondTake || c.Kind == game.CondHold) && slices.Contains(c.Places, p.ID)
	}) {
		return false
	}
	days := max(1, s.Scn.DaysPerTurn)
	return s.Turn+(p.Food+days-1)/days >= s.Scn.MaxTurns
}

// grindValue judges an assault on an objective that the preview turns down:
// where the city must be stormed (mustStorm) and the units at its walls
// have the men to wear the garrison down (canWearDown), it is worth making
// at bearable odds, for the garrison's losses.
func grindValue(s *game.State, st strike) (float64, bool) {
	p := s.PlaceAt(st.order.To)
	if p == nil || st.pr.Odds < grindOdds || st.att.Morale < grindMorale || !mustStorm(s, p) || !canWearDown(s, st.att.Side, p.At) {
		return 0, false
	}
	return 1 + st.pr.DefenderLoss, true
}

// decisiveStorm is the assault on a city whose fall wins the game at once,
// or, for a side playing for points and losing on time, on a city whose
// sack pays it points (pointTargets), made whatever the posture: by the
// strongest unit at the walls when the storm of them all is more likely
// than not to carry them; where the city must be stormed, by the unit
// with the best odds to wear the garrison down; and where it is sacked
// for points, by the unit whose storm pays in points, the garrison's
// losses against its own (sackGrinder). An engine that can reach the
// walls this turn, and so breach them for the storm, goes first
// (engineForStorm).
func (c *Commander) decisiveStorm(s *game.State) (game.Order, bool) {
	side := s.ActiveSide()
	var sacks []game.Hex
	if losesOnTime(s, side) {
		sacks = pointTargets(s, side)
	}
	for _, p := range s.Places {
		sack := slices.Contains(sacks, p.At)
		if !s.Enemies(side, p.Owner) || !(sack || winsByTaking(s, p)) || !s.HasEnemy(side, p.At) {
			continue
		}
		if o, ok := c.engineForStormAt(s, p, sack); ok {
			return o, true
		}
		first := firstStormer(s, side, p.At)
		switch {
		case first == nil:
		case c.stormCarriesAt(s, first, p.At):
			return game.Order{Kind: game.Assault, Unit: first.ID, To: p.At}, true
		case sack:
			if id := sackGrinder(s, side, p.At); id != "" {
				return game.Order{Kind: game.Assault, Unit: id, To: p.At}, true
			}
		case mustStorm(s, p) && canWearDown(s, side, p.At):
			if id := bestGrinder(s, side, p.At); id != "" {
				return game.Order{Kind: game.Assault, Unit: id, To: p.At}, true
			}
		}
	}
	return game.Order{}, false
}

// firstStormer is the strongest unit of side at the walls on h that may
// storm them now (nil if none).
func firstStormer(s *game.State, side string, h game.Hex) *game.Unit {
	var first *game.Unit
	for _, u := range atWalls(s, side, h) {
		if game.Legal(s, game.Order{Kind: game.Assault, Unit: u.ID, To: h}) == nil && (first == nil || attackPower(s, u) > attackPower(s, first)) {
			first = u
		}
	}
	return first
}

// engineForStorm moves one of the side's siege engines next to p, when
// none is there yet, the walls stand high enough for an engine to breach
// them (the ruleset's engine_breach), and with the engine there the storm
// is worth making this turn: more likely than not to carry the walls, or,
// for a city sacked for points, paying in points (sackGrinder), or within
// reach after a volley at the walls (breachVolley). At Qizhou the Jin foot
// used to dig in before the siege towers rolled up, and the towers burned
// that night: brought up first, they let the storm go in over a wall one
// level lower. Failing that, an engine in range fires the volley that
// brings the storm within reach.
func engineForStorm(s *game.State, p *game.Place, sack bool) (game.Order, bool) {
	side := s.ActiveSide()
	if int(p.Walls) < 1 || len(atWalls(s, side, p.At)) == 0 {
		return game.Order{}, false
	}
	if o, ok := engineToWalls(s, p); ok {
		t := s.Sandbox()
		if _, err := t.Apply(o); err == nil {
			worth := stormWorth(t, p.At, sack)
			if !worth {
				_, worth = breachVolley(t, p, sack)
			}
			if worth {
				return o, true
			}
		}
	}
	return breachVolley(s, p, sack)
}

// stormWorth reports whether the storm of the active side's units at the
// walls on h is worth making now: more likely than not to carry them, or,
// for a city sacked for points, paying in points (sackGrinder).
func stormWorth(s *game.State, h game.Hex, sack bool) bool {
	first := firstStormer(s, s.ActiveSide(), h)
	return first != nil && (stormCarries(s, first, h) || sack && sackGrinder(s, s.ActiveSide(), h) != "")
}

// engineToWalls is the first move that brings one of the side's siege
// engines next to p, where none stands yet and engines breach walls at
// all (the ruleset's engine_breach): any one engine at the walls breaches
// them as well as another.
func engineToWalls(s *game.State, p *game.Place) (game.Order, bool) {
	side := s.ActiveSide()
	if s.Rules().Combat.EngineBreach == 0 || s.EnginesNear(side, p.At) {
		return game.Order{}, false
	}
	for _, u := range s.Units {
		if !u.Alive() || u.Side != side || u.Carrier != "" || !s.ClassOf(u).HasTag("engine") {
			continue
		}
		for _, n := range p.At.Neighbours() {
			if o := (game.Order{Kind: game.Move, Unit: u.ID, To: n}); game.Legal(s, o) == nil {
				return o, true
			}
		}
	}
	return game.Order{}, false
}

// breachSamples is how many throws of the dice breachVolley plays a volley
// out with.
const breachSamples = 4

// breachVolley is a volley at the walls of p, by one of the side's engines
// in range, after which (over breachSamples throws of the dice for the
// volley) the storm of the units at the walls more often than not carries
// them (stormChance) or, for a city sacked for points, pays (sackGrinder).
// The storm alone is judged on the walls and the garrison as they stand:
// at Xiangyang the Jin trebuchets shot at Yangzhou from two hexes off and
// no storm went in, where a volley from beside the walls, which kills and
// shakes the garrison and may take a level off the walls, turns it.
func breachVolley(s *game.State, p *game.Place, sack bool) (game.Order, bool) {
	side := s.ActiveSide()
	for _, u := range s.Units {
		if !u.Alive() || u.Side != side || u.Acted || !s.ClassOf(u).HasTag("engine") {
			continue
		}
		o, ok := wallVolley(s, u, p.At)
		if !ok {
			continue
		}
		carried := 0
		for k := range breachSamples {
			if 2*carried > breachSamples || 2*(carried+breachSamples-k) <= breachSamples {
				break // the answer is sure
			}
			t := s.Sandbox()
			t.RNG = game.NewRNG(int64(s.RNG.State) + int64(k)*104729)
			if _, err := t.Apply(o); err != nil {
				continue
			}
			if stormWorth(t, p.At, sack) {
				carried++
			}
		}
		if 2*carried > breachSamples {
			return o, true
		}
	}
	return game.Order{}, false
}

// wallVolley is u's bombardment of the walls on h with the weapon that
// brings walls down fastest, if it may fire one now.
func wallVolley(s *game.State, u *game.Unit, h game.Hex) (game.Order, bool) {
	best, most := game.Order{}, 0.0
	for _, id := range s.ClassOf(u).Weapons {
		w := s.Rules().Weapons[id]
		o := game.Order{Kind: game.Bombard, Unit: u.ID, To: h, Weapon: id}
		if w != nil && w.Walls > most && game.Legal(s, o) == nil {
			best, most = o, w.Walls
		}
	}
	return best, most > 0
}

// sackGrinder is the unit of side at the walls on h whose storm pays best
// in points, if any pays at all: the preview's exchange (the garrison's
// loss over its own) is at least lossPrice, and its morale holds ("" if
// none).
func sackGrinder(s *game.State, side string, h game.Hex) string {
	return bestStormer(s, side, h, lossPrice(s, side), func(pr game.Prediction) float64 {
		if pr.AttackerLoss <= 0 {
			return 0
		}
		return pr.DefenderLoss / pr.AttackerLoss
	})
}

// lossPrice is what side's own soldiers cost it in points, against the
// enemy's: every side scores a point for each 1,000 enemy soldiers lost
// (game.State.Score), and a scenario may take points off a side for its
// own losses (events on losses_side; at Qizhou four for every 5,000 Jin,
// a price of 0.8). Without such a price a side trades man for man (1).
func lossPrice(s *game.State, side string) float64 {
	pts, upto := 0, 0
	for _, ev := range s.Scn.Events {
		if ev.Trigger.LossesSide != side {
			continue
		}
		for _, e := range ev.Effects {
			if e.Kind == string(game.EvPoints) && e.Side == side && e.Points < 0 {
				pts -= e.Points
				upto = max(upto, ev.Trigger.LossesAtLeast)
			}
		}
	}
	if pts == 0 || upto == 0 {
		return 1
	}
	return float64(pts) * 1000 / float64(upto)
}

// bestGrinder is the unit of side at the walls on h with the best odds
// for a storm, if they are bearable and its morale holds ("" if none).
func bestGrinder(s *game.State, side string, h game.Hex) string {
	return bestStormer(s, side, h, grindOdds, func(pr game.Prediction) float64 { return pr.Odds })
}

// bestStormer is the unit of side at the walls on h, its morale holding,
// whose storm preview scores best, if the score reaches least ("" if
// none).
func bestStormer(s *game.State, side string, h game.Hex, least float64, score func(game.Prediction) float64) string {
	best, bestScore := "", least
	for _, u := range atWalls(s, side, h) {
		if u.Morale < grindMorale {
			continue
		}
		if pr, err := game.Forecast(s, game.Order{Kind: game.Assault, Unit: u.ID, To: h}); err == nil && score(pr) >= bestScore {
			best, bestScore = u.ID, score(pr)
		}
	}
	return best
}

// winsByTaking reports whether taking p wins the game at once for the side
// to move: p is in one of its take conditions whose other places it holds.
func winsByTaking(s *game.State, p *game.Place) bool {
	side := s.ActiveSide()
	for _, cond := range s.Scn.Victory.Conditions {
		if cond.Kind != game.CondTake || cond.Side != side || !slices.Contains(cond.Places, p.ID) || (cond.ByTurn > 0 && s.Turn > cond.ByTurn) {
			continue
		}
		rest := true
		for _, id := range cond.Places {
			if q := s.Place(id); id != p.ID && (q == nil || q.Owner != side) {
				rest = false
			}
		}
		if rest {
			return true
		}
	}
	return false
}

// canWearDown reports whether side's units at the walls on h have the men
// to wear the garrison down: each, storming until it is spent, would kill
// its strength times the preview's exchange (defender's loss over its
// own), and together that is at least the garrison. Storms that trade four
// men for one against a strong garrison (the Jin at the gates of Kaifeng
// before their engines had breached the walls) only bleed the besiegers.
func canWearDown(s *game.State, side string, h game.Hex) bool {
	garrison := 0
	for _, e := range s.UnitsAt(h) {
		if s.Enemies(side, e.Side) {
			garrison += e.Strength
		}
	}
	worn := 0.0
	for _, u := range atWalls(s, side, h) {
		if u.Morale < grindMorale {
			continue
		}
		if pr, err := game.Forecast(s, game.Order{Kind: game.Assault, Unit: u.ID, To: h}); err == nil && pr.AttackerLoss > 0 {
			worn += float64(u.Strength) * pr.DefenderLoss / pr.AttackerLoss
		}
	}
	return worn >= float64(garrison)
}

// stormMemo is a stormCarries answer worked out earlier, with the
// fingerprint of what it depended on.
type stormMemo struct {
	key     uint64
	carries bool
}

// stormCarriesAt is stormCarries remembered between the orders of a turn:
// asked again while nothing at the walls has changed (the garrison, and
// the side's units next to them), it answers without playing the storm
// out again. decisiveStorm asks before every order.
func (c *Commander) stormCarriesAt(s *game.State, u *game.Unit, h game.Hex) bool {
	key := wallsKey(s, h, u.ID, nil)
	if m, ok := c.storms[h]; ok && m.key == key {
		return m.carries
	}
	if c.storms == nil {
		c.storms = map[game.Hex]stormMemo{}
	}
	carries := stormCarries(s, u, h)
	c.storms[h] = stormMemo{key, carries}
	return carries
}

// engineMemo is an engineForStorm answer worked out earlier, with the
// fingerprint of the state it was worked out on.
type engineMemo struct {
	key   uint64
	order game.Order
	ok    bool
}

// engineForStormAt is engineForStorm remembered between the orders of a
// turn, like stormCarriesAt: asked again while nothing at the walls and
// none of the side's engines has changed, it answers without trying every
// engine's move again.
func (c *Commander) engineForStormAt(s *game.State, p *game.Place, sack bool) (game.Order, bool) {
	side := s.ActiveSide()
	tag := "engine"
	if sack {
		tag = "engine, sack"
	}
	key := wallsKey(s, p.At, tag, func(v *game.Unit) bool { return v.Side == side && s.ClassOf(v).HasTag("engine") })
	if m, ok := c.engines[p.At]; ok && m.key == key {
		return m.order, m.ok
	}
	if c.engines == nil {
		c.engines = map[game.Hex]engineMemo{}
	}
	o, ok := engineForStorm(s, p, sack)
	c.engines[p.At] = engineMemo{key, o, ok}
	return o, ok
}

// wallsKey fingerprints what a storm of the walls on h depends on: the
// turn, the dice, the walls, and every unit on or next to h or for which
// also holds (its place, strength, morale, experience, moves left, daze,
// and whether it has moved, fought, dug in or closed the roads), under tag
// (who asks).
func wallsKey(s *game.State, h game.Hex, tag string, also func(*game.Unit) bool) uint64 {
	f := fnv.New64a()
	put := func(vs ...int64) {
		var b [8]byte
		for _, v := range vs {
			binary.LittleEndian.PutUint64(b[:], uint64(v))
			f.Write(b[:])
		}
	}
	flag := func(b bool) int64 {
		if b {
			return 1
		}
		return 0
	}
	walls := 0.0
	if p := s.PlaceAt(h); p != nil {
		walls = p.Walls
	}
	put(int64(s.Turn), int64(s.Active), int64(h.Col), int64(h.Row), int64(s.RNG.State), int64(math.Float64bits(walls)))
	f.Write([]byte(tag))
	for _, v := range s.Units {
		if v.Alive() && (v.At == h || game.Adjacent(v.At, h) || also != nil && also(v)) {
			f.Write([]byte(v.ID))
			put(int64(v.At.Col), int64(v.At.Row), int64(v.Strength), int64(math.Float64bits(v.Morale)), int64(v.Experience),
				int64(v.MovesLeft), int64(v.Dazed), flag(v.Acted), flag(v.Moved), flag(v.Fortified), flag(v.Blockading))
		}
	}
	return f.Sum64()
}

// focusStorms keeps, of the targets that can only be stormed in the time
// left (mustStorm) and whose walls cannot be stormed without engines next
// to them, as many as the side has siege engines, on the map or still to
// come: those whose fall wins the game at once first, then those nearest
// an engine. The others are dropped from the targets: no detachment
// marches on a city it can neither starve nor storm while the engines
// are needed elsewhere. At Xiangyang the Jin horse archers sat before
// Luzhou (food for ten turns, walls of level 2) while the one train of
// trebuchets went to Yangzhou, whose fall wins the game, and the storm of
// Yangzhou went in without them. A side with no engines at all keeps
// every target: it has no storm to focus, and a blockade may still draw
// the garrison out.
func focusStorms(s *game.State, targets []game.Hex) []game.Hex {
	side := s.ActiveSide()
	need := s.Rules().Combat.EnginesAtWalls
	if need == 0 {
		return targets
	}
	var engines []game.Hex
	for _, u := range s.Units {
		if u.Side == side && (u.Alive() || u.Status == game.Waiting) && s.ClassOf(u).HasTag("engine") {
			engines = append(engines, u.At)
		}
	}
	var storms []*game.Place
	for _, h := range targets {
		if p := s.PlaceAt(h); p != nil && int(p.Walls) >= need && s.HasEnemy(side, h) && mustStorm(s, p) {
			storms = append(storms, p)
		}
	}
	if len(engines) == 0 || len(storms) <= len(engines) {
		return targets
	}
	nearest := func(p *game.Place) int { return zoneDistance(engines, p.At) }
	slices.SortStableFunc(storms, func(a, b *game.Place) int {
		if wa, wb := winsByTaking(s, a), winsByTaking(s, b); wa != wb {
			if wa {
				return -1
			}
			return 1
		}
		return cmp.Compare(nearest(a), nearest(b))
	})
	drop := map[game.Hex]bool{}
	for _, p := range storms[len(engines):] {
		drop[p.At] = true
	}
	return slices.DeleteFunc(slices.Clone(targets), func(h game.Hex) bool { return drop[h] })
}
