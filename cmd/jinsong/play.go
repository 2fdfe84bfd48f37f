package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"jinsong/internal/client"
	"jinsong/internal/render"
	"jinsong/internal/scenario"
)

// playCmd opens the game window: the title screen, or straight into a
// scenario. With --screenshot it renders one frame to a PNG and exits.
type playCmd struct {
	Scenario   string `arg:"" optional:"" help:"Scenario id or .toml path to start straight away."`
	Seed       int64  `help:"Game number: the seed of the dice." default:"1"`
	Side       string `help:"The side you play when starting straight into a scenario (default: the first side)."`
	Hotseat    bool   `help:"Two or more people take turns at this computer: every side is played by a person."`
	Screenshot string `help:"Write a PNG of the window to this file and exit." type:"path" placeholder:"OUT.png"`
	AfterTurns int    `help:"With --screenshot: let the computer play this many turns first." placeholder:"N"`
	Size       string `help:"Window size in pixels, WIDTHxHEIGHT (default 1600x900; 1920x1080 for screenshots)." placeholder:"WxH"`
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
	opt := client.Options{
		Catalog:    catalog(),
		Scenario:   c.Scenario,
		Seed:       c.Seed,
		Side:       c.Side,
		Hotseat:    c.Hotseat,
		Screenshot: c.Screenshot,
		AfterTurns: c.AfterTurns,
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

// catalog offers the built-in scenarios (and files given by path) to the window.
func catalog() client.Catalog {
	return client.Catalog{
		List: func() []client.Entry {
			var out []client.Entry
			for _, s := range playable() {
				out = append(out, client.Entry{ID: s.ID, Title: s.Title, Subtitle: s.Subtitle, Start: s.Start, End: s.End, Sides: s.Sides, Mod: s.Mod})
			}
			return out
		},
		Load: func(ref string) (*client.Scenario, error) {
			l, err := loadScenario(ref)
			if err != nil {
				return nil, err
			}
			return clientScenario(l), nil
		},
		Backdrop: backdrop,
	}
}

// backdrop finds a built-in scenario on the big map of China, to show
// behind the title screen (or the first scenario if none is).
func backdrop() (*client.Scenario, error) {
	var first *scenario.Loaded
	for _, s := range scenario.ListBuiltin() {
		l, err := scenario.Builtin(s.ID)
		if err != nil {
			continue
		}
		if l.File.Map.File != "" {
			return clientScenario(l), nil
		}
		if first == nil {
			first = l
		}
	}
	if first == nil {
		return nil, errors.New("no built-in scenario loads")
	}
	return clientScenario(first), nil
}

// clientScenario converts a loaded scenario to what the window needs.
func clientScenario(l *scenario.Loaded) *client.Scenario {
	f := l.File
	sc := &client.Scenario{
		ID:       l.Scn.ID,
		Title:    f.Scenario.Title,
		Subtitle: f.Scenario.Subtitle,
		Briefing: f.Scenario.Briefing,
		Start:    f.Scenario.Start,
		End:      f.Scenario.End,
		View:     l.View,
		NewGame:  l.NewGame,
		Kinds:    map[string]string{},
		History: client.History{
			Winner:  f.History.Winner,
			Ended:   f.History.Ended,
			Outcome: f.History.Outcome,
			Note:    f.History.Note,
			Losses:  f.History.Losses,
		},
	}
	if sc.End == "" && l.Scn.MaxTurns > 0 {
		sc.End = l.Scn.Start.AddDate(0, 0, l.Scn.MaxTurns*l.Scn.DaysPerTurn-1).Format("2006-01-02")
	}
	for _, sd := range f.Sides {
		sc.Sides = append(sc.Sides, client.SideInfo{ID: sd.ID, Name: sd.Name, Colour: sd.Colour, Briefing: sd.Briefing})
	}
	// Colours the loader filled in (defaults) come from the built scenario.
	for i := range sc.Sides {
		if i < len(l.Scn.Sides) && sc.Sides[i].Colour == "" {
			sc.Sides[i].Colour = l.Scn.Sides[i].Colour
		}
	}
	for _, ln := range l.Lines {
		rl := render.Line{Kind: ln.Kind, Name: ln.Name}
		for _, pt := range ln.Points {
			if len(pt) >= 2 {
				rl.Points = append(rl.Points, [2]float64{pt[0], pt[1]})
			}
		}
		sc.Lines = append(sc.Lines, rl)
	}
	for _, s := range l.Sites {
		if s.Kind != "" {
			sc.Kinds[s.ID] = s.Kind
		}
	}
	return sc
}
