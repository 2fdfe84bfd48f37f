// Package history compares simulated games of a scenario with what really
// happened, as recorded in the scenario's [history] table: how often the
// recorded winner wins, and how far lengths and losses land from the record.
package history

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// Row is the comparison for one scenario.
type Row struct {
	ID, Title     string
	RecordWinner  string  // side id, "" for a draw
	RecordOutcome string  // one line from [history]
	RecordDays    int     // length on the record (0 if unknown)
	Runs          int     //
	RecordShare   float64 // share of games the recorded winner won
	OtherShare    float64 // share of games won by anyone else (draws included)
	LoserShare    float64 // best share of a side that lost on the record
	MostLikely    string  // outcome seen most often
	MedianDays    int
	MeanLosses    map[string]float64
	RecordLosses  map[string]int
	SideNames     map[string]string
}

// MatchesRecord reports whether the recorded outcome was the most likely.
func (r Row) MatchesRecord() bool { return r.MostLikely == r.RecordWinner }

// Compare plays runs games of l (seeds seed, seed+1, ...) with the simple
// policy on every side, one per CPU at a time, and compares them with the
// record.
func Compare(l *scenario.Loaded, runs int, seed int64) (Row, error) {
	h := l.File.History
	row := Row{ID: l.Scn.ID, Title: l.Scn.Title, RecordWinner: h.Winner, RecordOutcome: h.Outcome,
		RecordDays: h.Days, Runs: runs, RecordLosses: h.Losses, SideNames: map[string]string{}}
	for _, s := range l.Scn.Sides {
		row.SideNames[s.ID] = s.Name
	}
	results, err := sim.PlayRuns(l.NewGame, seed, runs, sim.Options{}, sim.RunOptions{})
	if err != nil {
		return row, fmt.Errorf("%s: %w", l.Scn.ID, err)
	}
	sm := sim.Summarise(results)
	row.RecordShare = sm.Share(h.Winner)
	row.OtherShare = 1 - row.RecordShare
	best := -1
	for _, w := range outcomes(l) {
		if sm.Wins[w] > best {
			best, row.MostLikely = sm.Wins[w], w
		}
		if w != h.Winner && w != "" && sm.Share(w) > row.LoserShare {
			row.LoserShare = sm.Share(w)
		}
	}
	row.MedianDays = sm.MedianDays
	row.MeanLosses = sm.MeanLosses
	return row, nil
}

// outcomes lists the possible winners: each side in order, then a draw.
func outcomes(l *scenario.Loaded) []string {
	var out []string
	for _, s := range l.Scn.Sides {
		out = append(out, s.ID)
	}
	return append(out, "")
}

func (r Row) name(side string) string {
	if side == "" {
		return "draw"
	}
	if n, ok := r.SideNames[side]; ok {
		return n
	}
	return side
}

// WriteMarkdown writes the comparison table for docs/scenarios.md.
func WriteMarkdown(w io.Writer, rows []Row) {
	fmt.Fprintln(w, "| scenario | recorded outcome | recorded winner wins | most likely | historical loser wins | median length (record) | mean losses (record) |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- |")
	for _, r := range rows {
		record := "?"
		if r.RecordDays > 0 {
			record = fmt.Sprintf("%d", r.RecordDays)
		}
		fmt.Fprintf(w, "| %s | %s: %s | %.0f%% | %s | %.0f%% | %d days (%s) | %s |\n",
			r.Title, r.name(r.RecordWinner), r.RecordOutcome, 100*r.RecordShare, r.name(r.MostLikely),
			100*r.LoserShare, r.MedianDays, record, r.lossText())
	}
}

func (r Row) lossText() string {
	sides := make([]string, 0, len(r.MeanLosses))
	for s := range r.MeanLosses {
		sides = append(sides, s)
	}
	sort.Strings(sides)
	var parts []string
	for _, s := range sides {
		p := fmt.Sprintf("%s %.0f", r.name(s), r.MeanLosses[s])
		if rec, ok := r.RecordLosses[s]; ok {
			p += fmt.Sprintf(" (%d)", rec)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// WriteText writes a plain report for the terminal.
func WriteText(w io.Writer, rows []Row) {
	for _, r := range rows {
		mark := "matches the record"
		if !r.MatchesRecord() {
			mark = "DIFFERS from the record"
		}
		fmt.Fprintf(w, "%s (%d games): %s\n", r.Title, r.Runs, mark)
		fmt.Fprintf(w, "  record:    %s wins — %s\n", r.name(r.RecordWinner), r.RecordOutcome)
		fmt.Fprintf(w, "  simulated: recorded winner %.0f%%, most likely %s, historical loser %.0f%%\n",
			100*r.RecordShare, r.name(r.MostLikely), 100*r.LoserShare)
		fmt.Fprintf(w, "  length:    median %d days (record %d)\n", r.MedianDays, r.RecordDays)
		fmt.Fprintf(w, "  losses:    %s\n", r.lossText())
	}
}
