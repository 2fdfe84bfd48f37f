package main

import (
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress is a bar on standard error for long headless work; it shows
// only when standard error is a terminal (never in logs or pipes), and a
// nil *progress does nothing.
type progress struct{ bar *progressbar.ProgressBar }

// newProgress starts a bar of total steps, each one a unit ("games",
// "matches"), or returns nil when off or not on a terminal.
func newProgress(total int, what, unit string, off bool) *progress {
	if off || !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil
	}
	return &progress{progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what), progressbar.OptionShowCount(),
		progressbar.OptionSetItsString(unit), progressbar.OptionShowIts(),
		progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())}
}

// set says how many steps are done.
func (p *progress) set(done int) {
	if p != nil {
		_ = p.bar.Set(done)
	}
}

// finish clears the bar.
func (p *progress) finish() {
	if p != nil {
		_ = p.bar.Finish()
	}
}
