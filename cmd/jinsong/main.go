// Command jinsong is Jin–Song Wars: with no arguments it opens the game
// window; its subcommands check scenario files and play games headless.
package main

import (
	"fmt"
	"os"

	"github.com/alecthomas/kong"
)

// cli is the command line. Each subcommand lives in its own file. Built
// with the tag headless (go build -tags headless ./cmd/jinsong) the
// binary leaves out the window and Ebitengine with it: the headless
// commands then start without Ebitengine's set-up (its table of gamepads
// alone takes 17 ms and 3.7 MB).
type cli struct {
	window                 // the play command, left out of a headless build (window_headless.go)
	List      listCmd      `cmd:"" help:"List the built-in scenarios (and your mods)."`
	Validate  validateCmd  `cmd:"" help:"Check scenario files and report every problem as file:line:col."`
	Sim       simCmd       `cmd:"" help:"Play a scenario headless with computer players and report the outcome."`
	History   historyCmd   `cmd:"" help:"Compare simulated games with the recorded history of each scenario."`
	Arena     arenaCmd     `cmd:"" help:"Measure a computer player against others, side by side, scenario by scenario."`
	Replay    replayCmd    `cmd:"" help:"Re-play a save or replay file and check that it gives the recorded game."`
	Chronicle chronicleCmd `cmd:"" help:"Print a scenario's recorded history as the game plays it (what history mode shows)."`
	Soak      soakCmd      `cmd:"" help:"Play many computer-vs-computer games, checking the engine's invariants after every order."`
	Schema    schemaCmd    `cmd:"" help:"Write the JSON Schemas of the scenario, ruleset and map formats, for TOML editors."`
	New       newCmd       `cmd:"" help:"Write a commented starter scenario, NAME.toml, to build a mod from."`
}

func main() {
	var c cli
	ctx := kong.Parse(&c,
		kong.Name("jinsong"),
		kong.Description("Jin–Song Wars: a strategy game of the wars between the Jurchen Jin and the Song, 1115–1234."),
		kong.UsageOnError(),
	)
	if err := ctx.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "jinsong:", err)
		os.Exit(1)
	}
}
