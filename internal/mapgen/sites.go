package mapgen

import (
	"math"

	"jinsong/game"
)

// site is a place being put on the map.
type site struct {
	Place
	pos Pt       // where the place really is, in hex units
	hex game.Hex // where it stands on the map
}

// Site placement tuning, in hex units.
const (
	bankMargin  = 0.45 // how far a bank town's hex centre must be from its river's line
	placeSearch = 3    // farthest a place is moved to find a fitting hex
)

// sideDirs are the compass directions of bank rules (y grows southwards).
var sideDirs = map[string]Pt{"N": {0, -1}, "S": {0, 1}, "E": {1, 0}, "W": {-1, 0}}

// placeSites puts every place on a land hex of its own: on the right bank
// of its river, and for a port next to the sea. Then it marks towns and
// passes on the terrain.
func (b *builder) placeSites() error {
	banks := b.bankRules()
	for _, p := range b.src.Places {
		s := &site{Place: p, pos: b.g.Project(p.Lon, p.Lat)}
		s.hex = b.clamp(HexAt(s.pos))
		rule := banks[p.ID]
		fits := func(h game.Hex) bool {
			return IsLand(b.at(h)) && b.siteAt[h] == nil && b.bankScore(h, rule) >= bankMargin &&
				(p.Kind != "port" || b.touchesSea(h))
		}
		h, ok := b.findHex(s, fits)
		if !ok {
			h, ok = b.findHex(s, func(h game.Hex) bool { return IsLand(b.at(h)) && b.siteAt[h] == nil })
		}
		if !ok {
			b.warnf("%s: no free land hex near it; the hex is made land", p.ID)
			b.set(h, Plain)
		}
		s.hex = h
		b.sites = append(b.sites, s)
		b.siteAt[h] = s
	}
	b.base = append([]byte(nil), b.terrain...)
	for _, s := range b.sites {
		if t, ok := siteTerrain[s.Kind]; ok {
			b.set(s.hex, t)
		}
	}
	return nil
}

func (b *builder) bankRules() map[string]*BankRule {
	out := map[string]*BankRule{}
	for i := range b.cfg.Banks {
		out[b.cfg.Banks[i].Site] = &b.cfg.Banks[i]
	}
	return out
}

// clamp moves h onto the grid.
func (b *builder) clamp(h game.Hex) game.Hex {
	h.Col = max(0, min(h.Col, b.g.Cols-1))
	h.Row = max(0, min(h.Row, b.g.Rows-1))
	return h
}

// findHex picks, among the hexes within placeSearch of the site's hex that
// fit, the one nearest the place's true position. With none it returns the
// site's own hex and false.
func (b *builder) findHex(s *site, fits func(game.Hex) bool) (game.Hex, bool) {
	best, bestD := s.hex, math.Inf(1)
	for k := 0; k <= placeSearch; k++ {
		for _, h := range b.g.Ring(s.hex, k) {
			if d := Dist(HexCentre(h), s.pos); fits(h) && d < bestD {
				best, bestD = h, d
			}
		}
	}
	return best, !math.IsInf(bestD, 1)
}

// bankScore is how far hex h's centre lies from the rule's waterway line in
// the rule's direction (+Inf when there is no rule or no side).
func (b *builder) bankScore(h game.Hex, rule *BankRule) float64 {
	if rule == nil {
		return math.Inf(1)
	}
	dir, ok := sideDirs[rule.Side]
	w := b.byName[rule.Waterway]
	if !ok || w == nil || len(w.line) < 2 {
		return math.Inf(1)
	}
	c := HexCentre(h)
	return c.Sub(NearestOnPolyline(c, w.line).At).Dot(dir)
}

func (b *builder) touchesSea(h game.Hex) bool {
	for _, n := range b.g.Neighbours(h) {
		if b.at(n) == Sea {
			return true
		}
	}
	return false
}

// besideWater moves each bank town that its river's chain does not touch
// to a nearby hex beside the river, on the same bank.
func (b *builder) besideWater() error {
	inChain := map[game.Hex]bool{}
	for _, w := range b.ways {
		for _, h := range w.hexes {
			inChain[h] = true
		}
	}
	for i := range b.cfg.Banks {
		rule := &b.cfg.Banks[i]
		s, w := b.site(rule.Site), b.byName[rule.Waterway]
		if !rule.Beside || s == nil || w == nil || touchesSet(s.hex, w.set) {
			continue
		}
		fits := func(h game.Hex) bool {
			return IsLand(b.at(h)) && b.siteAt[h] == nil && !inChain[h] &&
				touchesSet(h, w.set) && b.bankScore(h, rule) >= 0
		}
		h, ok := b.findHex(s, fits)
		if !ok {
			b.warnf("%s: cannot stand beside the %s", s.ID, w.spec.Name)
			continue
		}
		b.moveSite(s, h)
	}
	return nil
}

func (b *builder) moveSite(s *site, h game.Hex) {
	old := s.hex
	delete(b.siteAt, old)
	b.set(old, b.base[b.g.Index(old)])
	s.hex = h
	b.siteAt[h] = s
	if t, ok := siteTerrain[s.Kind]; ok {
		b.set(h, t)
	}
}

func (b *builder) site(id string) *site {
	for _, s := range b.sites {
		if s.ID == id {
			return s
		}
	}
	return nil
}

func touchesSet(h game.Hex, set map[game.Hex]bool) bool {
	for _, n := range h.Neighbours() {
		if set[n] {
			return true
		}
	}
	return false
}
