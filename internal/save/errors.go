package save

import "errors"

// Kinds of failure, for errors.Is. Every error this package returns for a
// bad file wraps one of them and says in plain words what was wrong.
var (
	// ErrDamaged: the file is not valid JSON, is cut short, or holds values
	// a save cannot have.
	ErrDamaged = errors.New("the save file is damaged")
	// ErrNotSave: the file is JSON but not a Jin–Song Wars save.
	ErrNotSave = errors.New("not a Jin–Song Wars save file")
	// ErrVersion: the file was written in a format version this game does
	// not read.
	ErrVersion = errors.New("unsupported save format version")
	// ErrTooLarge: the file is larger than MaxSize.
	ErrTooLarge = errors.New("the save file is too large")
	// ErrScenarioChanged: the scenario's file is no longer the one the game
	// was saved with.
	ErrScenarioChanged = errors.New("the scenario has changed since the game was saved")
	// ErrMismatch: replaying the orders did not give back the saved game.
	ErrMismatch = errors.New("the replayed game differs from the saved one")
)

// saveError is an error with its own message that still matches a kind.
type saveError struct {
	kind error
	msg  string
}

func (e *saveError) Error() string { return e.msg }
func (e *saveError) Unwrap() error { return e.kind }

func fail(kind error, msg string) error { return &saveError{kind: kind, msg: msg} }
