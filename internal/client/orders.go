package client

import (
	"fmt"
	"sort"
	"strings"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/render"
)

// choices are the legal orders of the selected unit, sorted for the map:
// where it can move, and which orders aim at which hex.
type choices struct {
	unit    *game.Unit
	moves   []game.Hex
	canMove map[game.Hex]bool
	byHex   map[game.Hex][]game.Order // orders aimed at a hex (combat, blockade, landing, boarding)
	byKind  map[game.OrderKind][]game.Order
}

// choicesFor asks the engine for every legal order of u.
func choicesFor(s *game.State, u *game.Unit) choices {
	c := choices{unit: u, canMove: map[game.Hex]bool{}, byHex: map[game.Hex][]game.Order{}, byKind: map[game.OrderKind][]game.Order{}}
	if u == nil || s.Over || u.Side != s.ActiveSide() || !u.Alive() {
		return c
	}
	for _, o := range ai.Candidates(s, u) {
		c.byKind[o.Kind] = append(c.byKind[o.Kind], o)
		switch o.Kind {
		case game.Move:
			c.moves = append(c.moves, o.To)
			c.canMove[o.To] = true
		case game.Fortify, game.Rest:
		case game.Embark:
			if ship := s.Unit(o.Target); ship != nil {
				c.byHex[ship.At] = append(c.byHex[ship.At], o)
			}
		default:
			c.byHex[o.To] = append(c.byHex[o.To], o)
		}
	}
	return c
}

// combatKinds are the orders that open the combat preview, in the order
// their tabs appear.
var combatKinds = []game.OrderKind{game.Attack, game.Assault, game.Sally, game.Bombard, game.Blockade}

// targetKinds maps an order to the highlight of its target hex; kinds
// earlier in targetPriority win when a hex has several.
var targetKinds = map[game.OrderKind]render.TargetKind{
	game.Attack:    render.TargetAttack,
	game.Assault:   render.TargetAttack,
	game.Sally:     render.TargetAttack,
	game.Bombard:   render.TargetBombard,
	game.Blockade:  render.TargetBlockade,
	game.Disembark: render.TargetLand,
	game.Embark:    render.TargetShip,
}

var targetPriority = []game.OrderKind{game.Attack, game.Assault, game.Sally, game.Bombard, game.Blockade, game.Disembark, game.Embark}

// targets lists the highlighted hexes; only lists orders of the given
// kinds (nil: every kind but boarding, which has its own mode).
func (c *choices) targets(only []game.OrderKind) []render.Target {
	var out []render.Target
	for h, os := range c.byHex {
		for _, k := range targetPriority {
			if only == nil && k == game.Embark {
				continue
			}
			if only != nil && !containsKind(only, k) {
				continue
			}
			if hasKind(os, k) {
				out = append(out, render.Target{Hex: h, Kind: targetKinds[k]})
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Hex, out[j].Hex
		return a.Row < b.Row || (a.Row == b.Row && a.Col < b.Col)
	})
	return out
}

// combatAt returns the combat orders (and blockade) aimed at h, in tab order.
func (c *choices) combatAt(h game.Hex) []game.Order {
	var out []game.Order
	for _, k := range combatKinds {
		for _, o := range c.byHex[h] {
			if o.Kind == k {
				out = append(out, o)
			}
		}
	}
	return out
}

func hasKind(os []game.Order, k game.OrderKind) bool {
	for _, o := range os {
		if o.Kind == k {
			return true
		}
	}
	return false
}

func containsKind(ks []game.OrderKind, k game.OrderKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// whyNot explains why u cannot act on h, asking the engine about the
// order a click there most likely meant: a move, an attack or assault on
// an enemy next to it, a bombardment of one further away.
func whyNot(s *game.State, u *game.Unit, h game.Hex) string {
	if !s.Map.In(h) {
		return "That is off the map."
	}
	o := game.Order{Kind: game.Move, Unit: u.ID, To: h}
	enemy := false
	for _, x := range s.UnitsAt(h) {
		if s.Enemies(u.Side, x.Side) {
			enemy = true
		}
	}
	cl := s.ClassOf(u)
	switch {
	case enemy && game.Distance(u.At, h) > 1 && cl != nil && len(cl.Weapons) > 0:
		o.Kind, o.Weapon = game.Bombard, cl.Weapons[0]
	case enemy && s.PlaceAt(h) != nil && s.PlaceAt(h).Walls >= 1:
		o.Kind = game.Assault
	case enemy:
		o.Kind = game.Attack
	}
	err := game.Legal(s, o)
	if err == nil {
		return ""
	}
	var il *game.IllegalOrder
	if asIllegal(err, &il) {
		return capitalise(il.Reason()) + "."
	}
	return capitalise(err.Error()) + "."
}

func asIllegal(err error, out **game.IllegalOrder) bool {
	il, ok := err.(*game.IllegalOrder)
	if ok {
		*out = il
	}
	return ok
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// orderLabel names an order for buttons and dialog titles.
func orderLabel(s *game.State, o game.Order) string {
	switch o.Kind {
	case game.Attack:
		return "Attack"
	case game.Assault:
		return "Assault"
	case game.Sally:
		return "Sally"
	case game.Blockade:
		return "Blockade"
	case game.Bombard:
		if w := s.Rules().Weapons[o.Weapon]; w != nil {
			return "Bombard: " + w.Name
		}
		return "Bombard"
	case game.Embark:
		if ship := s.Unit(o.Target); ship != nil {
			return "Board " + ship.Name
		}
	}
	return capitalise(string(o.Kind))
}

// hexName names a hex by its place or coordinates.
func hexName(s *game.State, h game.Hex) string {
	if p := s.PlaceAt(h); p != nil {
		return p.Name
	}
	if t := s.TerrainAt(h); t != nil {
		return fmt.Sprintf("%s at %s", strings.ToLower(t.Name), h)
	}
	return "hex " + h.String()
}
