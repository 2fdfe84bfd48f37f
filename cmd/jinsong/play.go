//go:build !headless

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"jinsong/internal/catalog"
	"jinsong/internal/client"
	"jinsong/internal/mods"
	"jinsong/internal/watch"
)

// window holds the play command: the game window, the default command.
type window struct {
	Play playCmd `cmd:"" default:"withargs" help:"Open the game window (the default), optionally straight into SCENARIO."`
}

// playCmd opens the game window: the title screen, or straight into a
// scenario. With --screenshot it renders one frame to a PNG and exits.
type playCmd struct {
	Scenario   string `arg:"" optional:"" help:"Scenario id or .toml path to start straight away."`
	Seed       int64  `help:"Game number: the seed of the dice." default:"1"`
	Side       string `help:"The side you play when starting straight into a scenario (default: the first side)."`
	Hotseat    bool   `help:"Two or more people take turns at this computer: every side is played by a person."`
	AI         string `name:"ai" help:"Strength of the computer's sides: easy, normal or hard." enum:"easy,normal,hard" default:"normal"`
	Screenshot string `help:"Write a PNG of the window to this file and exit." type:"path" placeholder:"OUT.png"`
	AfterTurns int    `help:"With --screenshot: let the computer play this many turns first." placeholder:"N"`
	Size       string `help:"Window size in pixels, WIDTHxHEIGHT (default 1600x900; 1920x1080 for screenshots)." placeholder:"WxH"`
	History    bool   `help:"Watch SCENARIO as it happened (history mode): its recorded orders with narration; pause, step, jump."`
	Replay     string `help:"Watch a saved game from its first order (pause, step, speed, timeline)." type:"path" placeholder:"SAVE.json"`
	Turn       int    `help:"With --history or --replay: open at the start of this turn." placeholder:"N"`
}

// noDisplayMessage explains what to do without a window system.
const noDisplayMessage = `jinsong: the game window needs a display, and none was found
(DISPLAY and WAYLAND_DISPLAY are not set, or the window system refused).

Without a display you can still use the headless commands:
  jinsong list                    list the built-in scenarios
  jinsong sim SCENARIO            play a game between computer players and print the result
  jinsong validate FILE.toml      check a scenario file and report every problem

To render the window on a machine without a screen, run it under Xvfb:
  xvfb-run -a -s "-screen 0 1920x1080x24" jinsong play kaifeng-1126 --screenshot out.png
`

func (c playCmd) Run() error {
	if c.AfterTurns > 0 && c.Screenshot == "" {
		return errors.New("--after-turns only makes sense with --screenshot")
	}
	if c.History && c.Scenario == "" {
		return errors.New("--history needs a SCENARIO to watch")
	}
	if c.Turn > 0 && !c.History && c.Replay == "" {
		return errors.New("--turn only makes sense with --history or --replay")
	}
	opt := client.Options{
		Catalog:    desktopCatalog(),
		Scenario:   c.Scenario,
		Seed:       c.Seed,
		Side:       c.Side,
		Hotseat:    c.Hotseat,
		AI:         "ai:" + c.AI,
		Screenshot: c.Screenshot,
		AfterTurns: c.AfterTurns,
		History:    c.History,
		Replay:     c.Replay,
		Turn:       c.Turn,
	}
	if c.Size != "" {
		if _, err := fmt.Sscanf(strings.ToLower(c.Size), "%dx%d", &opt.Width, &opt.Height); err != nil || opt.Width < 320 || opt.Height < 240 {
			return fmt.Errorf("--size %q: want WIDTHxHEIGHT, at least 320x240", c.Size)
		}
	}
	if !client.HasDisplay() {
		fmt.Fprint(os.Stderr, noDisplayMessage)
		os.Exit(1)
	}
	err := client.Run(opt)
	if errors.Is(err, client.ErrNoDisplay) {
		fmt.Fprint(os.Stderr, noDisplayMessage)
		os.Exit(1)
	}
	return err
}

// desktopCatalog offers the built-in scenarios, the mods and files given
// by path to the window.
func desktopCatalog() client.Catalog {
	return client.Catalog{
		List: func() []client.Entry {
			var out []client.Entry
			for _, s := range playable() {
				out = append(out, catalog.Entry(s))
			}
			return out
		},
		Load: func(ref string) (*client.Scenario, error) {
			l, err := loadScenario(ref)
			if err != nil {
				return nil, err
			}
			if p, ok := mods.Find(mods.Dir(), ref); ok && l.Mod && !strings.HasSuffix(strings.ToLower(ref), ".toml") {
				ref = p // a mod named by its id is saved by its file
			}
			return catalog.Saveable(ref, l), nil
		},
		Backdrop: catalog.Backdrop,
		Open:     catalog.Open,
		Watch:    watch.Folder,
	}
}
