package sim

import "math"

// Match is a head-to-head measurement: Player on Side against Opponent on
// every other side, over a run of seeds.
type Match struct {
	Side, Player, Opponent string
	Runs, Wins             int
	Games                  []Game // in seed order
}

// Game is how one game of a Match ended.
type Game struct {
	Seed     int64
	Winner   string // as the arena counts it (ArenaWinner); "" if drawn on points too
	Outright bool   // won by the victory conditions, not on points
	Turns    int
	Reason   string // the engine's sentence for the end
	Hash     uint64 // the final state's (Result.Hash): two builds played the same game if equal
}

// Share is the fraction of games Player won.
func (m Match) Share() float64 {
	if m.Runs == 0 {
		return 0
	}
	return float64(m.Wins) / float64(m.Runs)
}

// Interval is the 95% Wilson score interval of Share: the range that,
// nineteen times in twenty, holds the player's true winning rate. Two hundred
// games pin a rate near 70% to about six points either way; the same
// Commander won 66 of one hundred seeds and 141 of two hundred others in
// the Kaixi war.
func (m Match) Interval() (lo, hi float64) {
	if m.Runs == 0 {
		return 0, 1
	}
	const z = 1.959964 // the normal quantile for 95%
	n, p := float64(m.Runs), m.Share()
	centre := (p + z*z/(2*n)) / (1 + z*z/n)
	half := z / (1 + z*z/n) * math.Sqrt(p*(1-p)/n+z*z/(4*n*n))
	return max(0, centre-half), min(1, centre+half)
}

// Against tells how the player stands against a bar, a winning rate to
// reach (issue 5's 95% against random, 70% against simple): met when its
// Share reaches the bar, and sure when the whole Interval lies on the
// same side of it, so that more games would not change the verdict.
func (m Match) Against(bar float64) (met, sure bool) {
	lo, hi := m.Interval()
	met = m.Share() >= bar
	return met, met && lo >= bar || !met && hi < bar
}

// Bars are the winning rates issue 5 asks of the normal computer player
// against the built-in opponents.
var Bars = map[string]float64{"random": 0.95, "simple": 0.70}

// Pairing is one measurement for Arena: Player on Side, Opponent on
// every other side, Runs games on the seeds Seed, Seed+1, ...
type Pairing struct {
	Side, Player, Opponent string
	Runs                   int
	Seed                   int64
}

// Arena plays the games of a pairing. A game counts for the winner by the
// scenario's own victory conditions; a drawn game goes to the side with
// the most points (ArenaWinner). ro says how many games are played at
// once (the Match does not depend on it) and who hears of each game's
// end. On an error it returns the error of the lowest seed that failed.
func Arena(newGame NewGame, sides []string, p Pairing, ro RunOptions) (Match, error) {
	m := Match{Side: p.Side, Player: p.Player, Opponent: p.Opponent, Runs: p.Runs, Games: make([]Game, p.Runs)}
	players := map[string]string{}
	for _, s := range sides {
		players[s] = p.Opponent
	}
	players[p.Side] = p.Player
	err := playEach(newGame, p.Seed, p.Runs, Options{Players: players}, ro, func(i int, r Result) {
		m.Games[i] = Game{Seed: r.Seed, Winner: ArenaWinner(r), Outright: r.Winner != "", Turns: r.Turns, Reason: r.Reason, Hash: r.Hash}
	})
	if err != nil {
		return m, err
	}
	for _, g := range m.Games {
		if g.Winner == p.Side {
			m.Wins++
		}
	}
	return m, nil
}

// ArenaWinner is the winner by the victory conditions, or by points when
// the game was drawn ("" if the points are level too).
func ArenaWinner(r Result) string {
	if r.Winner != "" {
		return r.Winner
	}
	return r.Final.PointsLeader()
}
