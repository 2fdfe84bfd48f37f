package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

type simCmd struct {
	Scenario   string            `arg:"" help:"Scenario id (see 'jinsong list') or path to a .toml file."`
	Seed       int64             `help:"Seed of the first game." default:"1"`
	Runs       int               `help:"Number of games (seeds Seed, Seed+1, ...)." default:"1"`
	Player     map[string]string `help:"Policy for a side, e.g. --player jin=random (simple, random)." mapsep:","`
	Check      bool              `help:"Check the engine's invariants after every order."`
	Record     string            `help:"Write the game to FILE as a replay (see 'jinsong replay'); only with --runs 1." type:"path" placeholder:"FILE"`
	Whatif     string            `help:"Play with the scenario's what-if NAME (its id or name) on; with --runs, the odds are shown beside the scenario's as written and the record." placeholder:"NAME"`
	Jobs       int               `help:"Games played at once with --runs (default: one per CPU); the figures do not depend on it."`
	NoProgress bool              `help:"Never show the progress bar (it shows only when standard error is a terminal)."`
}

// loadScenario finds a scenario by built-in id, mod id or file path.
func loadScenario(ref string) (*scenario.Loaded, error) {
	if strings.HasSuffix(strings.ToLower(ref), ".toml") {
		return scenario.LoadFile(ref)
	}
	l, err := scenario.Builtin(ref)
	if err != nil {
		if m, found, merr := loadMod(ref); found {
			return m, merr
		}
	}
	return l, err
}

func (c simCmd) Run() error {
	l, err := loadScenario(c.Scenario)
	if err != nil {
		return err
	}
	if c.Whatif != "" {
		return c.runWhatIf(l)
	}
	opt := sim.Options{Players: c.Player, CheckInvariants: c.Check}
	var rec *recorder
	if c.Record != "" {
		if c.Runs > 1 {
			return fmt.Errorf("--record writes one game: use it with --runs 1")
		}
		if rec, err = newRecorder(c.Scenario, l); err != nil {
			return err
		}
		opt.OnOrder = rec.add
	}
	if c.Runs > 1 {
		bar := newProgress(c.Runs, "sim", "games", c.NoProgress)
		results, err := sim.PlayRuns(l.NewGame, c.Seed, c.Runs, opt, sim.RunOptions{Jobs: c.Jobs, Progress: bar.set})
		bar.finish()
		if err != nil {
			return err
		}
		printSummary(l, sim.Summarise(results))
		return nil
	}
	r, err := sim.Play(l.NewGame, c.Seed, opt)
	if err != nil {
		return err
	}
	printResult(l, r)
	if rec != nil {
		if err := rec.write(c.Record, r.Seed, c.Player, r.Final); err != nil {
			return err
		}
		fmt.Printf("replay: %s\n", c.Record)
	}
	return nil
}

func sideName(l *scenario.Loaded, id string) string {
	for _, s := range l.Scn.Sides {
		if s.ID == id {
			return s.Name
		}
	}
	if id == "" {
		return "draw"
	}
	return id
}

func printResult(l *scenario.Loaded, r sim.Result) {
	fmt.Printf("%s, seed %d\n", l.Scn.Title, r.Seed)
	fmt.Printf("winner: %s (%s)\n", sideName(l, r.Winner), r.Reason)
	fmt.Printf("turns:  %d (%d days), %d orders\n", r.Turns, r.Days, r.Orders)
	for _, sd := range l.Scn.Sides {
		lo := r.Losses[sd.ID]
		fmt.Printf("losses: %-10s %7d soldiers %5d ships\n", sd.Name, lo.Soldiers, lo.Ships)
	}
	fmt.Printf("hash:   %016x\n", r.Hash)
}

func printSummary(l *scenario.Loaded, sm sim.Summary) {
	fmt.Fprintf(os.Stdout, "%s: %d games\n", l.Scn.Title, sm.Runs)
	ids := []string{}
	for _, sd := range l.Scn.Sides {
		ids = append(ids, sd.ID)
	}
	sort.Strings(ids)
	for _, id := range append(ids, "") {
		fmt.Printf("  %-10s wins %4d  (%5.1f%%)\n", sideName(l, id), sm.Wins[id], 100*sm.Share(id))
	}
	fmt.Printf("  median length: %d turns (%d days)\n", sm.MedianTurns, sm.MedianDays)
	for _, id := range ids {
		fmt.Printf("  mean losses %-10s %9.0f soldiers %6.1f ships\n", sideName(l, id), sm.MeanLosses[id], sm.MeanShips[id])
	}
}
