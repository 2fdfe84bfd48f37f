package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"jinsong/internal/ai"
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
		fmt.Fprintf(w, "| scenario | %s plays | opponent | games | %s wins | 95%% interval | bar |\n| --- | --- | --- | --- | --- | --- | --- |\n", c.Player, c.Player)
	} else {
		fmt.Fprintf(w, "SCENARIO\tSIDE\tOPPONENT\tGAMES\tWINS\t95%% INTERVAL\tBAR\n")
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
				lo, hi := m.Interval()
				if c.Markdown {
					fmt.Fprintf(w, "| %s | %s | %s | %d | %.0f%% | %.0f–%.0f%% | %s |\n", l.Scn.ID, side, opp, m.Runs, 100*m.Share(), 100*lo, 100*hi, barVerdict(m))
				} else {
					fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.1f%%\t%.1f–%.1f%%\t%s\n", l.Scn.ID, side, opp, m.Runs, 100*m.Share(), 100*lo, 100*hi, barVerdict(m))
				}
			}
		}
	}
	bar.finish()
	return w.Flush()
}

// barVerdict says whether m, a measurement of the normal computer player,
// meets issue 5's bar for its opponent (sim.Bars), and whether more games
// could change that: "met", "met (unsure)", "below", "below (unsure)", or
// "-" for another player or an opponent without a bar. Players are
// compared by the names their policies give (ai.New), so that "ai",
// "normal" and "ai:normal" are the same player.
func barVerdict(m sim.Match) string {
	bar, ok := sim.Bars[policyName(m.Opponent)]
	if !ok || policyName(m.Player) != ai.NewCommander(ai.Normal, 0).Name() {
		return "-"
	}
	met, sure := m.Against(bar)
	v := map[bool]string{true: "met", false: "below"}[met]
	if !sure {
		v += " (unsure)"
	}
	return v
}

// policyName is the name of the policy spec names (ai.New), or spec itself
// when it names none.
func policyName(spec string) string {
	if p, err := ai.New(spec, 0); err == nil {
		return p.Name()
	}
	return spec
}
