package save

import (
	"fmt"

	"jinsong/game"
)

// NewGame starts a fresh game of the saved scenario for a seed, as
// (*scenario.Loaded).NewGame does.
type NewGame func(seed int64) *game.State

// Replay starts a fresh game with the file's seed and applies its orders in
// turn. It fails, naming the order, if one of them is refused; it does not
// compare the result with the saved hash (Restore does).
func Replay(f *File, newGame NewGame) (*game.State, error) {
	s := newGame(f.Seed)
	for i, o := range f.Orders {
		if _, err := s.Apply(o); err != nil {
			return nil, fail(ErrMismatch, fmt.Sprintf(
				"order %d of %d (%s, turn %d) was refused when replayed: %v; the save does not fit this scenario or this version of the rules",
				i+1, len(f.Orders), o, s.Turn, err))
		}
	}
	return s, nil
}

// Restore rebuilds the saved game: it replays the orders (see Replay) and
// checks that the result has the hash recorded at save time.
func Restore(f *File, newGame NewGame) (*game.State, error) {
	s, err := Replay(f, newGame)
	if err != nil {
		return nil, err
	}
	if err := Verify(f, s); err != nil {
		return nil, err
	}
	return s, nil
}

// Verify checks that s, the replayed game, is the one f recorded.
func Verify(f *File, s *game.State) error {
	if got := HashString(s); got != f.Hash {
		return fail(ErrMismatch, fmt.Sprintf(
			"replaying the %d saved orders gives a different game (state hash %s at turn %d, %s to move; the save recorded %s at turn %d, %s to move): the save was altered, or the scenario or the game's rules have changed since it was saved",
			len(f.Orders), got, s.Turn, s.ActiveSide(), f.Hash, f.Turn, f.Side))
	}
	return nil
}
