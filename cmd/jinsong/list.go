package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"jinsong/internal/mods"
	"jinsong/internal/scenario"
)

type listCmd struct{}

func (listCmd) Run() error {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tTITLE\tDATES\tSIDES")
	for _, s := range scenario.ListBuiltin() {
		fmt.Fprintf(w, "%s\t%s\t%s – %s\t%v\n", s.ID, s.Title, s.Start, s.End, s.Sides)
	}
	dir := mods.Dir()
	list := mods.Scan(dir)
	for _, m := range list {
		if m.Err == nil {
			s := m.Summary
			fmt.Fprintf(w, "%s\t%s (mod)\t%s – %s\t%v\n", s.ID, s.Title, s.Start, s.End, s.Sides)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Printf("\nMods folder: %s\n", dir)
	for _, m := range list {
		if m.Err != nil {
			fmt.Printf("  broken mod %s: %v\n", m.Path, m.Err)
		}
	}
	return nil
}
