package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"text/tabwriter"

	"jinsong/internal/ai"
	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

type arenaCmd struct {
	Scenarios  []string `arg:"" optional:"" help:"Scenario ids or paths (default: every built-in scenario)."`
	Player     string   `help:"The player measured." default:"ai:normal"`
	Against    []string `help:"Opponents." default:"random,simple"`
	Side       []string `help:"Measure only these sides (default: every side of each scenario)."`
	Runs       int      `help:"Games per side and opponent." default:"200"`
	Seed       int64    `help:"Seed of the first game." default:"1"`
	Jobs       int      `help:"Games played at once (default: one per CPU); the figures do not depend on it."`
	Games      bool     `help:"After the table, list every game: its seed, who won and how."`
	Markdown   bool     `help:"Print a Markdown table (for docs/ai.md)."`
	NoProgress bool     `help:"Never show the progress bar (it shows only when standard error is a terminal)."`
}

// arenaRow is one measurement to make: a side of a scenario against an
// opponent.
type arenaRow struct {
	l         *scenario.Loaded
	sides     []string
	side, opp string
}

func (c arenaCmd) Run() error {
	refs := c.Scenarios
	if len(refs) == 0 {
		for _, s := range scenario.ListBuiltin() {
			refs = append(refs, s.ID)
		}
	}
	rows, err := c.plan(refs)
	if err != nil {
		return err
	}
	// A Markdown row is printed as soon as it is measured (a whole table
	// takes an hour); the plain table waits for its columns' widths.
	var w io.Writer = os.Stdout
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	if c.Markdown {
		fmt.Fprintf(w, "| scenario | %s plays | opponent | games | %s wins | 95%% interval | bar |\n| --- | --- | --- | --- | --- | --- | --- |\n", c.Player, c.Player)
	} else {
		w = tw
		fmt.Fprintf(w, "SCENARIO\tSIDE\tOPPONENT\tGAMES\tWINS\t95%% INTERVAL\tBAR\n")
	}
	bar := newProgress(len(rows)*c.Runs, "arena", "games", c.NoProgress)
	var matches []sim.Match
	for i, r := range rows {
		m, err := sim.Arena(r.l.NewGame, r.sides, sim.Pairing{Side: r.side, Player: c.Player, Opponent: r.opp, Runs: c.Runs, Seed: c.Seed},
			sim.RunOptions{Jobs: c.Jobs, Progress: func(done int) { bar.set(i*c.Runs + done) }})
		if err != nil {
			return fmt.Errorf("%s: %w", r.l.Scn.ID, err)
		}
		matches = append(matches, m)
		lo, hi := m.Interval()
		if c.Markdown {
			fmt.Fprintf(w, "| %s | %s | %s | %d | %.0f%% | %.0f–%.0f%% | %s |\n", r.l.Scn.ID, r.side, r.opp, m.Runs, 100*m.Share(), 100*lo, 100*hi, barVerdict(m))
		} else {
			fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.1f%%\t%.1f–%.1f%%\t%s\n", r.l.Scn.ID, r.side, r.opp, m.Runs, 100*m.Share(), 100*lo, 100*hi, barVerdict(m))
		}
	}
	bar.finish()
	if err := tw.Flush(); err != nil {
		return err
	}
	if c.Games {
		return printArenaGames(os.Stdout, rows, matches)
	}
	return nil
}

// plan loads the scenarios and lists the measurements to make, in order:
// each scenario's sides (those of --side only), each against every
// opponent. A side named by --side that no scenario has is an error.
func (c arenaCmd) plan(refs []string) ([]arenaRow, error) {
	var rows []arenaRow
	found := map[string]bool{}
	for _, ref := range refs {
		l, err := loadScenario(ref)
		if err != nil {
			return nil, err
		}
		var sides []string
		for _, s := range l.Scn.Sides {
			sides = append(sides, s.ID)
		}
		for _, side := range sides {
			if len(c.Side) > 0 && !slices.Contains(c.Side, side) {
				continue
			}
			found[side] = true
			for _, opp := range c.Against {
				rows = append(rows, arenaRow{l: l, sides: sides, side: side, opp: opp})
			}
		}
	}
	for _, side := range c.Side {
		if !found[side] {
			return nil, fmt.Errorf("no scenario measured has a side %q", side)
		}
	}
	return rows, nil
}

// printArenaGames lists every game of the matches, one a line: the
// scenario, the side measured and its opponent, the seed, the winner (with
// "on points" where the game was drawn), the final state's hash and the
// engine's sentence for how it ended. The lists of two builds, compared
// line by line, name the games a change has played differently.
func printArenaGames(out io.Writer, rows []arenaRow, matches []sim.Match) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "\nSCENARIO\tSIDE\tOPPONENT\tSEED\tWINNER\tTURNS\tFINAL HASH\tHOW IT ENDED\n")
	for i, m := range matches {
		for _, g := range m.Games {
			winner := g.Winner
			switch {
			case winner == "":
				winner = "none (drawn)"
			case !g.Outright:
				winner += " on points"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t%d\t%016x\t%s\n", rows[i].l.Scn.ID, m.Side, m.Opponent, g.Seed, winner, g.Turns, g.Hash, g.Reason)
		}
	}
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
