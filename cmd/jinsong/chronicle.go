package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"jinsong/game"
	"jinsong/internal/chronicle"
	"jinsong/internal/playback"
)

// chronicleCmd prints a scenario's recorded history as the game plays it:
// each turn's date, the narration cards and the engine's log.
type chronicleCmd struct {
	Scenario string `arg:"" help:"Scenario id or .toml path."`
	Log      bool   `help:"Print the engine's log of every order as well as the narration."`
}

func (c chronicleCmd) Run() error { return c.run(os.Stdout) }

func (c chronicleCmd) run(out io.Writer) error {
	l, err := loadScenario(c.Scenario)
	if err != nil {
		return err
	}
	if !chronicle.Has(l) {
		return fmt.Errorf("%s records no history to play (add [[history.orders]] and [[history.narration]])", l.Scn.ID)
	}
	tape, problems := chronicle.Compile(l)
	p, err := playback.Prepare(context.Background(), tape, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s — the recorded history, %d orders\n", l.File.Scenario.Title, p.Len())
	marks, cards := p.Marks(), p.Cards()
	mi, ci, turn := 0, 0, 0
	logged := len(p.State().Log)
	for {
		for ; mi < len(marks) && marks[mi].At <= p.Pos(); mi++ {
			if m := marks[mi]; m.Turn != turn {
				turn = m.Turn
				fmt.Fprintf(out, "\nTurn %d, %s\n", m.Turn, m.Date)
			}
		}
		for ; ci < len(cards) && cards[ci].At <= p.Pos(); ci++ {
			fmt.Fprintf(out, "  » %s\n", cards[ci].Text)
		}
		if !p.Step() {
			break
		}
		if c.Log {
			for _, ev := range p.State().Log[logged:] {
				if ev.Text != "" && ev.Kind != game.EvTurn {
					fmt.Fprintf(out, "    %s\n", ev.Text)
				}
			}
		}
		logged = len(p.State().Log)
	}
	f := p.Final()
	fmt.Fprintf(out, "\nEnd: %s wins (%s)\nIn history: %s\n", sideName(l, f.Winner), f.Reason, l.File.History.Outcome)
	for _, pr := range problems {
		fmt.Fprintf(out, "problem: %s\n", pr)
	}
	if p.Err() != nil {
		return p.Err()
	}
	if len(problems) > 0 {
		return errors.New("some recorded orders could not be carried out")
	}
	return nil
}
