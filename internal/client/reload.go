package client

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"jinsong/internal/save"
	"jinsong/internal/ui"
)

// Live reload: while a scenario opened from a file is played, saving the
// file (or any .toml file beside it) loads it again. A version that loads
// replaces the game, its orders so far replayed on it; one that does not
// shows the loader's messages over the game, which goes on with the last
// good version.

// maxShownProblems is the most loader messages the overlay lists.
const maxShownProblems = 8

// watchScenario starts watching the folder of a scenario opened from a
// file, if the catalog can.
func (p *playScreen) watchScenario() {
	a := p.app
	if a.opt.Catalog.Watch == nil || p.scn.Ref.Path == "" || a.opt.Screenshot != "" {
		return
	}
	p.reload = make(chan struct{}, 1)
	ch := p.reload
	stop, err := a.opt.Catalog.Watch(filepath.Dir(p.scn.Ref.Path), func() {
		select {
		case ch <- struct{}{}:
		default: // a reload is already due
		}
	})
	if err != nil {
		p.toast("The scenario file is not watched for changes: "+err.Error(), warn)
		return
	}
	p.stopWatch = stop
}

// checkReload loads the scenario again if its files changed.
func (p *playScreen) checkReload() {
	if p.reload == nil {
		return
	}
	select {
	case <-p.reload:
	default:
		return
	}
	p.reloadScenario()
}

// reloadScenario loads the scenario's file again: on success the game
// continues on the new version (from the start if its orders no longer
// fit), otherwise the problems are shown and the game goes on unchanged.
func (p *playScreen) reloadScenario() {
	a := p.app
	scn, err := a.opt.Catalog.Open(p.scn.Ref, p.scn.WhatIf)
	if scn == nil {
		p.problems = problemsOf(err, filepath.Dir(p.scn.Ref.Path))
		p.changed = true
		return
	}
	p.problems = nil
	s, rerr := save.Replay(&save.File{Seed: p.seed, Orders: p.orders}, scn.NewGame)
	orders := p.orders
	msg := "Scenario reloaded."
	if rerr != nil {
		s, orders = scn.NewGame(p.seed), nil
		msg = "Scenario reloaded; the orders so far no longer fit it, so the game starts again."
	}
	p.stop()
	q := newPlayFrom(a, scn, p.players, p.seed, s, orders)
	if rerr == nil {
		q.view.Cam, q.needFit = p.view.Cam, false
	}
	a.show(q)
	q.toast(msg, good)
}

// problem is one loader message: where, what, and the line it points at.
type problem struct {
	Where string // file:line:col
	Text  string
	Line  string // the offending line, if the file could be read
	Num   int    // its number
	Col   int
}

// problemRe finds "file.toml:line:col: message" anywhere in a line (a
// message may come after words of its own, "…no longer loads: ").
var problemRe = regexp.MustCompile(`(?mi)([^\s:][^:\n]*?\.toml):(\d+):(\d+): (.*)$`)

// problemsOf splits a loader error into its file:line:col messages, with
// each offending line read from the file (names relative to dir).
func problemsOf(err error, dir string) []problem {
	if err == nil {
		return nil
	}
	var out []problem
	for _, m := range problemRe.FindAllStringSubmatch(err.Error(), -1) {
		n, _ := strconv.Atoi(m[2])
		c, _ := strconv.Atoi(m[3])
		pr := problem{Where: fmt.Sprintf("%s:%s:%s", m[1], m[2], m[3]), Text: m[4], Num: n, Col: c}
		pr.Line = sourceLine(m[1], dir, n)
		out = append(out, pr)
	}
	if len(out) == 0 {
		out = []problem{{Text: err.Error()}}
	}
	return out
}

// sourceLine is line n of file (a path, or a name in dir), "" if unread.
func sourceLine(file, dir string, n int) string {
	data, err := os.ReadFile(file)
	if err != nil && !filepath.IsAbs(file) {
		data, err = os.ReadFile(filepath.Join(dir, file))
	}
	if err != nil || n < 1 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimRight(strings.ReplaceAll(lines[n-1], "\t", "    "), "\r")
}

// problemsDialog is the overlay listing the problems of the last reload.
func (p *playScreen) problemsDialog() *ui.Dialog {
	d := &ui.Dialog{Title: "The scenario file does not load", Width: 820}
	d.Rows = append(d.Rows, ui.Para{Text: "You are still playing the last version that loaded. Fix the file and save it again.", Colour: dim})
	for i, pr := range p.problems {
		if i == maxShownProblems {
			d.Rows = append(d.Rows, ui.Para{Text: fmt.Sprintf("… and %d more", len(p.problems)-i), Colour: dim, Gap: 6})
			break
		}
		text := pr.Text
		if pr.Where != "" {
			text = pr.Where + ": " + pr.Text
		}
		d.Rows = append(d.Rows, ui.Para{Text: text, Style: ui.Bold, Colour: bad, Gap: 8})
		if pr.Line != "" {
			d.Rows = append(d.Rows, ui.Para{Text: fmt.Sprintf("%5d | %s", pr.Num, pr.Line), Size: ui.SizeSmall + 1})
			d.Rows = append(d.Rows, ui.Para{Text: fmt.Sprintf("column %d", pr.Col), Colour: dim, Size: ui.SizeSmall})
		}
	}
	d.Buttons = []*ui.Button{{ID: "ok", Label: "Back to the game", KeyLabel: "Enter", Primary: true}}
	return d
}
