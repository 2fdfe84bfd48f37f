package main

import "fmt"

// playCmd opens the game. Until the window exists it plays a headless game
// of the scenario and prints the result.
type playCmd struct {
	Scenario string `arg:"" optional:"" help:"Scenario id or .toml path to start straight away."`
	Seed     int64  `help:"Seed of the game." default:"1"`
}

func (c playCmd) Run() error {
	ref := c.Scenario
	if ref == "" {
		ref = "kaifeng-1126"
	}
	fmt.Println("The game window is not built yet; playing a headless game instead.")
	return simCmd{Scenario: ref, Seed: c.Seed, Runs: 1}.Run()
}
