package sim

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
