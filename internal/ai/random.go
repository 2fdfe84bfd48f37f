package ai

import "jinsong/game"

// Random plays a uniformly random legal order for a random unit, and ends
// its turn with a fixed chance. It is the floor every real AI must beat, and
// the fuzzer that checks the engine's invariants.
type Random struct {
	rng game.RNG
}

// NewRandom returns a random policy with its own seeded generator.
func NewRandom(seed int64) *Random { return &Random{rng: game.NewRNG(seed ^ 0x5eed)} }

// Name implements Policy.
func (r *Random) Name() string { return "random" }

// Next implements Policy.
func (r *Random) Next(s *game.State) game.Order {
	units := ownUnits(s)
	if len(units) == 0 || r.rng.Intn(8) == 0 {
		return game.Order{Kind: game.EndTurn}
	}
	for tries := 0; tries < 4; tries++ {
		u := units[r.rng.Intn(len(units))]
		if cands := Candidates(s, u); len(cands) > 0 {
			return cands[r.rng.Intn(len(cands))]
		}
	}
	return game.Order{Kind: game.EndTurn}
}
