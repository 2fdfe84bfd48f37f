package main

import (
	"errors"
	"fmt"
	"os"

	"jinsong/internal/scenario"
)

type validateCmd struct {
	Paths []string `arg:"" name:"path" help:"Scenario files to check." type:"path"`
}

// errInvalid makes the command exit 1 after printing the problems.
var errInvalid = errors.New("some files have errors")

func (c validateCmd) Run() error {
	bad := false
	for _, p := range c.Paths {
		l, err := scenario.LoadFile(p)
		if err != nil {
			bad = true
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		fmt.Printf("%s: ok (%s, %d units, %d turns)\n", p, l.Scn.Title, len(l.File.Units), l.Scn.MaxTurns)
	}
	if bad {
		return errInvalid
	}
	return nil
}
