package ai

import (
	"math"
	"slices"
	"sort"

	"jinsong/game"
)

// Level is the strength of a Commander.
type Level int

// The three levels of the computer opponent.
const (
	Easy Level = iota
	Normal
	Hard
)

var levelNames = [...]string{"easy", "normal", "hard"}

func (l Level) String() string { return levelNames[l] }

// Commander is the computer opponent proper. It reads the victory
// conditions like Simple, and on top of that:
//   - acts with the units in contact first, and masses several attacks on
//     one hex before moving on;
//   - pulls back broken units (low morale or strength) to its supply cities,
//     and a starving garrison out of a city that will surrender before its
//     next turn, or before the game ends when the city can be won back
//     (breakOut, in every posture);
//   - weighs each move by the distance to its objective, the terrain's
//     defence, the enemy power that could strike it next turn, and supply;
//   - brings siege engines next to the cities it besieges.
//
// Easy hesitates (it lets good attacks pass and wanders); Hard plays twice
// as many rollouts a posture as Normal (choosePosture).
type Commander struct {
	level Level
	rng   game.RNG
	base  Simple // plan, distance fields and helpers per turn
	phase phaseKey
	done  map[string]bool
	order []string // unit ids in the order they act this turn
	power map[game.Hex]float64
	fire  map[game.Hex]float64 // the enemy's bombardments next turn (enemyFire)
	// mustHold are the side's places an enemy wins by taking or holding.
	mustHold []game.Hex
	sup      game.SupplyLines
	start    map[string]int // strength at the start of the game, by unit

	post    posture                 // how the side plays this turn
	look    bool                    // choose the posture by rollouts each turn
	blind   bool                    // too many units to look ahead: simple's play, with the rich places
	storms  map[game.Hex]stormMemo  // stormCarries at each city's walls, while nothing changes there
	engines map[game.Hex]engineMemo // engineForStorm at each city's walls, likewise
	simple  *Simple                 // plays the turn when the posture is simple's
	cache   *fieldCache             // distance fields kept from turn to turn
	looks   []float64               // the rollouts' values of each posture this turn
	wait    int                     // turns to keep the posture without looking
	calm    int                     // turns the last look let pass: every posture was alike
	recall  float64                 // what a soldier lost costs this turn (recallPrice)
	leaving map[string]bool         // own units a scripted withdrawal takes (leaving)
}

// NewCommander returns a computer opponent of the given level.
func NewCommander(level Level, seed int64) *Commander {
	c := newCommander(level, game.NewRNG(seed^0xc0ffee), newFieldCache(), postures[0])
	c.look = level > Easy
	return c
}

func newCommander(level Level, rng game.RNG, cache *fieldCache, post posture) *Commander {
	return &Commander{level: level, rng: rng, cache: cache, post: post,
		base: Simple{cache: cache}, simple: &Simple{cache: cache, rich: true, keepRoom: true}, start: map[string]int{}}
}

// Name implements Policy.
func (c *Commander) Name() string { return "ai:" + c.level.String() }

// Next implements Policy.
func (c *Commander) Next(s *game.State) game.Order {
	key := phaseKey{s.Turn, s.Active}
	if key != c.phase || c.done == nil {
		c.newTurn(s, key)
		if c.look {
			c.choosePosture(s)
		}
	}
	if c.level > Easy && !c.blind {
		if o, ok := c.decisiveStorm(s); ok {
			return o
		}
		if o, ok := c.strikeAtPrize(s); ok {
			return o
		}
		if o, ok := c.seizeOpenCity(s); ok {
			return o
		}
	}
	if c.post.simple {
		if o, ok := c.firstBreakOut(s); ok {
			return o
		}
		return c.simple.Next(s)
	}
	for _, id := range c.order {
		if c.done[id] {
			continue
		}
		u := s.Unit(id)
		if u == nil || !u.Alive() || u.Side != s.ActiveSide() {
			c.done[id] = true
			continue
		}
		if o, ok := c.orderFor(s, u); ok {
			return o
		}
		c.done[id] = true
	}
	return game.Order{Kind: game.EndTurn}
}

func (c *Commander) newTurn(s *game.State, key phaseKey) {
	c.phase, c.done = key, map[string]bool{}
	c.base.phase, c.base.done = key, map[string]bool{}
	c.base.plan = makePlan(s, true, pointTargets(s, s.ActiveSide())...)
	c.base.plan.targets = focusStorms(s, c.base.plan.targets)
	if c.start == nil {
		c.start = map[string]int{}
	}
	side := s.ActiveSide()
	c.power = enemyReach(s, side)
	c.fire = enemyFire(s, side)
	c.mustHold = c.mustHold[:0]
	for _, cond := range s.Scn.Victory.Conditions {
		if (cond.Kind != game.CondTake && cond.Kind != game.CondHold) || !s.Enemies(side, cond.Side) {
			continue
		}
		for _, id := range cond.Places {
			if p := s.Place(id); p != nil && p.Owner == side && !slices.Contains(c.mustHold, p.At) {
				c.mustHold = append(c.mustHold, p.At)
			}
		}
	}
	sortHexes(c.mustHold)
	c.sup = game.SupplyMap(s, side)
	c.recall = recallPrice(s, side)
	c.leaving = leaving(s, side)
	type ranked struct {
		id      string
		carried bool // troops on board act last, once their ships have sailed
		contact bool
		str     int
	}
	var rs []ranked
	for _, u := range ownUnits(s) {
		if _, ok := c.start[u.ID]; !ok {
			c.start[u.ID] = u.Strength
		}
		rs = append(rs, ranked{u.ID, u.Carrier != "", c.power[u.At] > 0, u.Strength})
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].carried != rs[j].carried {
			return !rs[i].carried
		}
		if rs[i].contact != rs[j].contact {
			return rs[i].contact
		}
		return rs[i].str > rs[j].str
	})
	c.order = c.order[:0]
	for _, r := range rs {
		c.order = append(c.order, r.id)
	}
}

func (c *Commander) orderFor(s *game.State, u *game.Unit) (game.Order, bool) {
	here := orders(s, u)
	var strike game.Order
	var ok bool
	if c.level > Easy {
		strike, ok = c.bestStrike(s, here)
	} else {
		strike, ok = bestStrike(s, here)
	}
	if ok && !(c.level == Easy && c.rng.Intn(2) == 0) {
		if c.level > Easy && !u.Moved && !prizeAt(s, strike.To) {
			if o, ok := c.rideForPrize(s, u, nil); ok {
				return o, true // the prize first; this fight can wait
			}
		}
		if c.level > Easy && c.onTheWay(s, u, strike) {
			if o, ok := c.weighedMarch(s, u, withMoves(s, u, here)); ok && o.Kind == game.Move && !c.intoFire(s, u, o) {
				return o, true // march first; the bombard waits for the next hex
			}
		}
		return strike, true
	}
	if u.Acted {
		return game.Order{}, false
	}
	cands := withMoves(s, u, here)
	if c.level > Easy {
		cands = c.base.roomForEngines(s, u, cands)
	}
	if len(cands) == 0 {
		return game.Order{}, false
	}
	if c.level == Easy && c.rng.Intn(4) == 0 {
		if o := pick(cands, game.Move); o.Kind != "" {
			return cands[c.rng.Intn(len(cands))], true
		}
	}
	if c.level > Easy {
		if o, ok := c.breakOut(s, u, cands); ok {
			return o, true
		}
	}
	if c.level > Easy && !c.post.hold {
		if o, ok := c.takeOverSiege(s, u, cands); ok {
			return o, true
		}
	}
	if c.base.plan.guard[u.At] && isGarrison(s, u) {
		return orNothing(pick(cands, game.Fortify))
	}
	if c.level > Easy && !c.post.press && c.shelters(s, u) {
		if o, ok := c.leaveFire(s, u, cands); ok {
			return o, true
		}
	}
	if c.post.hold {
		// Stand: rest the weary, dig in the rest where they are.
		if u.Morale < 60 {
			if o := pick(cands, game.Rest); o.Kind != "" {
				return o, true
			}
		}
		if !u.Moved && u.Carrier == "" {
			return orNothing(pick(cands, game.Fortify))
		}
		return game.Order{}, false
	}
	if c.level > Easy && u.Blockading && u.Morale >= s.Rules().Combat.RoutMorale && c.keepsSiege(s, u) {
		// Hold the siege lines: a blockade lapses as soon as they are left.
		return orNothing(pick(cands, game.Fortify))
	}
	if c.level > Easy && !c.post.press && c.broken(s, u) {
		if o, ok := c.fallBack(s, u, cands); ok {
			return o, true
		}
		if o := pick(cands, game.Rest); o.Kind != "" {
			return o, true
		}
	}
	for _, o := range cands {
		if o.Kind == game.Blockade && c.base.isTarget(o.To) && garrisoned(s, o.To) && (c.level == Easy || c.siegeNeeds(s, u, o.To, u.At)) {
			return o, true
		}
	}
	if c.level > Easy && !s.ClassOf(u).HasTag("engine") && !s.ClassOf(u).Naval() && u.Carrier == "" {
		if o, ok := c.rideForPrize(s, u, cands); ok {
			return o, true
		}
		if o, ok := c.reinforce(s, u, cands); ok {
			return o, true
		}
		if o, ok := c.intercept(s, u, cands); ok && !c.intoFire(s, u, o) {
			return o, true
		}
	}
	if s.ClassOf(u).HasTag("engine") && u.Carrier == "" {
		if o, ok := c.engineMove(s, u, cands); ok {
			return o, true
		}
	}
	if c.level > Easy && u.Carrier == "" && !s.ClassOf(u).Naval() {
		if o, ok := c.weighedMarch(s, u, cands); ok && !c.intoFire(s, u, o) {
			return o, true
		}
	}
	if c.level > Easy && s.ClassOf(u).Naval() {
		if o, handled := beachhead(s, u, cands); handled {
			return o, o.Kind != ""
		}
	}
	if o, ok := c.base.march(s, u, cands); ok && !c.intoFire(s, u, o) {
		if c.level > Easy {
			o = convoy(s, u, o, cands)
		}
		return o, true
	}
	if u.Morale < 60 {
		if o := pick(cands, game.Rest); o.Kind != "" {
			return o, true
		}
	}
	if !u.Moved && u.Carrier == "" {
		if o := pick(cands, game.Fortify); o.Kind != "" && c.power[u.At] > 0 {
			return o, true
		}
	}
	return game.Order{}, false
}

// shelters reports whether u should step out of the enemy's fire: it
// stands where bombardments will cost it dearly, and it is not holding a
// city, a siege line, or troops on board, and is no siege engine (engines
// must stand under the walls to breach them).
func (c *Commander) shelters(s *game.State, u *game.Unit) bool {
	switch p := s.PlaceAt(u.At); {
	case u.Moved || braves(s, u) || !underFire(c.fire, u, u.At):
		return false
	case p != nil && p.Owner == u.Side:
		return false
	case u.Blockading && c.keepsSiege(s, u):
		return false
	}
	return true
}

// braves reports whether u goes where the enemy's missiles reach whatever
// they cost: troops on board and ships go where the crossing takes them,
// and siege engines must stand under the walls to breach them.
func braves(s *game.State, u *game.Unit) bool {
	cl := s.ClassOf(u)
	return u.Carrier != "" || cl.Naval() || cl.HasTag("engine")
}

// intoFire reports whether o would take u from safety into the enemy's
// fire for nothing: a move that ends where the missiles reach, for a unit
// that would shelter there (see shelters) and that no siege line of its
// objectives nearby still needs, unless the posture presses on.
func (c *Commander) intoFire(s *game.State, u *game.Unit, o game.Order) bool {
	if o.Kind != game.Move || c.post.press || braves(s, u) || underFire(c.fire, u, u.At) || !underFire(c.fire, u, o.To) {
		return false
	}
	for _, t := range c.base.plan.targets {
		if game.Distance(t, o.To) <= 2 && garrisoned(s, t) && c.siegeNeeds(s, u, t, o.To) {
			return false
		}
	}
	return true
}

// leaveFire moves u to the reachable hex out of the enemy's fire that is
// nearest its objectives (or, with none, nearest where it stands).
func (c *Commander) leaveFire(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	targets := c.base.plan.targets
	var field *Field
	if len(targets) > 0 {
		field = c.base.field(s, s.ClassOf(u), targets)
	}
	best, bestV := game.Order{}, math.Inf(1)
	for _, o := range cands {
		if o.Kind != game.Move || underFire(c.fire, u, o.To) {
			continue
		}
		v := float64(game.Distance(u.At, o.To))
		if field != nil {
			d, ok := field.At(o.To)
			if !ok {
				continue
			}
			v += float64(d) * 4
		}
		v += math.Min(c.power[o.To]/math.Max(float64(u.Strength), 1), 4)
		if v < bestV {
			best, bestV = o, v
		}
	}
	return orNothing(best)
}

// broken reports whether u should be pulled out of the line. Ships with
// troops aboard and units close to their objective press on regardless.
func (c *Commander) broken(s *game.State, u *game.Unit) bool {
	if len(s.Cargo(u)) > 0 {
		return false
	}
	for _, t := range c.base.plan.targets {
		if game.Distance(u.At, t) <= 3 {
			return false
		}
	}
	r := s.Rules().Combat
	if u.Morale < r.RoutMorale+15 {
		return true
	}
	return c.start[u.ID] > 0 && u.Strength*4 < c.start[u.ID] && c.power[u.At] > 0
}

// fallBack moves u towards its side's nearest supply city.
func (c *Commander) fallBack(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	homes := supplyHomes(s, u.Side)
	if len(homes) == 0 || c.power[u.At] == 0 {
		return game.Order{}, false
	}
	f := c.base.field(s, s.ClassOf(u), homes)
	return orNothing(c.base.moveTowards(s, u, cands, f))
}

// engineMove brings a siege engine next to the nearest target city.
func (c *Commander) engineMove(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	var ring []game.Hex
	for _, t := range c.base.plan.targets {
		if p := s.PlaceAt(t); p != nil && p.Walls >= 1 {
			for _, n := range t.Neighbours() {
				ring = append(ring, n)
			}
		}
	}
	if len(ring) == 0 {
		return game.Order{}, false
	}
	for _, h := range ring {
		if h == u.At {
			return game.Order{}, false // in place: let the strikes happen
		}
	}
	sortHexes(ring)
	f := c.base.field(s, s.ClassOf(u), ring)
	return orNothing(c.base.moveTowards(s, u, cands, f))
}

// weighedMarch picks the best destination by distance to the objective,
// terrain, the enemy power that could strike there and supply.
func (c *Commander) weighedMarch(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	cl := s.ClassOf(u)
	targets := c.base.plan.targets
	if z, ok := c.base.plan.escapers[u.ID]; ok {
		targets = z
	}
	if len(targets) == 0 {
		return game.Order{}, false
	}
	field := c.base.field(s, cl, targets)
	here, ok := field.At(u.At)
	if !ok {
		return game.Order{}, false // no way by land: Simple's shipping logic
	}
	mine := float64(u.Strength) * cl.Defence * (0.5 + u.Morale/200)
	score := func(h game.Hex) float64 {
		d, ok := field.At(h)
		if !ok {
			return math.Inf(1)
		}
		v := float64(d)
		t := s.TerrainAt(h)
		v -= (t.Defence - 1) * 2
		if cl.HasTag("cavalry") && t.HasTag("wet") {
			v += 6
		}
		if threat := c.power[h]; threat > 0 && d > 0 {
			ratio := threat / math.Max(mine*t.Defence, 1)
			v += math.Min(ratio, 4) * 1.5
		}
		if !c.sup.Has(h) {
			v += 2
		}
		if underFire(c.fire, u, h) && !c.post.press {
			v += 6 // the walls' missiles would bleed it every turn
		}
		return v
	}
	best, bestV := game.Order{}, score(u.At)-0.01
	for _, o := range cands {
		if o.Kind != game.Move {
			continue
		}
		if d, ok := field.At(o.To); !ok || d > here+1 {
			continue
		}
		if v := score(o.To); v < bestV {
			best, bestV = o, v
		}
	}
	return orNothing(best)
}

// enemyReach estimates, for each hex, the attack power the enemy could bring
// against it next turn: each enemy land unit's power spread over the hexes
// within its movement range plus one.
func enemyReach(s *game.State, side string) map[game.Hex]float64 {
	out := map[game.Hex]float64{}
	for _, e := range s.Units {
		if !e.Alive() || e.Carrier != "" || !s.Enemies(side, e.Side) {
			continue
		}
		c := s.ClassOf(e)
		if c.Naval() || c.Attack <= 0 {
			continue
		}
		p := strikingPower(s, e)
		r := max(1, c.Moves/2) + 1
		for _, h := range hexesWithin(e.At, r) {
			out[h] += p
		}
		out[e.At] += p
	}
	return out
}

// bestStrike is Simple's choice of strike made wiser: it spares ammunition
// for targets the weapon is meant for (all of it for a prize, see
// keptForPrize), it values taking an objective, so it storms a city once
// the engines have done their work, and it strikes at a
// unit whose destruction wins the game at long odds (one in five, or odds
// of 0.7:1): every man it loses brings the end nearer. An assault on an
// objective the preview turns down is judged again by grindValue. Its own
// losses are weighed at the recall's price (recallPrice) while a scripted
// recall of its army is to come.
func (c *Commander) bestStrike(s *game.State, cands []game.Order) (game.Order, bool) {
	return bestOf(s, cands, func(st strike) (float64, bool) {
		o, pr := st.order, st.pr
		score := st.gain - st.cost*c.recall + pr.WinChance*st.gain
		if o.Kind == game.Bombard {
			w := s.Rules().Weapons[o.Weapon]
			spare := game.VsFactor(w, s.ClassOf(st.def)) < 0.5 && st.att.Ammo[o.Weapon] < 4*w.PerShot // keep the fire lances for the engines
			return score, pr.DefenderLoss >= 0.5 && !spare && !keptForPrize(s, w, st.def)
		}
		objective := c.base.isTarget(o.To) || c.base.plan.guard[o.To]
		if objective && pr.Odds >= 1 {
			score += pr.WinChance * float64(st.def.Strength) * s.ClassOf(st.def).Defence * 2
		}
		if objective && pr.WinChance >= 0.1 && c.lastThrow(s) {
			return score, true
		}
		if winsByDestroying(s, st.def) && (pr.WinChance >= 0.2 || pr.Odds >= 0.7) {
			return score + float64(st.def.Strength)*s.ClassOf(st.def).Defence*2, true
		}
		rejected := pr.WinChance < c.post.minWin && pr.Odds < c.post.minOdds && !(objective && pr.WinChance >= 0.3)
		if (rejected || score <= 0) && o.Kind == game.Assault && c.base.isTarget(o.To) {
			return grindValue(s, st)
		}
		return score, !rejected
	})
}

// lastThrow reports whether the side, pressing on, is in the last two
// turns of a game it loses if time runs out now: then a long chance at an
// objective is better than none.
func (c *Commander) lastThrow(s *game.State) bool {
	return c.post.press && s.Scn.MaxTurns-s.Turn <= 1 && losesOnTime(s, s.ActiveSide())
}

// losesOnTime reports whether side would lose if time ran out now: the
// scenario's winner at the end, as things stand, is its enemy.
func losesOnTime(s *game.State, side string) bool {
	w := s.TimeUpWinner()
	return w != "" && s.Enemies(side, w)
}

// siegeLines is how many units a Commander keeps blockading each city; the
// rest of the army is free to fight relief armies.
const siegeLines = 2

// blockaders lists side's units blockading the city on h, foot before
// cavalry and the weakest attackers first (they are the ones to leave in
// the lines).
func blockaders(s *game.State, side string, h game.Hex) []*game.Unit {
	var out []*game.Unit
	for _, u := range s.Units {
		if u.Alive() && u.Side == side && u.Blockading && game.Adjacent(u.At, h) {
			out = append(out, u)
		}
	}
	// Foot holds the lines, the weakest first; cavalry is the field army.
	sort.SliceStable(out, func(i, j int) bool {
		ci, cj := s.ClassOf(out[i]).HasTag("cavalry"), s.ClassOf(out[j]).HasTag("cavalry")
		if ci != cj {
			return cj
		}
		return attackPower(s, out[i]) < attackPower(s, out[j])
	})
	return out
}

// attackPower is u's strength times its class's attack.
func attackPower(s *game.State, u *game.Unit) float64 {
	return float64(u.Strength) * s.ClassOf(u).Attack
}

// strikingPower is u's attack power weighed by its morale: half of it at
// morale 0, all of it at 100 (enemyReach, underSword).
func strikingPower(s *game.State, u *game.Unit) float64 {
	return attackPower(s, u) * (0.5 + u.Morale/200)
}

// supplyHomes are side's supply cities not under blockade, the places its
// units fall back to (fallBack, outOfReach).
func supplyHomes(s *game.State, side string) []game.Hex {
	var homes []game.Hex
	for _, p := range s.Places {
		if p.Owner == side && p.Supply && p.BlockadedBy == "" {
			homes = append(homes, p.At)
		}
	}
	return homes
}

// keepsSiege reports whether u is one of the units that hold the lines.
func (c *Commander) keepsSiege(s *game.State, u *game.Unit) bool {
	for _, n := range u.At.Neighbours() {
		if p := s.PlaceAt(n); p != nil && p.BlockadedBy == u.Side {
			lines := blockaders(s, u.Side, n)
			for i, b := range lines {
				if b.ID == u.ID {
					if c.outlasts(u, lines) {
						return true // the lines must outlast the units that are leaving
					}
					return i < siegeLines && !(s.ClassOf(u).HasTag("cavalry") && idleFoot(s, u.Side, n) > 0)
				}
			}
		}
	}
	return false
}

// siegeNeeds reports whether the city on h needs u, standing on from, in
// its siege lines.
// Cavalry leaves the lines to foot standing by the walls with nothing to
// do, and where the walls' missiles reach it, to any foot at all.
func (c *Commander) siegeNeeds(s *game.State, u *game.Unit, h, from game.Hex) bool {
	lines := blockaders(s, u.Side, h)
	if len(lines) >= siegeLines {
		return false
	}
	if !s.ClassOf(u).HasTag("cavalry") {
		return true
	}
	foot := idleFoot(s, u.Side, h)
	if underFire(c.fire, u, from) {
		for _, b := range lines {
			if !s.ClassOf(b).HasTag("cavalry") {
				foot++
			}
		}
		return foot == 0
	}
	return len(lines)+foot < siegeLines
}

// idleFoot counts side's foot next to the city on h that could still join
// its siege lines this turn.
func idleFoot(s *game.State, side string, h game.Hex) int {
	n := 0
	for _, f := range s.Units {
		fc := s.ClassOf(f)
		if f.Alive() && f.Side == side && !f.Blockading && !f.Acted && f.Carrier == "" &&
			game.Adjacent(f.At, h) && !fc.HasTag("cavalry") && !fc.HasTag("engine") && !fc.Naval() {
			n++
		}
	}
	return n
}

// reinforce sends u to the place the side must hold (an enemy wins by
// taking or holding it) that is in the most danger: the one where the
// enemy could bring the most power against it next turn for each man of
// its garrison, if that is more than its garrison could bear and u can be
// there within two turns. A unit already inside a place in as much danger
// stays; an army in the field does not shut itself into a blockaded city
// (it lifts sieges from outside). Only a side that wins if time runs out
// plays for safety so: a side that must still gain ground keeps its men
// on the attack. Without it, spare units in a city under attack wander
// out to meet the enemy in the open.
func (c *Commander) reinforce(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	if len(c.mustHold) == 0 || s.ClassOf(u).Naval() || s.TimeUpWinner() != u.Side {
		return game.Order{}, false
	}
	danger := func(h game.Hex, without string) float64 {
		held := 0.0
		for _, g := range s.UnitsAt(h) {
			if g.Side == u.Side && g.ID != without && g.Carrier == "" {
				held += float64(g.Strength) * s.ClassOf(g).Defence
			}
		}
		return c.power[h] / math.Max(held, 1)
	}
	reach := 2 * max(1, s.ClassOf(u).Moves) // two turns' march
	best, bestD := game.Hex{}, 1.0          // more than the garrison could bear
	for _, h := range c.mustHold {
		if p := s.PlaceAt(h); p != nil && p.BlockadedBy != "" && s.PlaceAt(u.At) == nil {
			continue // an army in the field lifts a siege from outside
		}
		d := danger(h, u.ID)
		if d <= bestD || game.Distance(u.At, h) > reach {
			continue
		}
		best, bestD = h, d
	}
	if bestD <= 1 {
		return game.Order{}, false
	}
	if best == u.At {
		return orNothing(pick(cands, game.Fortify))
	}
	if slices.Contains(c.mustHold, u.At) && danger(u.At, u.ID) >= bestD {
		return game.Order{}, false // needed where it is
	}
	f := c.base.field(s, s.ClassOf(u), []game.Hex{best})
	return orNothing(c.base.moveTowards(s, u, cands, f))
}

// intercept sends u against the nearest enemy field force that threatens
// one of the side's objectives (within six hexes of it). A side that wins
// if time runs out now stands in the way of any such force, even where
// the odds forbid a strike (without it the Song at Jingkang lost two more
// games of thirty, at Huangtiandang two to five); any other side goes
// only after a force that u, with the side's units near it, would strike
// (couldBeat): its business is its sieges. Near a prize (a unit whose destruction wins
// the game) the race is what counts: a force there is a threat only if it
// stands nearer the prize than u does, or u is next to the prize already,
// and horse leaves a force in marsh or paddy alone. At Huangtiandang the
// Jin horse, two hexes from the emperor's court, rode back to fight Zhang
// Jun's army, and Wuzhu's corps circled it in the paddy, while the court's
// ships made ready.
func (c *Commander) intercept(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	objectives := c.base.plan.objectives()
	prize := make([]bool, len(objectives))
	for i, o := range objectives {
		prize[i] = prizeAt(s, o)
	}
	bogs := s.ClassOf(u).HasTag("cavalry")
	var trial *game.State // a copy of s for couldBeat, made on first use
	screens := s.TimeUpWinner() == u.Side
	var threats []game.Hex
	for _, e := range s.Units {
		if !e.Alive() || e.Carrier != "" || !s.Enemies(u.Side, e.Side) || s.ClassOf(e).Naval() {
			continue
		}
		if p := s.PlaceAt(e.At); p != nil && p.Owner == e.Side {
			continue // garrisons are the siege's business
		}
		wet := s.TerrainAt(e.At).HasTag("wet")
		for i, o := range objectives {
			d := game.Distance(e.At, o)
			if d > 6 {
				continue
			}
			if prize[i] {
				if mine := game.Distance(u.At, o); bogs && wet || d > mine && mine > 1 {
					continue
				}
			}
			if !screens && !c.couldBeat(s, &trial, u, e) {
				break // no reason to leave the march for a force u would not strike
			}
			threats = append(threats, e.At)
			break
		}
	}
	if len(threats) == 0 {
		return game.Order{}, false
	}
	sortHexes(threats)
	f := c.base.field(s, s.ClassOf(u), threats)
	if d, ok := f.At(u.At); !ok || d > 3*s.ClassOf(u).Moves {
		return game.Order{}, false
	}
	return orNothing(c.base.moveTowards(s, u, cands, f))
}

// couldBeat reports whether u and the side's land units near e (within
// four hexes) would strike it, by the posture's own standard for a strike:
// the preview of u's attack from the hex next to e nearest u that it can
// enter (worked out in *t, a copy of s made on first use), its odds
// scaled by the attack strength of those units against u's own. In the
// Kaixi war the Jin columns followed Song bands round the Huai that they
// would never strike while their months for the sieges ran out; on the
// western front, by contrast, the Khitan horse must screen Chang'an from
// the Song frontier horse that Wuzhu's corps, close by, can break.
func (c *Commander) couldBeat(s *game.State, t **game.State, u, e *game.Unit) bool {
	cl := s.ClassOf(u)
	from, near := game.Hex{}, math.MaxInt
	for _, n := range e.At.Neighbours() {
		if !s.Map.In(n) {
			continue
		}
		if _, ok := s.MoveCost(cl, n); !ok {
			continue
		}
		if d := game.Distance(u.At, n); d < near {
			from, near = n, d
		}
	}
	if near == math.MaxInt {
		return false
	}
	if *t == nil {
		*t = s.Sandbox()
	}
	tu := (*t).Unit(u.ID)
	at, acted := tu.At, tu.Acted
	defer func() { tu.At, tu.Acted = at, acted }()
	tu.At, tu.Acted = from, false
	for _, k := range []game.OrderKind{game.Attack, game.Assault} {
		if pr, err := game.Forecast(*t, game.Order{Kind: k, Unit: u.ID, To: e.At}); err == nil {
			odds := pr.Odds * powerNear(s, u.Side, e.At, 4) / math.Max(attackPower(s, u), 1)
			return pr.WinChance >= c.post.minWin || odds >= c.post.minOdds
		}
	}
	return false
}

// powerNear is the attack strength of side's land units within r hexes of
// h.
func powerNear(s *game.State, side string, h game.Hex, r int) float64 {
	sum := 0.0
	for _, f := range s.Units {
		if f.Alive() && f.Carrier == "" && f.Side == side && !s.ClassOf(f).Naval() && game.Distance(f.At, h) <= r {
			sum += attackPower(s, f)
		}
	}
	return sum
}

// onTheWay reports whether a bombard by u should wait until u has marched:
// u has not moved yet, is still far from its objectives, and the target is
// a force in the field that threatens nothing the side wants: shooting at
// whatever stands in range would hold the column up all game (the Jin fire
// archers at Huangtiandang, pinned by a Song army far from Mingzhou). Ships,
// siege engines and troops on board, which have marches of their own
// (braves), are left alone.
func (c *Commander) onTheWay(s *game.State, u *game.Unit, o game.Order) bool {
	if o.Kind != game.Bombard || u.Moved || braves(s, u) || s.PlaceAt(u.At) != nil {
		return false
	}
	for _, t := range c.base.plan.objectives() {
		if game.Distance(u.At, t) <= 3 || game.Distance(o.To, t) <= 3 {
			return false
		}
	}
	return true
}

// strikeAtPrize is a strike at an enemy unit whose destruction wins the
// game, made whatever the posture by the first unit near one that has a
// strike at it bestStrike would make (long odds are worth it there), by a
// side that does not win if time runs out. The simple posture, which the
// rollouts often choose, would spend the turn elsewhere: at Huangtiandang
// its fire archers shot at Zhang Jun's army while the emperor's flotilla
// lay within their range. A side that time favours keeps its posture:
// without that guard the Song at Xiangyang and Caishi, each with a prize
// to strike at, lost three and two more games of thirty to simple.
func (c *Commander) strikeAtPrize(s *game.State) (game.Order, bool) {
	side := s.ActiveSide()
	if w := s.TimeUpWinner(); w != "" && !s.Enemies(side, w) {
		return game.Order{}, false // time is on its side: the posture decides
	}
	units := prizes(s, side, false)
	prizes := prizeHexes(s, side, true)
	if len(prizes) == 0 {
		return game.Order{}, false
	}
	for _, u := range s.Units {
		if !u.Alive() || u.Side != side || u.Acted || u.Carrier != "" {
			continue
		}
		if r := reach(s, u); !slices.ContainsFunc(prizes, func(h game.Hex) bool { return game.Distance(u.At, h) <= r }) {
			continue
		}
		var at []game.Order
		for _, o := range orders(s, u) {
			if slices.Contains(prizes, o.To) {
				at = append(at, o)
			}
		}
		if o, ok := c.bestStrike(s, at); ok {
			if step, ok := stepToTrap(s, u, units); ok && o.Kind != game.Bombard {
				return step, true // the blow follows from where the prize cannot flee
			}
			return o, true
		}
	}
	for _, u := range s.Units {
		if u.Alive() && u.Side == side && !u.Acted && u.MovesLeft > 0 && s.ClassOf(u).Naval() && len(s.Cargo(u)) == 0 {
			if o, ok := c.closeOnPrize(s, u, nil); ok {
				return o, true // the strike follows from there
			}
		}
	}
	return game.Order{}, false
}

// reach is the furthest u can strike from where it stands: its longest
// weapon's range, or the next hex.
func reach(s *game.State, u *game.Unit) int {
	r := 1
	for _, id := range s.ClassOf(u).Weapons {
		if w := s.Rules().Weapons[id]; w != nil {
			r = max(r, w.Range)
		}
	}
	return r
}

// keptForPrize reports whether w's whole stock is to be kept for an enemy
// unit whose destruction wins the game, on the map or still to come, that
// w harms at least twice as much as it harms target. At Huangtiandang the
// Jin fire arrows, four times as deadly to sails, went at the Song foot on
// the way to Mingzhou and were spent when the emperor's flotilla put out
// to sea within their range (docs/ai.md, "Arrows kept for the flotilla").
func keptForPrize(s *game.State, w *game.Weapon, target *game.Unit) bool {
	here := game.VsFactor(w, s.ClassOf(target))
	for _, e := range s.Units {
		if (e.Alive() || e.Status == game.Waiting) && s.Enemies(s.ActiveSide(), e.Side) && winsByDestroying(s, e) &&
			game.VsFactor(w, s.ClassOf(e)) >= 2*here {
			return true
		}
	}
	return false
}

// winsByDestroying reports whether destroying u wins the game for the
// side to move.
func winsByDestroying(s *game.State, u *game.Unit) bool {
	return destroyWins(s, u, func(side string) bool { return side == s.ActiveSide() })
}

// destroyWins reports whether destroying u wins the game for a side for
// which by holds: whether one of its destroy conditions names u.
func destroyWins(s *game.State, u *game.Unit, by func(side string) bool) bool {
	for _, cond := range s.Scn.Victory.Conditions {
		if cond.Kind == game.CondDestroy && by(cond.Side) && slices.Contains(cond.Units, u.ID) {
			return true
		}
	}
	return false
}

// prizes lists the enemy units whose destruction wins side the game,
// those on board ship too if carried.
func prizes(s *game.State, side string, carried bool) []*game.Unit {
	var out []*game.Unit
	for _, e := range s.Units {
		if e.Alive() && (carried || e.Carrier == "") && s.Enemies(side, e.Side) && winsByDestroying(s, e) {
			out = append(out, e)
		}
	}
	return out
}

// prizeHexes lists where the prizes stand.
func prizeHexes(s *game.State, side string, carried bool) []game.Hex {
	var out []game.Hex
	for _, e := range prizes(s, side, carried) {
		out = append(out, e.At)
	}
	return out
}

// prizeAt reports whether an enemy unit whose destruction wins the game
// for the side to move stands on h.
func prizeAt(s *game.State, h game.Hex) bool {
	for _, e := range s.UnitsAt(h) {
		if s.Enemies(s.ActiveSide(), e.Side) && winsByDestroying(s, e) {
			return true
		}
	}
	return false
}

// rideForPrize moves u within striking reach (prizeReach) of an enemy
// unit whose destruction wins the game, if u can get there this turn and
// is not within reach of one already; of those hexes it takes the one
// least exposed to the enemy's strikes. The strike at the prize (judged
// by bestStrike from there) is worth more than any fight on the way: at
// Huangtiandang Wuzhu's horse, a march from the emperor's court at
// Mingzhou, spent the turns before the court took ship fighting Zhang
// Jun's covering army; and once the court was at sea the fire archers,
// whose arrows alone could burn its ships from the shore, stood inland.
// Land units that can fight only; engines and ships keep their own
// marches. cands may be nil (a unit with a strike in hand has not listed
// its moves); they are then listed only if there is a prize.
func (c *Commander) rideForPrize(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	if cl := s.ClassOf(u); cl.Naval() || cl.HasTag("engine") {
		return game.Order{}, false
	}
	return c.closeOnPrize(s, u, cands)
}

// closeOnPrize moves u within striking reach (prizeReach) of an enemy unit
// whose destruction wins the game, if it can get there this turn and is
// not within reach of one already, to the hex least exposed to the
// enemy's strikes. cands may be nil: u's moves are then listed only if
// there is a prize it can strike. Besides rideForPrize, strikeAtPrize sends
// ships after a prize at sea this way in every posture: at Huangtiandang
// the junks the Jin seize at Mingzhou, the only force that can close with
// the emperor's flotilla, lay in the harbour for turns while it cruised
// off the coast.
func (c *Commander) closeOnPrize(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	cl := s.ClassOf(u)
	if cl.Attack <= 0 || u.Carrier != "" {
		return game.Order{}, false
	}
	var targets []*game.Unit
	var reaches []int
	for _, e := range prizes(s, u.Side, false) {
		if r := prizeReach(s, u, e); r > 0 {
			if game.Distance(u.At, e.At) <= r {
				return game.Order{}, false // there already
			}
			targets, reaches = append(targets, e), append(reaches, r)
		}
	}
	if len(targets) == 0 {
		return game.Order{}, false // none to close on
	}
	if cands == nil {
		cands = Candidates(s, u) // only now: finding the moves is the dear part
	}
	mine := float64(u.Strength) * cl.Defence
	best, bestV, bestTrap := game.Order{}, math.Inf(1), false
	for _, o := range cands {
		if o.Kind != game.Move {
			continue
		}
		near := false
		for i, e := range targets {
			near = near || game.Distance(o.To, e.At) <= reaches[i]
		}
		if !near {
			continue
		}
		// A hex from which a blow leaves the prize nowhere to flee comes
		// first (trapsPrize); then the one least exposed.
		trap := trapsPrize(s, u, targets, o.To)
		if v := math.Min(c.power[o.To]/math.Max(mine*s.TerrainAt(o.To).Defence, 1), 4); trap && !bestTrap || trap == bestTrap && v < bestV {
			best, bestV, bestTrap = o, v, trap
		}
	}
	return orNothing(best)
}

// prizeReach is how near u must stand to prize to strike at it: within
// range of a weapon it has the shot for and that harms the prize fully,
// else next to it, where a blow can land: ships fight ships, and troops
// troops (0: u cannot strike it).
func prizeReach(s *game.State, u, prize *game.Unit) int {
	pc := s.ClassOf(prize)
	reach := 0
	if pc.Naval() == s.ClassOf(u).Naval() {
		reach = 1
	}
	for _, id := range s.ClassOf(u).Weapons {
		if w := s.Rules().Weapons[id]; w != nil && u.Ammo[id] >= w.PerShot && game.VsFactor(w, pc) >= 1 {
			reach = max(reach, w.Range)
		}
	}
	return reach
}
