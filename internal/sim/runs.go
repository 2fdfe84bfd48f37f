package sim

import (
	"runtime"
	"sync"
)

// RunOptions says how PlayRuns plays its games.
type RunOptions struct {
	// Jobs is how many games are played at once (default GOMAXPROCS); one
	// when Options.OnOrder is set, which sees the games' orders in turn. A
	// game depends only on its seed, so the results do not depend on it.
	Jobs int
	// Progress, if set, is called after each game with the number of games
	// finished so far, always from the goroutine that called PlayRuns.
	Progress func(done int)
}

// PlayRuns plays runs games on the seeds seed, seed+1, ... and returns
// their results in seed order, without their final states (Result.Final
// is nil: a whole game's state for each would add up over long runs). On
// an error it returns the error of the lowest seed that failed.
func PlayRuns(newGame NewGame, seed int64, runs int, opt Options, ro RunOptions) ([]Result, error) {
	out := make([]Result, runs)
	err := playEach(newGame, seed, runs, opt, ro, func(i int, r Result) {
		r.Final = nil
		out[i] = r
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// playEach plays runs games from seed, ro.Jobs at a time (GOMAXPROCS if
// none, one if opt.OnOrder is set), and hands each result to keep, with
// the game's index, on the goroutine that played it. ro.Progress is
// called after each game from the calling goroutine. It returns the error
// of the lowest seed that failed.
func playEach(newGame NewGame, seed int64, runs int, opt Options, ro RunOptions, keep func(i int, r Result)) error {
	jobs := ro.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if opt.OnOrder != nil {
		jobs = 1
	}
	errs := make([]error, runs)
	todo, done := make(chan int), make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(runs, 1)) {
		wg.Go(func() {
			for i := range todo {
				r, err := Play(newGame, seed+int64(i), opt)
				if err != nil {
					errs[i] = err
				} else {
					keep(i, r)
				}
				done <- i
			}
		})
	}
	go func() {
		for i := range runs {
			todo <- i
		}
		close(todo)
		wg.Wait()
		close(done)
	}()
	finished := 0
	for range done {
		finished++
		if ro.Progress != nil {
			ro.Progress(finished)
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
