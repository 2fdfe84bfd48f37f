package client

import (
	"fmt"
	"image/color"
	"sort"
	"strings"

	"jinsong/game"
	"jinsong/internal/ui"
)

// Words the panels use, gathered here so the texts stay consistent.
var (
	dim     = color.RGBA{0xa9, 0xb0, 0xbd, 0xff}
	warn    = color.RGBA{0xf0, 0x9a, 0x3a, 0xff}
	bad     = color.RGBA{0xf0, 0x5a, 0x4a, 0xff}
	good    = color.RGBA{0x8c, 0xd8, 0x78, 0xff}
	accent  = color.RGBA{0xe8, 0xb3, 0x4b, 0xff}
	nothing = color.RGBA{}
)

// thousands writes n with thousands separators: 12,500.
func thousands(n int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// strengthText is a unit's strength in words: "12,000 soldiers", "40 ships".
func strengthText(s *game.State, u *game.Unit, n int) string {
	if c := s.ClassOf(u); c != nil && c.Naval() {
		if n == 1 {
			return "1 ship"
		}
		return thousands(n) + " ships"
	}
	if c := s.ClassOf(u); c != nil && c.HasTag("engine") {
		return thousands(n) + " engines and crews"
	}
	return thousands(n) + " soldiers"
}

func sideName(s *game.State, id string) string {
	for _, sd := range s.Scn.Sides {
		if sd.ID == id {
			return sd.Name
		}
	}
	if id == "" {
		return "nobody"
	}
	return id
}

func sideColour(s *game.State, id string) color.RGBA {
	if c, ok := sidePalette(s.Scn)[id]; ok {
		return c
	}
	return color.RGBA{0x90, 0x90, 0x90, 0xff}
}

// unitParas describes a unit for the side panel.
func unitParas(s *game.State, u *game.Unit) []ui.Para {
	c := s.ClassOf(u)
	className := u.Class
	if c != nil {
		className = c.Name
	}
	r := s.Rules()
	ps := []ui.Para{
		{Text: u.Name, Style: ui.Bold, Size: ui.SizeLarge},
		{Text: fmt.Sprintf("%s · %s", className, sideName(s, u.Side)), Colour: dim},
		{Text: "Strength", Right: strengthText(s, u, u.Strength), Gap: 6},
	}
	mc := nothing
	switch {
	case u.Morale < r.Combat.RoutMorale+10:
		mc = bad
	case u.Morale < 50:
		mc = warn
	}
	ps = append(ps, ui.Para{Text: "Morale", Right: fmt.Sprintf("%.0f / 100", u.Morale), Colour: mc})
	if u.Experience > 0 {
		ps = append(ps, ui.Para{Text: "Experience", Right: fmt.Sprintf("%d (+%.0f%% power)", u.Experience, 100*float64(u.Experience)*r.Combat.ExperiencePer)})
	}
	if c != nil {
		moves := fmt.Sprintf("%d of %d", u.MovesLeft, c.Moves)
		if u.Side != s.ActiveSide() {
			moves = fmt.Sprintf("%d a turn", c.Moves)
		}
		ps = append(ps, ui.Para{Text: "Movement points", Right: moves})
	}
	supply := ui.Para{Text: "Supply", Right: "in supply", Colour: good}
	if u.OutOfSupply > 0 {
		supply = ui.Para{Text: "Supply", Right: fmt.Sprintf("cut off %d turn(s)", u.OutOfSupply), Colour: bad}
	}
	ps = append(ps, supply)
	var status []string
	if u.Fortified {
		status = append(status, fmt.Sprintf("fortified (defence ×%.1f)", r.Combat.Fortified))
	}
	if u.Blockading {
		status = append(status, "blockading")
	}
	if u.Dazed > 0 {
		status = append(status, fmt.Sprintf("blinded by smoke (power ×%.1f)", r.Combat.Dazed))
	}
	if u.Carrier != "" {
		if ship := s.Unit(u.Carrier); ship != nil {
			status = append(status, "on board "+ship.Name)
		}
	}
	if u.Side == s.ActiveSide() {
		switch {
		case u.Acted:
			status = append(status, "has fought this turn")
		case u.Moved && u.MovesLeft == 0:
			status = append(status, "has moved this turn")
		}
	}
	if len(status) > 0 {
		ps = append(ps, ui.Para{Text: capitalise(strings.Join(status, ", ")) + ".", Colour: accent})
	}
	if cargo := s.Cargo(u); len(cargo) > 0 {
		var names []string
		for _, cg := range cargo {
			names = append(names, cg.Name)
		}
		cap := 0
		if c != nil {
			cap = c.Capacity
		}
		ps = append(ps, ui.Para{Text: fmt.Sprintf("Carrying (%d of %d): %s", len(cargo), cap, strings.Join(names, ", "))})
	}
	if c != nil && len(c.Weapons) > 0 {
		ps = append(ps, ui.Para{Text: "Weapons", Style: ui.Bold, Gap: 6})
		for _, w := range c.Weapons {
			wd := r.Weapons[w]
			name := w
			rng := 0
			if wd != nil {
				name, rng = wd.Name, wd.Range
			}
			ps = append(ps, ui.Para{Text: fmt.Sprintf("%s (range %d)", capitalise(name), rng), Right: fmt.Sprintf("%s / %s", thousands(u.Ammo[w]), thousands(c.AmmoMax[w])), Size: ui.SizeSmall})
		}
	}
	if l := s.LeaderOf(u); l != nil {
		ps = append(ps, leaderParas(s, l)...)
	}
	return ps
}

// leaderParas describes a leader.
func leaderParas(s *game.State, l *game.Leader) []ui.Para {
	ps := []ui.Para{
		{Text: "Leader: " + l.Name, Style: ui.Bold, Gap: 8, Colour: accent},
		{Text: "Command", Right: fmt.Sprintf("%d (+%.0f%% power)", l.Command, 100*float64(l.Command)*s.Rules().Combat.LeaderPerPoint)},
	}
	if len(l.Abilities) > 0 {
		var ab []string
		for _, a := range l.Abilities {
			ab = append(ab, strings.ReplaceAll(a, "_", " "))
		}
		ps = append(ps, ui.Para{Text: "Abilities: " + strings.Join(ab, ", ")})
	}
	if l.Bio != "" {
		ps = append(ps, ui.Para{Text: l.Bio, Colour: dim, Size: ui.SizeSmall})
	}
	return ps
}

// placeParas describes a city or fortress.
func placeParas(s *game.State, p *game.Place) []ui.Para {
	kind := "Open town"
	if p.Walls >= 1 {
		kind = fmt.Sprintf("Walled city, walls level %d", int(p.Walls))
	}
	ps := []ui.Para{
		{Text: p.Name, Style: ui.Bold, Size: ui.SizeLarge, Gap: 10, Marker: sideColour(s, p.Owner)},
		{Text: fmt.Sprintf("%s · held by %s", kind, sideName(s, p.Owner)), Colour: dim},
	}
	if p.Walls >= 1 {
		ps = append(ps, ui.Para{Text: "Walls", Right: fmt.Sprintf("defence ×%.1f", wallFactor(s.Rules(), int(p.Walls)))})
	}
	food := ui.Para{Text: "Food", Right: fmt.Sprintf("%d days", p.Food)}
	if p.BlockadedBy != "" && p.Food < 3*s.Scn.DaysPerTurn {
		food.Colour = bad
	}
	ps = append(ps, food)
	if p.BlockadedBy != "" {
		ps = append(ps, ui.Para{Text: "Blockaded by " + sideName(s, p.BlockadedBy) + ": no supply, food runs down.", Colour: bad})
	}
	var stock []string
	for _, w := range sortedKeys(p.Arsenal) {
		if n := p.Arsenal[w]; n > 0 {
			name := w
			if wd := s.Rules().Weapons[w]; wd != nil {
				name = wd.Name
			}
			stock = append(stock, fmt.Sprintf("%s %s", thousands(n), name))
		}
	}
	if len(stock) > 0 {
		ps = append(ps, ui.Para{Text: "Arsenal: " + strings.Join(stock, "; ")})
	}
	var traits []string
	if p.Supply {
		traits = append(traits, "supply source")
	}
	if p.Port {
		traits = append(traits, "port")
	}
	if p.Points > 0 {
		traits = append(traits, fmt.Sprintf("%d victory points", p.Points))
	}
	if len(traits) > 0 {
		ps = append(ps, ui.Para{Text: capitalise(strings.Join(traits, ", ")) + ".", Colour: dim})
	}
	return ps
}

func wallFactor(r *game.Ruleset, level int) float64 {
	f := r.Combat.WallFactor
	if level <= 0 || len(f) == 0 {
		return 1
	}
	return f[min(level, len(f)-1)]
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// hexTip is the tooltip of a hex: terrain, movement cost, defence, holder.
func hexTip(s *game.State, h game.Hex, sel *game.Unit, tint string) []string {
	t := s.TerrainAt(h)
	if t == nil {
		return nil
	}
	r := s.Rules()
	lines := []string{fmt.Sprintf("%s  (hex %s)", t.Name, h)}
	if sel != nil {
		c := s.ClassOf(sel)
		if c != nil {
			if cost, ok := r.MoveTypes[c.MoveType].Costs[t.ID]; ok && cost > 0 {
				lines = append(lines, fmt.Sprintf("Move cost for %s: %d", c.Name, cost))
			} else {
				lines = append(lines, fmt.Sprintf("%s cannot enter", c.Name))
			}
		}
	} else {
		var costs []string
		for _, id := range []string{"foot", "horse", "engine", "boat"} {
			mt := r.MoveTypes[id]
			if mt == nil {
				continue
			}
			if cost, ok := mt.Costs[t.ID]; ok && cost > 0 {
				costs = append(costs, fmt.Sprintf("%s %d", strings.ToLower(mt.Name), cost))
			}
		}
		if len(costs) > 0 {
			lines = append(lines, "Move cost: "+strings.Join(costs, ", "))
		} else {
			lines = append(lines, "Impassable to troops")
		}
	}
	if t.Defence != 1 {
		lines = append(lines, fmt.Sprintf("Defence ×%.1f", t.Defence))
	}
	if t.Water != "" {
		lines = append(lines, fmt.Sprintf("Navigable %s: ships sail here, supply flows cheaply", t.Water))
	}
	if p := s.PlaceAt(h); p != nil {
		w := ""
		if p.Walls >= 1 {
			w = fmt.Sprintf(", walls %d", int(p.Walls))
		}
		lines = append(lines, fmt.Sprintf("%s: held by %s%s", p.Name, sideName(s, p.Owner), w))
	}
	for _, u := range s.UnitsAt(h) {
		lines = append(lines, fmt.Sprintf("%s: %s (%s)", sideName(s, u.Side), u.Name, strengthText(s, u, u.Strength)))
	}
	if tint != "" {
		lines = append(lines, "Within "+sideName(s, tint)+"'s supply lines")
	}
	return lines
}

// logParas turns log events from index `from` on into paragraphs.
func logParas(s *game.State, from int) []ui.Para {
	var ps []ui.Para
	for _, ev := range s.Log[from:] {
		p := ui.Para{Text: ev.Text, Size: ui.SizeSmall + 1, Right: shortDate(ev.Date)}
		if ev.Side != "" {
			p.Marker = sideColour(s, ev.Side)
		}
		switch ev.Kind {
		case game.EvTurn:
			if strings.HasPrefix(ev.Text, "Turn ") {
				p.Style, p.Colour, p.Gap, p.Right = ui.Bold, accent, 6, ""
			} else {
				p.Colour = dim
			}
		case game.EvCombat, game.EvBombard:
			p.Style = ui.Bold
		case game.EvDestroyed, game.EvSurrender, game.EvRout:
			p.Colour = bad
		case game.EvCaptured, game.EvGameOver:
			p.Style, p.Colour = ui.Bold, accent
		case game.EvMessage, game.EvReinforce, game.EvDefect:
			p.Colour = color.RGBA{0xc8, 0xe0, 0xff, 0xff}
		}
		ps = append(ps, p)
	}
	return ps
}

// shortDate turns "31 Jan 1126" into "31 Jan".
func shortDate(d string) string {
	if i := strings.LastIndexByte(d, ' '); i > 0 {
		return d[:i]
	}
	return d
}
