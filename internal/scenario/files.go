package scenario

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Size limits on the files a scenario reads.
const (
	maxFileSize    = 2 << 20 // a scenario or ruleset file
	maxMapFileSize = 8 << 20 // a map file, which may carry long coastlines
)

var (
	errTooLarge = errors.New("file is too large")
	errOutside  = errors.New("is a link to a file outside the scenario's folder")
)

// readFile reads name from fsys, refusing folders and files over limit
// bytes; it never reads more than limit+1 bytes.
func readFile(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a folder, not a file", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, errTooLarge
	}
	return data, nil
}

// cleanName checks a file name written inside a scenario (a ruleset or map
// file) and returns it cleaned, with ".toml" added if it has no extension.
// A scenario may only name files inside its own folder: the name must be
// relative, use "/" between folders, contain no "..", and end in .toml (in
// any case). problem explains a refusal.
func cleanName(name string) (clean, problem string) {
	switch {
	case strings.TrimSpace(name) == "":
		return "", "the file name is empty"
	case strings.ContainsAny(name, "\x00\r\n\t"):
		return "", "the file name contains control characters"
	case strings.Contains(name, `\`):
		return "", "use / between folder names, not \\"
	case strings.HasPrefix(name, "/") || filepath.IsAbs(name) || len(name) >= 2 && name[1] == ':':
		return "", "the file name must be relative to the scenario's folder, not an absolute path"
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return "", "the file name may not contain `..`: a scenario can only use files in its own folder"
		}
	}
	clean = path.Clean(name)
	switch ext := path.Ext(clean); {
	case ext == "":
		clean += ".toml"
	case !strings.EqualFold(ext, ".toml"):
		return "", fmt.Sprintf("the file must be a .toml file, not %s", ext)
	}
	if !fs.ValidPath(clean) {
		return "", "the file name is not valid"
	}
	return clean, ""
}

// confinedFS serves the files of one folder on disk and refuses any whose
// real location, after following symbolic links, lies outside it.
type confinedFS struct {
	root string // absolute, symbolic links resolved
	fsys fs.FS
}

// openConfined opens dir as a confinedFS. close releases it.
func openConfined(dir string) (fsys fs.FS, close func(), err error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, nil, err
	}
	root, err := os.OpenRoot(real)
	if err != nil {
		return nil, nil, err
	}
	return confinedFS{root: real, fsys: root.FS()}, func() { root.Close() }, nil
}

// Open opens name after checking where it really is. The os.Root beneath
// refuses escapes too; this check gives the clearer message.
func (c confinedFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	real, err := filepath.EvalSymlinks(filepath.Join(c.root, filepath.FromSlash(name)))
	if err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(c.root, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errOutside}
	}
	return c.fsys.Open(name)
}

// readProblem words an error from readFile for a modder.
func readProblem(name string, err error, limit int64) string {
	switch {
	case errors.Is(err, errOutside):
		return fmt.Sprintf("%s %s; a scenario may only use files in its own folder", name, errOutside)
	case errors.Is(err, errTooLarge):
		return fmt.Sprintf("%s is larger than %d MiB", name, limit>>20)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%s does not exist", name)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("cannot read %s: %v", name, pe.Err)
	}
	return fmt.Sprintf("cannot read %s: %v", name, err)
}

// fileRef is a file a scenario names: found in the scenario's own folder or
// among the built-in files.
type fileRef struct {
	data    []byte
	display string // name used in messages
	builtin bool
}

// findFile looks for the file a scenario names under key (ruleset or map
// file): first in the scenario's folder, then, for a plain name, among the
// built-ins under builtinDir. kind ("ruleset", "map") words the messages.
// It returns the problem to report when the file cannot be used.
func (l *loader) findFile(name, kind string, builtin fs.FS, builtinDir, builtinDisplay string, limit int64) (*fileRef, string) {
	clean, problem := cleanName(name)
	if problem != "" {
		return nil, fmt.Sprintf("%s %q: %s", kind, name, problem)
	}
	rel := path.Join(l.dir, clean)
	data, err := readFile(l.fsys, rel, limit)
	if err == nil {
		return &fileRef{data: data, display: l.display(rel)}, ""
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Sprintf("%s %q: %s", kind, name, readProblem(clean, err, limit))
	}
	var have []string
	if builtin != nil && !strings.Contains(clean, "/") {
		bp := path.Join(builtinDir, clean)
		data, err := readFile(builtin, bp, limit)
		if err == nil {
			return &fileRef{data: data, display: path.Join(builtinDisplay, clean), builtin: true}, ""
		}
		have = builtinNames(builtin, builtinDir)
	}
	msg := fmt.Sprintf("%s %q not found: there is no %s in the scenario's folder", kind, name, clean)
	if builtin != nil && !strings.Contains(clean, "/") {
		msg += fmt.Sprintf(" and no built-in %s of that name", kind)
		stem := strings.TrimSuffix(clean, path.Ext(clean))
		msg += didYouMean(stem, have)
	}
	return nil, msg
}

// builtinNames lists the .toml files in dir of fsys, without extension.
func builtinNames(fsys fs.FS, dir string) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && strings.EqualFold(path.Ext(n), ".toml") {
			names = append(names, strings.TrimSuffix(n, path.Ext(n)))
		}
	}
	return names
}
