package ai

import (
	"math"

	"jinsong/game"
)

// Simple is the built-in policy: a greedy player that reads the scenario's
// victory conditions. Each unit in turn bombards what it can hurt most,
// attacks where the preview promises a win, blockades enemy objective
// cities, and otherwise marches (or sails, or takes ship) towards its
// objectives. Garrisons of threatened cities stay put and dig in.
type Simple struct {
	phase phaseKey
	done  map[string]bool
	plan  *plan
	// cache, when set, keeps distance fields from turn to turn (and across
	// the Commander's rollouts); the fields are the same, only found faster.
	cache *fieldCache
	// rich, when set, marches on the enemy's rich places too (the
	// Commander's simple posture); not for the built-in policy.
	rich bool
	// keepRoom, when set, leaves the last place at the walls of a target
	// city to the side's engines (roomForEngines): the Commander's simple
	// posture; not for the built-in policy.
	keepRoom bool
	// wary, when set, keeps the units of a side whose losses score for
	// the enemy (lossesScore) from standing next to an enemy city whose
	// garrison could cut them down in a sally (underSword): the
	// Commander's blind posture (the grand campaign); not for the built-in
	// policy.
	wary bool
	// shy is wary for this turn's side: its losses score for the enemy.
	shy bool
}

// NewSimple returns the built-in policy.
func NewSimple() *Simple { return &Simple{} }

// Name implements Policy.
func (p *Simple) Name() string { return "simple" }

// plan is what the policy works out once per turn.
type plan struct {
	targets  []game.Hex            // hexes the side wants to reach
	guard    map[game.Hex]bool     // own cities the enemy wants
	fields   map[string]*Field     // distance to targets per movetype
	escapers map[string][]game.Hex // units that must escape, to their zone
}

// Next implements Policy.
func (p *Simple) Next(s *game.State) game.Order {
	key := phaseKey{s.Turn, s.Active}
	if key != p.phase || p.done == nil {
		p.phase, p.done = key, map[string]bool{}
		p.plan = makePlan(s, p.rich)
		p.shy = p.wary && lossesScore(s, s.ActiveSide())
	}
	for _, u := range ownUnits(s) {
		if p.done[u.ID] {
			continue
		}
		if o, ok := p.orderFor(s, u); ok {
			return o
		}
		p.done[u.ID] = true
	}
	return game.Order{Kind: game.EndTurn}
}

// orderFor picks u's next order; ok is false when u has nothing useful left.
func (p *Simple) orderFor(s *game.State, u *game.Unit) (game.Order, bool) {
	here := orders(s, u)
	if o, ok := bestStrike(s, here); ok {
		return o, true
	}
	if u.Acted {
		return game.Order{}, false
	}
	cands := withMoves(s, u, here)
	if p.keepRoom {
		cands = p.roomForEngines(s, u, cands)
	}
	if len(cands) == 0 {
		return game.Order{}, false
	}
	if p.plan.guard[u.At] && isGarrison(s, u) {
		return orNothing(pick(cands, game.Fortify))
	}
	if p.shy && underSword(s, u, u.At) {
		if o, ok := p.outOfReach(s, u, cands); ok {
			return o, true
		}
	}
	for _, o := range cands {
		if o.Kind == game.Blockade && p.isTarget(o.To) && garrisoned(s, o.To) {
			return o, true
		}
	}
	if o, ok := p.march(s, u, cands); ok {
		if p.shy && o.Kind == game.Move && underSword(s, u, o.To) {
			return game.Order{}, false // wait out of the sallies' reach
		}
		return o, true
	}
	if u.Morale < 60 {
		if o := pick(cands, game.Rest); o.Kind != "" {
			return o, true
		}
	}
	return game.Order{}, false
}

func (p *Simple) isTarget(h game.Hex) bool {
	for _, t := range p.plan.targets {
		if t == h {
			return true
		}
	}
	return false
}

// strike is one combat order with its preview and the worth of the losses
// it should inflict (gain) and suffer (cost), in defensive soldiers' worth.
type strike struct {
	order      game.Order
	pr         game.Prediction
	att, def   *game.Unit
	gain, cost float64
}

// bestOf previews every combat order among cands, lets judge score it (ok
// false to pass it over) and returns the best one scoring above zero.
func bestOf(s *game.State, cands []game.Order, judge func(st strike) (float64, bool)) (game.Order, bool) {
	best, bestScore := game.Order{}, 0.0
	for _, o := range cands {
		switch o.Kind {
		case game.Attack, game.Assault, game.Sally, game.Bombard:
		default:
			continue
		}
		pr, err := game.Forecast(s, o)
		if err != nil {
			continue
		}
		st := strike{order: o, pr: pr, att: s.Unit(pr.Attacker), def: s.Unit(pr.Defender)}
		ac, dc := s.ClassOf(st.att), s.ClassOf(st.def)
		st.gain = pr.DefenderLoss * dc.Defence * dc.Toughness
		st.cost = pr.AttackerLoss * ac.Defence * ac.Toughness
		if score, ok := judge(st); ok && score > bestScore {
			best, bestScore = o, score
		}
	}
	return best, bestScore > 0
}

// bestStrike returns the combat order with the best prospects, if any is
// worth making: bombardments that hurt, attacks the preview expects to win.
func bestStrike(s *game.State, cands []game.Order) (game.Order, bool) {
	return bestOf(s, cands, func(st strike) (float64, bool) {
		if st.order.Kind == game.Bombard {
			if st.pr.DefenderLoss < 0.5 {
				return 0, false
			}
		} else if st.pr.WinChance < 0.5 && st.pr.Odds < 1.2 {
			return 0, false
		}
		return st.gain - st.cost + st.pr.WinChance*st.gain, true
	})
}

// isGarrison reports whether u is one of the first two land units in its city.
func isGarrison(s *game.State, u *game.Unit) bool {
	if s.ClassOf(u).Naval() || u.Carrier != "" {
		return false
	}
	n := 0
	for _, o := range s.UnitsAt(u.At) {
		if o.Side == u.Side && o.Carrier == "" && !s.ClassOf(o).Naval() {
			if o.ID == u.ID {
				return n < 2
			}
			n++
		}
	}
	return false
}

func pick(cands []game.Order, k game.OrderKind) game.Order {
	for _, o := range cands {
		if o.Kind == k {
			return o
		}
	}
	return game.Order{}
}

// march moves u closer to its targets along the movetype's distance field.
// A land unit with no way by land looks for a ship; a ship with troops
// aboard carries them towards the targets and lands them.
func (p *Simple) march(s *game.State, u *game.Unit, cands []game.Order) (game.Order, bool) {
	c := s.ClassOf(u)
	targets := p.plan.targets
	if z, ok := p.plan.escapers[u.ID]; ok {
		targets = z
	}
	if len(targets) == 0 {
		return game.Order{}, false
	}
	field := p.field(s, c, targets)
	// Troops on board: land as soon as a landing hex is closer by land.
	if u.Carrier != "" {
		landField := p.field(s, c, targets)
		best, bestD := game.Order{}, math.MaxInt
		for _, o := range cands {
			if o.Kind == game.Disembark {
				if d, ok := landField.At(o.To); ok && d < bestD {
					best, bestD = o, d
				}
			}
		}
		return best, best.Kind != ""
	}
	here, reachable := field.At(u.At)
	if !c.Naval() && !reachable {
		// No way by land: board a friendly ship next to us.
		if o := pick(cands, game.Embark); o.Kind != "" {
			return o, true
		}
		return orNothing(p.moveTowards(s, u, cands, p.field(s, c, shipHexes(s, u.Side))))
	}
	if c.Naval() && len(s.Cargo(u)) > 0 {
		// Sail to the water next to the land hex nearest the targets.
		cargo := s.Cargo(u)[0]
		landField := p.field(s, s.ClassOf(cargo), targets)
		return orNothing(p.moveTowards(s, u, cands, p.field(s, c, shoreNear(s, landField))))
	}
	if c.Naval() {
		// Empty ships seek enemy ships, else troops that need carrying.
		if enemy := enemyShips(s, u.Side); len(enemy) > 0 {
			return orNothing(p.moveTowards(s, u, cands, p.field(s, c, enemy)))
		}
	}
	o := p.moveTowards(s, u, cands, field)
	if d, _ := field.At(o.To); o.Kind == "" || d >= here {
		return game.Order{}, false
	}
	return o, true
}

// moveTowards picks the move that ends nearest the targets of field;
// cavalry avoids ending in wet ground when it can.
func (p *Simple) moveTowards(s *game.State, u *game.Unit, cands []game.Order, field *Field) game.Order {
	best, bestScore := game.Order{}, math.MaxInt
	cav := s.ClassOf(u).HasTag("cavalry")
	here, ok := field.At(u.At)
	if !ok {
		here = math.MaxInt
	}
	for _, o := range cands {
		if o.Kind != game.Move {
			continue
		}
		d, ok := field.At(o.To)
		if !ok {
			continue
		}
		score := d * 4
		if cav && s.TerrainAt(o.To).HasTag("wet") {
			score += 6
		}
		if score < bestScore && d < here {
			best, bestScore = o, score
		}
	}
	return best
}

// field returns (and caches for the turn) the cost for class c to reach the
// nearest of targets from every hex, ignoring units.
func (p *Simple) field(s *game.State, c *game.Class, targets []game.Hex) *Field {
	key := c.MoveType + "|" + hexKey(targets)
	if f, ok := p.plan.fields[key]; ok {
		return f
	}
	var f *Field
	if p.cache != nil {
		f = p.cache.get(s, c, targets)
	} else {
		f = DistanceField(s, c, targets)
	}
	p.plan.fields[key] = f
	return f
}

func hexKey(hs []game.Hex) string {
	b := make([]byte, 0, len(hs)*6)
	for _, h := range hs {
		b = append(b, byte(h.Col), byte(h.Col>>8), byte(h.Row), byte(h.Row>>8), ',')
	}
	return string(b)
}

func shipHexes(s *game.State, side string) []game.Hex {
	var out []game.Hex
	for _, u := range s.Units {
		if u.Alive() && u.Side == side && s.ClassOf(u).Capacity > 0 && len(s.Cargo(u)) < s.ClassOf(u).Capacity {
			out = append(out, u.At)
		}
	}
	return out
}

func enemyShips(s *game.State, side string) []game.Hex {
	var out []game.Hex
	for _, u := range s.Units {
		if u.Alive() && s.Enemies(side, u.Side) && s.ClassOf(u).Naval() {
			out = append(out, u.At)
		}
	}
	return out
}

// shoreNear returns the land hexes with the lowest value in landField that
// touch navigable water: where troops should be put ashore.
func shoreNear(s *game.State, landField *Field) []game.Hex {
	best := math.MaxInt
	var out []game.Hex
	landField.each(func(h game.Hex, d int) {
		coastal := false
		for _, n := range h.Neighbours() {
			if t := s.TerrainAt(n); t != nil && t.Navigable() {
				coastal = true
				break
			}
		}
		if !coastal {
			return
		}
		switch {
		case d < best:
			best, out = d, []game.Hex{h}
		case d == best:
			out = append(out, h)
		}
	})
	sortHexes(out)
	return out
}

// orNothing reports an empty order as no order.
func orNothing(o game.Order) (game.Order, bool) { return o, o.Kind != "" }

// garrisoned reports whether anyone holds the city on h; an empty city is
// not blockaded but simply walked into.
func garrisoned(s *game.State, h game.Hex) bool { return len(s.UnitsAt(h)) > 0 }
