package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

type arenaCmd struct {
	Scenarios  []string `arg:"" optional:"" help:"Scenario ids or paths (default: every built-in scenario)."`
	Player     string   `help:"The player measured." default:"ai:normal"`
	Against    []string `help:"Opponents." default:"random,simple"`
	Runs       int      `help:"Games per side and opponent." default:"200"`
	Seed       int64    `help:"Seed of the first game." default:"1"`
	Markdown   bool     `help:"Print a Markdown table (for docs/ai.md)."`
	NoProgress bool     `help:"Never show the progress bar (it shows only when standard error is a terminal)."`
}

func (c arenaCmd) Run() error {
	refs := c.Scenarios
	if len(refs) == 0 {
		for _, s := range scenario.ListBuiltin() {
			refs = append(refs, s.ID)
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	if c.Markdown {
		fmt.Fprintf(w, "| scenario | %s plays | opponent | games | %s wins |\n| --- | --- | --- | --- | --- |\n", c.Player, c.Player)
	} else {
		fmt.Fprintf(w, "SCENARIO\tSIDE\tOPPONENT\tGAMES\tWINS\n")
	}
	bar := newProgress(len(refs), "arena", "scenarios", c.NoProgress)
	for i, ref := range refs {
		bar.set(i)
		l, err := loadScenario(ref)
		if err != nil {
			return err
		}
		var sides []string
		for _, s := range l.Scn.Sides {
			sides = append(sides, s.ID)
		}
		for _, side := range sides {
			for _, opp := range c.Against {
				m, err := sim.Arena(l.NewGame, sides, side, c.Player, opp, c.Runs, c.Seed)
				if err != nil {
					return err
				}
				if c.Markdown {
					fmt.Fprintf(w, "| %s | %s | %s | %d | %.0f%% |\n", l.Scn.ID, side, opp, m.Runs, 100*m.Share())
				} else {
					fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.1f%%\n", l.Scn.ID, side, opp, m.Runs, 100*m.Share())
				}
			}
		}
	}
	bar.finish()
	return w.Flush()
}
