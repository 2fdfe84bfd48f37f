package main

import (
	"fmt"

	"jinsong/internal/mods"
)

// newCmd writes a commented starter scenario to build a mod from.
type newCmd struct {
	Name string `arg:"" help:"Name of the scenario: its id and file name (NAME.toml)."`
	Dir  string `help:"Folder to write it in (default: the current folder)." default:"." type:"path" placeholder:"DIR"`
}

func (c newCmd) Run() error {
	p, err := mods.WriteStarter(c.Dir, c.Name)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s\n\n", p)
	fmt.Printf("  jinsong validate %s        check it after each change\n", p)
	fmt.Printf("  jinsong sim %s --runs 50   let the computer play it\n", p)
	fmt.Printf("  jinsong play %s            play it\n\n", p)
	fmt.Printf("Copy it into %s to see it in the game's scenario list.\n", mods.Dir())
	return nil
}
