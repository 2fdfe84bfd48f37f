package mods

import (
	_ "embed" // for starter
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// starter is the commented starter scenario; {{ID}} stands for its id.
//
//go:embed starter.toml
var starter string

// Starter returns the starter scenario with the id id.
func Starter(id string) string { return strings.ReplaceAll(starter, "{{ID}}", id) }

// WriteStarter writes the starter scenario as NAME.toml in dir, with id
// NAME, and returns its path. name may end in .toml. It refuses a name
// that is not a plain scenario id (letters, digits, _, - and ., no path
// separators, no ..) and never overwrites a file.
func WriteStarter(dir, name string) (string, error) {
	id := name
	if strings.EqualFold(filepath.Ext(id), ".toml") {
		id = id[:len(id)-len(".toml")]
	}
	if strings.Contains(name, "..") {
		return "", fmt.Errorf("%q: the name may not contain `..`", name)
	}
	if err := checkName(id); err != nil {
		return "", fmt.Errorf("%q: %w", name, err)
	}
	p := filepath.Join(dir, id+".toml")
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("%s already exists: choose another name, or move it away first", p)
	}
	if err != nil {
		return "", err
	}
	_, err = f.WriteString(Starter(id))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(p)
		return "", err
	}
	return p, nil
}

// checkName explains why a scenario name cannot be used, or returns nil.
func checkName(id string) error {
	switch {
	case id == "":
		return errors.New("the name is empty")
	case strings.ContainsAny(id, `/\`) || strings.ContainsRune(id, filepath.Separator):
		return errors.New("the name may not contain / or \\: give a plain name, and --dir for the folder")
	case strings.Contains(id, ".."):
		return errors.New("the name may not contain `..`")
	case len([]rune(id)) > 64:
		return errors.New("the name is longer than 64 characters")
	}
	for _, r := range id {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' && r != '.' {
			return fmt.Errorf("the name may only have letters, digits, _, - and . (it becomes the scenario id), not %q", r)
		}
	}
	return nil
}
