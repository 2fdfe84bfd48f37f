package sim

import "math"

// Match is a head-to-head measurement: Player on Side against Opponent on
// every other side, over a run of seeds.
type Match struct {
	Side, Player, Opponent string
	Runs, Wins             int
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

// Arena plays runs games of each pairing: player on side, opponent on the
// others, seeds seed, seed+1, ... A game counts for the winner by the
// scenario's own victory conditions; a drawn game goes to the side with the
// most points (State.Score).
func Arena(newGame NewGame, sides []string, side, player, opponent string, runs int, seed int64) (Match, error) {
	m := Match{Side: side, Player: player, Opponent: opponent, Runs: runs}
	players := map[string]string{}
	for _, s := range sides {
		players[s] = opponent
	}
	players[side] = player
	for i := 0; i < runs; i++ {
		r, err := Play(newGame, seed+int64(i), Options{Players: players})
		if err != nil {
			return m, err
		}
		if ArenaWinner(r) == side {
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
