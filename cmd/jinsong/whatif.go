package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// runWhatIf plays the scenario with the what-if c.Whatif on: one game is
// reported as usual; several are set beside as many games of the scenario
// as written and the record.
func (c simCmd) runWhatIf(base *scenario.Loaded) error {
	if c.Record != "" {
		return errors.New("--record cannot record a game with a what-if yet: leave out one of --record and --whatif")
	}
	w, err := base.WithWhatIf(c.Whatif)
	if err != nil {
		return err
	}
	opt := sim.Options{Players: c.Player, CheckInvariants: c.Check}
	if c.Runs <= 1 {
		r, err := sim.Play(w.NewGame, c.Seed, opt)
		if err != nil {
			return err
		}
		fmt.Printf("what if: %s\n", whatIfName(w))
		printResult(w, r)
		return nil
	}
	var sums [2]sim.Summary
	bar := newProgress(2*c.Runs, "sim", "games", c.NoProgress)
	for i, l := range []*scenario.Loaded{base, w} {
		results, err := sim.PlayRuns(l.NewGame, c.Seed, c.Runs, opt, sim.RunOptions{Jobs: c.Jobs, Progress: func(done int) { bar.set(i*c.Runs + done) }})
		if err != nil {
			bar.finish()
			return err
		}
		sums[i] = sim.Summarise(results)
	}
	bar.finish()
	return printWhatIf(os.Stdout, w, sums[0], sums[1])
}

// whatIfName is the name of the what-if a scenario has on.
func whatIfName(l *scenario.Loaded) string {
	for _, w := range l.File.WhatIf {
		if w.ID == l.WhatIf {
			return w.Name
		}
	}
	return l.WhatIf
}

// printWhatIf writes the odds of the scenario as written and with the
// what-if on, beside the record.
func printWhatIf(out io.Writer, w *scenario.Loaded, base, alt sim.Summary) error {
	h := w.File.History
	fmt.Fprintf(out, "%s: %d games as written, %d with the what-if on\n", w.Scn.Title, base.Runs, alt.Runs)
	fmt.Fprintf(out, "what if: %s\n", whatIfName(w))
	for _, wd := range w.File.WhatIf {
		if wd.ID == w.WhatIf && wd.Description != "" {
			fmt.Fprintf(out, "  %s\n", wd.Description)
		}
	}
	fmt.Fprintln(out)
	var table bytes.Buffer
	tw := tabwriter.NewWriter(&table, 0, 4, 3, ' ', 0)
	fmt.Fprintln(tw, "\tas written\twhat if\trecord")
	var ids []string
	for _, sd := range w.Scn.Sides {
		ids = append(ids, sd.ID)
	}
	for _, id := range append(ids, "") {
		record := ""
		if id == h.Winner {
			record = "won"
		}
		label := sideName(w, id) + " wins"
		if id == "" {
			label = "draw"
		}
		fmt.Fprintf(tw, "  %s\t%5.1f%%\t%5.1f%%\t%s\n", label, 100*base.Share(id), 100*alt.Share(id), record)
	}
	record := ""
	if h.Days > 0 {
		record = fmt.Sprintf("%d days", h.Days)
	}
	fmt.Fprintf(tw, "  median length\t%d days\t%d days\t%s\n", base.MedianDays, alt.MedianDays, record)
	for _, id := range ids {
		record := ""
		if n, ok := h.Losses[id]; ok {
			record = fmt.Sprintf("%d", n)
		}
		fmt.Fprintf(tw, "  %s losses\t%.0f\t%.0f\t%s\n", sideName(w, id), base.MeanLosses[id], alt.MeanLosses[id], record)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, line := range strings.SplitAfter(table.String(), "\n") {
		fmt.Fprint(out, strings.TrimRight(line, " \n"), strings.Repeat("\n", strings.Count(line, "\n")))
	}
	if h.Outcome != "" {
		fmt.Fprintf(out, "\nrecord: %s wins — %s\n", sideName(w, h.Winner), h.Outcome)
	}
	return nil
}
