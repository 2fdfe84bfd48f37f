package client

import (
	"fmt"
	"math"

	"jinsong/game"
	"jinsong/internal/ui"
)

// previewRows lays out the engine's prediction of a combat order for the
// preview dialog: who fights whom, the odds, the chance of winning, the
// expected losses and every factor that multiplied either side's power.
func previewRows(s *game.State, o game.Order) []ui.Para {
	if o.Kind == game.Blockade {
		return blockadeRows(s, o)
	}
	p, err := game.Predict(s, o)
	if err != nil {
		return []ui.Para{{Text: capitalise(err.Error()), Colour: bad}}
	}
	att, def := s.Unit(p.Attacker), s.Unit(p.Defender)
	verb := map[game.OrderKind]string{
		game.Attack: "attacks", game.Assault: "storms the walls held by", game.Sally: "sallies against", game.Bombard: "bombards",
	}[o.Kind]
	rows := []ui.Para{
		{Text: fmt.Sprintf("%s (%s) %s %s (%s) at %s.", att.Name, strengthText(s, att, att.Strength), verb,
			def.Name, strengthText(s, def, def.Strength), hexName(s, def.At))},
	}
	oddsColour := nothing
	switch {
	case p.WinChance >= 0.7:
		oddsColour = good
	case p.WinChance < 0.35:
		oddsColour = bad
	}
	if o.Kind != game.Bombard {
		rows = append(rows, ui.Para{Text: "Odds", Right: oddsText(p.Odds), Style: ui.Bold, Size: ui.SizeLarge, Gap: 8, Colour: oddsColour})
		rows = append(rows, ui.Para{Text: "Chance the defender gives way", Right: fmt.Sprintf("%.0f%%", 100*p.WinChance), Style: ui.Bold, Colour: oddsColour})
		rows = append(rows, ui.Para{Text: "Expected losses: " + att.Name, Right: strengthText(s, att, int(math.Round(p.AttackerLoss)))})
	} else {
		rows = append(rows, ui.Para{Text: "Chance the target breaks and flees", Right: fmt.Sprintf("%.0f%%", 100*p.WinChance), Style: ui.Bold, Gap: 8, Colour: oddsColour})
		if w := s.Rules().Weapons[o.Weapon]; w != nil {
			rows = append(rows, ui.Para{Text: "Uses " + w.Name, Right: fmt.Sprintf("%d of %s", w.PerShot, thousands(att.Ammo[o.Weapon]))})
		}
	}
	rows = append(rows, ui.Para{Text: "Expected losses: " + def.Name, Right: strengthText(s, def, int(math.Round(p.DefenderLoss)))})
	for _, side := range []struct{ id, title string }{{"attacker", "Attack"}, {"defender", "Defence"}} {
		power := p.AttackPower
		if side.id == "defender" {
			power = p.DefencePower
		}
		rows = append(rows, ui.Para{Text: side.title + " power", Right: thousands(int(math.Round(power))), Style: ui.Bold, Gap: 8})
		for _, f := range p.Factors {
			if f.Side != side.id {
				continue
			}
			c := dim
			if f.Value > 1.001 {
				c = good
			} else if f.Value < 0.999 {
				c = bad
			}
			val := fmt.Sprintf("×%.2f", f.Value)
			if o.Kind == game.Bombard && f.Value > 5 {
				val = thousands(int(math.Round(f.Value)))
			}
			rows = append(rows, ui.Para{Text: "   " + f.Name, Right: val, Colour: c, Size: ui.SizeSmall + 1})
		}
	}
	return rows
}

// oddsText writes a ratio as "2.4 : 1" or "1 : 1.6".
func oddsText(odds float64) string {
	switch {
	case odds <= 0:
		return "–"
	case odds >= 1:
		return fmt.Sprintf("%.1f : 1", odds)
	}
	return fmt.Sprintf("1 : %.1f", 1/odds)
}

// blockadeRows explains a blockade with the ruleset's numbers.
func blockadeRows(s *game.State, o game.Order) []ui.Para {
	p := s.PlaceAt(o.To)
	u := s.Unit(o.Unit)
	if p == nil || u == nil {
		return nil
	}
	r := s.Rules()
	rows := []ui.Para{
		{Text: fmt.Sprintf("%s closes the roads into %s.", u.Name, p.Name)},
		{Text: "Food in the city", Right: fmt.Sprintf("%d days", p.Food), Gap: 8, Style: ui.Bold},
		{Text: fmt.Sprintf("While blockaded the city is no source of supply and eats %d days of food a turn. "+
			"When the food is gone the garrison loses %.0f%% of its strength and %.0f morale every turn, "+
			"and surrenders once its morale falls below %.0f.", s.Scn.DaysPerTurn, r.Siege.StarvePercent, r.Siege.StarveMorale, r.Siege.SurrenderMorale), Colour: dim},
		{Text: fmt.Sprintf("Sickness in the siege lines costs the blockading units %.0f%% of their strength a turn. The blockade lasts while a blockading unit stays next to the city.", r.Siege.AttritionPercent), Colour: dim},
	}
	if p.Walls >= 1 {
		rows = append(rows, ui.Para{Text: fmt.Sprintf("Walls level %d multiply the defenders' power by %.1f.", int(p.Walls), wallFactor(r, int(p.Walls))), Colour: dim})
	}
	return rows
}
