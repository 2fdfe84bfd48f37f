package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"jinsong/internal/scenario"
)

type listCmd struct{}

func (listCmd) Run() error {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tTITLE\tDATES\tSIDES")
	for _, s := range scenario.ListBuiltin() {
		fmt.Fprintf(w, "%s\t%s\t%s – %s\t%v\n", s.ID, s.Title, s.Start, s.End, s.Sides)
	}
	return w.Flush()
}
