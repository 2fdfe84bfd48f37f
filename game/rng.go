package game

// RNG is a small deterministic random source (SplitMix64) whose whole state
// is one integer, so it is copied with the game state and saved with it.
type RNG struct {
	State uint64 `json:"state"`
}

// NewRNG seeds a generator.
func NewRNG(seed int64) RNG { return RNG{State: uint64(seed)*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019} }

// Uint64 returns the next pseudo-random value.
func (r *RNG) Uint64() uint64 {
	r.State += 0x9E3779B97F4A7C15
	z := r.State
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Intn returns a value in [0, n). n must be positive.
func (r *RNG) Intn(n int) int { return int(r.Uint64() % uint64(n)) }

// Float64 returns a value in [0, 1).
func (r *RNG) Float64() float64 { return float64(r.Uint64()>>11) / (1 << 53) }
