package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"jinsong/internal/save"
)

// replayCmd re-simulates a save or replay file and checks that it gives the
// recorded game.
type replayCmd struct {
	File string `arg:"" help:"Save or replay file (written by the game or by 'jinsong sim --record')." type:"path"`
}

func (c replayCmd) Run() error { return c.run(os.Stdout, os.Stderr) }

func (c replayCmd) run(out, warn io.Writer) error {
	f, err := save.Read(c.File)
	if err != nil {
		return err
	}
	l, err := f.Scenario.Open()
	if errors.Is(err, save.ErrScenarioChanged) {
		fmt.Fprintf(warn, "jinsong: warning: %v; replaying anyway.\n", err)
	} else if err != nil {
		return err
	}
	s, err := save.Replay(f, l.NewGame)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s (%s), seed %d, %d orders\n", l.Scn.Title, l.Scn.ID, f.Seed, len(f.Orders))
	if s.Over {
		fmt.Fprintf(out, "winner: %s (%s)\n", sideName(l, s.Winner), s.Reason)
	} else {
		fmt.Fprintf(out, "not over: %s to move\n", sideName(l, s.ActiveSide()))
	}
	fmt.Fprintf(out, "turns:  %d (%s)\n", s.Turn, s.DateString())
	verdict := "matches the recorded hash"
	mismatch := save.Verify(f, s)
	if mismatch != nil {
		verdict = "DIFFERS from the recorded " + f.Hash
	}
	fmt.Fprintf(out, "hash:   %s, %s\n", save.HashString(s), verdict)
	return mismatch
}
