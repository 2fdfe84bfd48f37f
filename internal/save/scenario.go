package save

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"jinsong/internal/scenario"
	"jinsong/scenarios"
)

// RefFor is the reference a save records for l, which was loaded from name
// (a built-in id, or a file path given to scenario.LoadFile): a built-in
// scenario is named by its id, a scenario file by its absolute path.
func RefFor(name string, l *scenario.Loaded) (ScenarioRef, error) {
	if !l.Mod {
		return builtinRef(l)
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return ScenarioRef{}, err
	}
	sum, err := fileDigest(abs)
	if err != nil {
		return ScenarioRef{}, err
	}
	return ScenarioRef{ID: l.Scn.ID, Path: abs, SHA256: sum}, nil
}

// builtinRef is the reference to a built-in scenario.
func builtinRef(l *scenario.Loaded) (ScenarioRef, error) {
	data, err := fs.ReadFile(scenarios.FS, l.Path)
	if err != nil {
		return ScenarioRef{}, err
	}
	return ScenarioRef{ID: l.Scn.ID, SHA256: digest(data)}, nil
}

// Open loads the scenario r names and checks that its file is the one the
// game was saved with. If the scenario loads but its file has changed, Open
// returns it together with an error wrapping ErrScenarioChanged, so that a
// caller may still try the orders (Restore then tells whether they give the
// same game); any other error comes with a nil scenario.
func (r ScenarioRef) Open() (*scenario.Loaded, error) {
	var (
		l   *scenario.Loaded
		sum string
		err error
	)
	if r.Builtin() {
		l, err = scenario.Builtin(r.ID)
		if err == nil {
			var now ScenarioRef
			now, err = builtinRef(l)
			sum = now.SHA256
		}
	} else {
		l, err = scenario.LoadFile(r.Path)
		if err == nil {
			sum, err = fileDigest(r.Path)
		}
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("the game was saved on %s, which is no longer there: %w", r, err)
		}
		return nil, fmt.Errorf("the game was saved on %s, which no longer loads: %w", r, err)
	}
	if sum != r.SHA256 {
		return l, fail(ErrScenarioChanged, fmt.Sprintf(
			"the %s has changed since the game was saved (SHA-256 %.12s…, saved %.12s…): the saved orders may no longer fit it",
			r, sum, r.SHA256))
	}
	if l.Scn.ID != r.ID {
		return l, fail(ErrScenarioChanged, fmt.Sprintf("the %s is now scenario %q, not %q", r, l.Scn.ID, r.ID))
	}
	return l, nil
}

func fileDigest(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return digest(data), nil
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
