package main

import (
	"fmt"
	"os"

	"jinsong/internal/history"
	"jinsong/internal/scenario"
)

type historyCmd struct {
	Scenarios  []string `arg:"" optional:"" help:"Scenario ids or paths (default: every built-in scenario)."`
	Runs       int      `help:"Games per scenario." default:"200"`
	Seed       int64    `help:"Seed of the first game." default:"1"`
	Markdown   bool     `help:"Print the table for docs/scenarios.md."`
	Whatif     string   `help:"Play the scenarios with their what-if NAME (id or name) on; give the scenarios that have it." placeholder:"NAME"`
	NoProgress bool     `help:"Never show the progress bar (it shows only when standard error is a terminal)."`
}

func (c historyCmd) Run() error {
	refs := c.Scenarios
	if len(refs) == 0 && c.Whatif != "" {
		return fmt.Errorf("--whatif %s: name the scenarios that have it", c.Whatif)
	}
	if len(refs) == 0 {
		for _, s := range scenario.ListBuiltin() {
			refs = append(refs, s.ID)
		}
	}
	var rows []history.Row
	// Rows print as they come, unless the table is printed at the end:
	// then a bar shows the progress.
	bar := newProgress(len(refs), "history", "scenarios", c.NoProgress || !c.Markdown)
	for i, ref := range refs {
		bar.set(i)
		l, err := loadScenario(ref)
		if err != nil {
			return err
		}
		if c.Whatif != "" {
			if l, err = l.WithWhatIf(c.Whatif); err != nil {
				return err
			}
		}
		row, err := history.Compare(l, c.Runs, c.Seed)
		if err != nil {
			return err
		}
		if l.WhatIf != "" {
			row.Title += " — what if: " + whatIfName(l)
		}
		rows = append(rows, row)
		if !c.Markdown {
			history.WriteText(os.Stdout, rows[len(rows)-1:])
		}
	}
	bar.finish()
	if c.Markdown {
		history.WriteMarkdown(os.Stdout, rows)
	}
	matched := 0
	for _, r := range rows {
		if r.MatchesRecord() {
			matched++
		}
	}
	fmt.Fprintf(os.Stderr, "recorded outcome most likely in %d of %d scenarios\n", matched, len(rows))
	return nil
}
