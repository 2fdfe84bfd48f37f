package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"jinsong/internal/scenario"
	"jinsong/internal/soak"
)

// soakCmd plays many computer-vs-computer games with the engine's
// invariants checked after every order.
type soakCmd struct {
	Games      int      `help:"Number of games, spread over the scenarios." default:"2000"`
	Seed       int64    `help:"Seed of the first game (game i has seed Seed+i)." default:"1"`
	Scenario   []string `help:"Scenario id or .toml path to play (repeat the flag for several); default: every built-in scenario." placeholder:"ID|FILE"`
	Policies   []string `help:"Computer players to mix, in every pairing (simple, random)." default:"simple,random"`
	Jobs       int      `help:"Games played at once (default: one per CPU)."`
	NoProgress bool     `help:"Never show the progress bar (it shows only when standard error is a terminal)."`
}

func (c soakCmd) Run() error {
	scns, err := c.scenarios()
	if err != nil {
		return err
	}
	var ids []string
	for _, s := range scns {
		ids = append(ids, s.ID)
	}
	fmt.Printf("soak: %d games; scenarios %s; policies %s\n",
		c.Games, strings.Join(ids, ", "), strings.Join(c.Policies, ", "))
	cfg := soak.Config{Games: c.Games, Seed: c.Seed, Scenarios: scns, Policies: c.Policies, Jobs: c.Jobs}
	bar := newProgress(c.Games, "soak", "games", c.NoProgress)
	cfg.Progress = bar.set
	start := time.Now()
	r, err := soak.Run(cfg)
	bar.finish()
	if err != nil {
		return err
	}
	printSoak(os.Stdout, r, time.Since(start))
	if r.Failed() {
		for _, f := range r.Failures {
			fmt.Fprintln(os.Stderr, f)
		}
		if len(r.Failures) == soak.MaxFailures {
			fmt.Fprintf(os.Stderr, "(only the first %d failing games are shown)\n", soak.MaxFailures)
		}
		return fmt.Errorf("the soak found %d broken invariants, %d panics and %d other failures", r.Violations, r.Panics, r.Errors)
	}
	return nil
}

// scenarios loads the scenarios to soak: those named, or every built-in.
func (c soakCmd) scenarios() ([]soak.Scenario, error) {
	names := c.Scenario
	if len(names) == 0 {
		for _, s := range scenario.ListBuiltin() {
			names = append(names, s.ID)
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("there are no built-in scenarios to play")
		}
	}
	var out []soak.Scenario
	for _, n := range names {
		l, err := loadScenario(n)
		if err != nil {
			return nil, err
		}
		out = append(out, soak.Of(l))
	}
	return out, nil
}

func printSoak(w io.Writer, r soak.Report, wall time.Duration) {
	fmt.Fprintf(w, "games:      %d\n", r.Games)
	fmt.Fprintf(w, "orders:     %d\n", r.Orders)
	fmt.Fprintf(w, "violations: %d\n", r.Violations)
	fmt.Fprintf(w, "panics:     %d\n", r.Panics)
	fmt.Fprintf(w, "errors:     %d\n", r.Errors)
	fmt.Fprintf(w, "wall time:  %s\n", wall.Round(10*time.Millisecond))
}
