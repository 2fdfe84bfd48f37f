package client

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"jinsong/internal/save"
)

// saveDir is the folder saves go in, or "" when the game is never saved.
func (a *App) saveDir() string { return optPath(a.opt.SaveDir, save.Dir) }

// optPath reads a path option: "-" turns the thing off (""), "" means the
// user's own place (def), anything else is the path itself.
func optPath(opt string, def func() string) string {
	switch opt {
	case "-":
		return ""
	case "":
		return def()
	}
	return opt
}

// saveFile describes the game so far as a save file.
func (p *playScreen) saveFile(name string) (*save.File, error) {
	if p.scn.Ref.ID == "" {
		return nil, errors.New("this scenario was opened in a way that cannot be saved (open it from a file on disk)")
	}
	f := save.New(p.scn.Ref, p.seed, p.players, p.orders, p.state, name)
	f.WhatIf = p.scn.WhatIf
	return f, nil
}

// saveGame writes the game as a new save in the save folder and says where.
func (p *playScreen) saveGame() {
	path, err := p.writeSave()
	if err != nil {
		p.toast("Not saved: "+err.Error(), bad)
		return
	}
	p.toast("Game saved: "+path, good)
}

// writeSave writes the game as a new save file named after the scenario,
// the turn and the time, and returns its path.
func (p *playScreen) writeSave() (string, error) {
	dir := p.app.saveDir()
	if dir == "" {
		return "", errors.New("saving is turned off")
	}
	s := p.state
	name := fmt.Sprintf("%s, turn %d (%s)", p.scn.Title, s.Turn, s.DateString())
	f, err := p.saveFile(name)
	if err != nil {
		return "", err
	}
	stamp := time.Now().Format("20060102-150405")
	path := filepath.Join(dir, fmt.Sprintf("%s-t%d-%s.json", safeName(p.scn.ID), s.Turn, stamp))
	if err := save.Write(path, f); err != nil {
		return "", err
	}
	return path, nil
}

// autosave keeps the game as the autosave (called at the start of each of
// a person's turns). A failure is shown, never fatal.
func (p *playScreen) autosave() {
	dir := p.app.saveDir()
	if dir == "" || p.app.opt.Screenshot != "" || p.scn.Ref.ID == "" {
		return
	}
	f, err := p.saveFile(fmt.Sprintf("Autosave: %s, turn %d", p.scn.Title, p.state.Turn))
	if err != nil {
		return
	}
	if err := save.Autosave(dir, f); err != nil {
		p.toast("Autosave failed: "+err.Error(), bad)
	}
}

// safeName keeps letters, digits, '-' and '_' of an id for a file name.
func safeName(id string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, id)
}
