// Package soak plays many computer-vs-computer games across scenarios with
// the engine's invariants checked after every order, counting orders,
// broken invariants, panics and other failures. It is the long-running
// check behind 'jinsong soak'; a short run is part of the tests.
package soak

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// Scenario is one scenario to soak.
type Scenario struct {
	ID      string
	Sides   []string // side ids, in turn order
	NewGame sim.NewGame
}

// Of is the soak scenario for a loaded scenario.
func Of(l *scenario.Loaded) Scenario {
	s := Scenario{ID: l.Scn.ID, NewGame: l.NewGame}
	for _, sd := range l.Scn.Sides {
		s.Sides = append(s.Sides, sd.ID)
	}
	return s
}

// Config sets up a soak run.
type Config struct {
	Games     int        // number of games, spread evenly over Scenarios
	Seed      int64      // seed of the first game; game i has seed Seed+i
	Scenarios []Scenario // at least one
	// Policies are the computer players the games mix (default simple and
	// random): game i pairs them in turn, every side of every scenario
	// meeting every pairing.
	Policies []string
	Jobs     int // games played at once (default GOMAXPROCS)
	// Progress, if set, is called after each game with the number of games
	// finished so far, always from the goroutine that called Run.
	Progress func(done int)
}

// Report is what a soak run found.
type Report struct {
	Games      int
	Orders     int // orders applied, over all games
	Violations int // broken invariants (a game stops at the first order that breaks any)
	Panics     int // games stopped by a panic in the engine or a policy
	Errors     int // games stopped by another failure (an illegal order from a policy, no end)
	Failures   []Failure
}

// Failed reports whether anything went wrong.
func (r Report) Failed() bool { return r.Violations > 0 || r.Panics > 0 || r.Errors > 0 }

// MaxFailures is how many failures a Report describes in full.
const MaxFailures = 20

// Failure describes one game that went wrong, enough to play it again.
type Failure struct {
	Scenario string
	Seed     int64
	Players  map[string]string
	Kind     string // "violation", "panic" or "error"
	Message  string
}

func (f Failure) String() string {
	return fmt.Sprintf("%s: %s seed %d %v: %s", f.Kind, f.Scenario, f.Seed, f.Players, f.Message)
}

// job is one game of a run.
type job struct {
	scn     Scenario
	seed    int64
	players map[string]string
}

// outcome is what one game found.
type outcome struct {
	orders, violations int
	failure            *Failure
}

// Run plays the games and reports what they found.
func Run(cfg Config) (Report, error) {
	if len(cfg.Scenarios) == 0 {
		return Report{}, errors.New("soak: no scenarios to play")
	}
	policies := cfg.Policies
	if len(policies) == 0 {
		policies = []string{"simple", "random"}
	}
	for _, p := range policies {
		if _, err := ai.New(p, 0); err != nil {
			return Report{}, fmt.Errorf("soak: %w", err)
		}
	}
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	todo := make(chan job)
	done := make(chan outcome)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for j := range todo {
				done <- playOne(j)
			}
		})
	}
	go func() {
		for i := range cfg.Games {
			todo <- plan(cfg, policies, i)
		}
		close(todo)
		wg.Wait()
		close(done)
	}()
	var r Report
	for o := range done {
		r.Games++
		r.Orders += o.orders
		r.Violations += o.violations
		if f := o.failure; f != nil {
			switch f.Kind {
			case "panic":
				r.Panics++
			case "error":
				r.Errors++
			}
			if len(r.Failures) < MaxFailures {
				r.Failures = append(r.Failures, *f)
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(r.Games)
		}
	}
	return r, nil
}

// plan chooses game i: the scenarios in turn, and for each scenario the
// policy pairings in turn (with two policies: each alone, then each side
// against the other).
func plan(cfg Config, policies []string, i int) job {
	n := len(cfg.Scenarios)
	scn := cfg.Scenarios[i%n]
	round := i / n
	players := map[string]string{}
	for _, side := range scn.Sides {
		// each side plays one digit of round written in base len(policies)
		players[side] = policies[round%len(policies)]
		round /= len(policies)
	}
	return job{scn: scn, seed: cfg.Seed + int64(i), players: players}
}

// errViolation stops a game whose invariants broke.
var errViolation = errors.New("invariant broken")

// playOne plays one game, checking the invariants of its first state and
// after every order, and turns a panic into a failure.
func playOne(j job) (o outcome) {
	fail := func(kind, msg string) {
		o.failure = &Failure{Scenario: j.scn.ID, Seed: j.seed, Players: j.players, Kind: kind, Message: msg}
	}
	defer func() {
		if p := recover(); p != nil {
			fail("panic", fmt.Sprintf("%v after %d orders\n%s", p, o.orders, stackTop(debug.Stack())))
		}
	}()
	check := func(s *game.State, after string) error {
		errs := game.CheckInvariants(s)
		if len(errs) == 0 {
			return nil
		}
		o.violations += len(errs)
		fail("violation", fmt.Sprintf("turn %d, %s: %v", s.Turn, after, errors.Join(errs...)))
		return errViolation
	}
	if check(j.scn.NewGame(j.seed), "at the start") != nil {
		return o
	}
	_, err := sim.Play(j.scn.NewGame, j.seed, sim.Options{Players: j.players, OnOrder: func(s *game.State, ord game.Order) error {
		o.orders++
		return check(s, "after "+ord.String())
	}})
	if err != nil && !errors.Is(err, errViolation) {
		fail("error", err.Error())
	}
	return o
}

// stackTop keeps the frames of a panic's stack that matter: those below
// the panic itself, at most a dozen lines.
func stackTop(stack []byte) string {
	lines := strings.Split(strings.TrimSpace(string(stack)), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			lines = lines[i:]
			break
		}
	}
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return strings.Join(lines, "\n")
}
