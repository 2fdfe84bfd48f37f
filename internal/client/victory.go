package client

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
	"jinsong/internal/playback"
	"jinsong/internal/ui"
)

// victoryScreen shows how the game ended beside what happened in history.
type victoryScreen struct {
	play    *playScreen
	text    ui.TextView
	buttons []*ui.Button
}

func newVictory(a *App, p *playScreen) *victoryScreen {
	v := &victoryScreen{play: p}
	v.text.Paras = resultParas(p.state, p.scn)
	v.buttons = []*ui.Button{
		{ID: "map", Label: "Look at the map", KeyLabel: "Esc", Keys: []ebiten.Key{ebiten.KeyEscape}},
		{ID: "picture", Label: "Save as picture", Tip: "Write the debrief (your result beside history's, the losses, the events) as a PNG for handouts."},
		{ID: "replay", Label: "Watch replay", KeyLabel: "W", Keys: []ebiten.Key{ebiten.KeyW}, Tip: "Watch the game you just played from its first order."},
		{ID: "again", Label: "Play again"},
		{ID: "title", Label: "Title screen", KeyLabel: "Enter", Keys: []ebiten.Key{ebiten.KeyEnter}, Primary: true},
	}
	return v
}

// resultParas sums up a finished game: the winner, why, the losses of each
// side, and the historical outcome for comparison.
func resultParas(s *game.State, scn *Scenario) []ui.Para {
	title := "A draw"
	colour := accent
	if s.Winner != "" {
		title = sideName(s, s.Winner) + " wins"
		colour = sideColour(s, s.Winner)
	}
	ps := []ui.Para{
		{Text: title, Style: ui.Bold, Size: ui.SizeHeroic * 0.8, Colour: colour},
		{Text: s.Reason, Size: ui.SizeLarge},
		{Text: fmt.Sprintf("Turn %d of %d, %s.", s.Turn, s.Scn.MaxTurns, s.DateString()), Colour: dim},
		{Text: "Your game", Style: ui.Bold, Size: ui.SizeLarge, Gap: 14},
	}
	for _, sd := range s.Scn.Sides {
		l := s.Ledger[sd.ID]
		if l == nil {
			continue
		}
		c := sideColour(s, sd.ID)
		lost := thousands(l.Lost.Soldiers) + " soldiers"
		if l.Lost.Ships > 0 {
			lost += ", " + thousands(l.Lost.Ships) + " ships"
		}
		ps = append(ps, ui.Para{Text: fmt.Sprintf("%s lost", sd.Name), Right: lost, Marker: c, Style: ui.Bold})
		ps = append(ps, ui.Para{Text: fmt.Sprintf("   of %s at the start and %s arriving later; %d points",
			thousands(l.Start), thousands(l.Reinforced+l.Joined), s.Score(sd.ID)), Colour: dim, Marker: c, Size: ui.SizeSmall + 1})
	}
	h := scn.History
	if h.Outcome != "" || h.Note != "" {
		ps = append(ps, ui.Para{Text: "In history", Style: ui.Bold, Size: ui.SizeLarge, Gap: 14})
		winner := "Neither side won outright"
		if h.Winner != "" {
			winner = sideName(s, h.Winner) + " won"
		}
		if h.Ended != "" {
			winner += " (" + h.Ended + ")"
		}
		ps = append(ps, ui.Para{Text: winner + ". " + h.Outcome, Colour: accent})
		for _, sd := range s.Scn.Sides {
			if n, ok := h.Losses[sd.ID]; ok {
				ps = append(ps, ui.Para{Text: sd.Name + " lost", Right: "about " + thousands(n) + " soldiers", Marker: sideColour(s, sd.ID)})
			}
		}
		if h.Note != "" {
			ps = append(ps, ui.Para{Text: strings.Join(strings.Fields(h.Note), " "), Colour: dim, Gap: 6})
		}
		if h.Winner == s.Winner {
			ps = append(ps, ui.Para{Text: "Your war ended as the real one did.", Style: ui.Bold, Gap: 8})
		} else {
			ps = append(ps, ui.Para{Text: "Your war turned out differently from the real one.", Style: ui.Bold, Gap: 8})
		}
	}
	return ps
}

func (v *victoryScreen) box(a *App) ui.Rect {
	th := a.Theme
	r := a.screenRect()
	return r.Centred(min(th.S(900), r.W-th.S(40)), min(th.S(680), r.H-th.S(40)))
}

func (v *victoryScreen) Update(a *App, ctx *ui.Context) {
	th := a.Theme
	b := v.box(a)
	in := b.Inset(th.S(24))
	brow := in.CutBottom(th.S(44))
	in.CutBottom(th.S(12))
	v.text.Bounds = in
	ui.LayoutRowRight(v.buttons, brow, th.S(10), th)
	v.text.Update(ctx)
	for _, btn := range v.buttons {
		if btn.Update(ctx) {
			switch btn.ID {
			case "map":
				a.show(v.play)
			case "picture":
				a.saveDebrief(v.play)
			case "replay":
				a.show(v.replay(a))
			case "again":
				v.play.stop()
				a.show(newPlay(a, v.play.scn, v.play.players, v.play.seed))
			case "title":
				v.play.stop()
				a.show(newTitle(a))
			}
		}
	}
	ctx.In.ConsumeClick()
}

// replay watches the finished game from its first order; leaving it comes
// back here.
func (v *victoryScreen) replay(a *App) *watchScreen {
	p := v.play
	tape := &playback.Tape{Title: p.scn.Title, Start: func() *game.State { return p.scn.NewGame(p.seed) }, Orders: slices.Clone(p.orders)}
	return newWatch(a, p.scn, "Replay: "+p.scn.Title, v, func(context.Context) (*playback.Tape, string, error) {
		return tape, "", nil
	})
}

func (v *victoryScreen) Draw(a *App, dst *ebiten.Image) {
	th := a.Theme
	v.play.Draw(a, dst)
	ui.FillRect(dst, a.screenRect(), ui.WithAlpha(th.Background, 0xb0))
	ui.DrawPanel(dst, th, v.box(a))
	v.text.Draw(dst, th)
	for _, b := range v.buttons {
		b.Draw(dst, th)
	}
}
