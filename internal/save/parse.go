package save

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"jinsong/internal/store"
)

// MaxSize is the largest save file Read accepts (32 MiB: hundreds of
// thousands of orders).
const MaxSize = 32 << 20

// Read reads and checks the save file at path. Errors name the file and say
// what is wrong with it; see Parse.
func Read(path string) (*File, error) {
	fh, err := store.Files.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f, err := Parse(data)
	if err != nil {
		return nil, &pathError{path: path, err: err}
	}
	return f, nil
}

// pathError prefixes an error with the file it is about.
type pathError struct {
	path string
	err  error
}

func (e *pathError) Error() string { return e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }

// Parse decodes and checks a save file. It never panics; a bad file gives
// an error wrapping ErrTooLarge, ErrDamaged, ErrNotSave or ErrVersion whose
// message says what is wrong, for example
//
//	saved by a newer version of the game (format 3); this game reads format 1
func Parse(data []byte) (*File, error) {
	if len(data) > MaxSize {
		return nil, fail(ErrTooLarge, fmt.Sprintf("the file is larger than %d MiB, too large to be a save", MaxSize>>20))
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // left by some editors
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fail(ErrDamaged, "the save file is empty")
	}
	if err := checkHeader(data); err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, damaged(data, err)
	}
	if err := f.check(); err != nil {
		return nil, fail(ErrDamaged, "the save file is damaged: "+err.Error())
	}
	return &f, nil
}

// checkHeader reads only the format and version, so that a file from a
// newer game or another program is named as such rather than as damaged.
func checkHeader(data []byte) error {
	var head struct {
		Format  *json.RawMessage `json:"format"`
		Version *json.RawMessage `json:"version"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&head); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return fail(ErrNotSave, fmt.Sprintf("not a Jin–Song Wars save file (it holds a JSON %s, not an object)", te.Value))
		}
		if !errors.As(err, &te) {
			return damaged(data, err)
		}
	}
	if _, err := dec.Token(); err != io.EOF {
		return fail(ErrDamaged, "the save file is damaged: there is more after the end of the save")
	}
	var format string
	if head.Format == nil || json.Unmarshal(*head.Format, &format) != nil {
		return fail(ErrNotSave, `not a Jin–Song Wars save file (it has no "format" name)`)
	}
	if format != Format {
		return fail(ErrNotSave, fmt.Sprintf("not a Jin–Song Wars save file (its format is %q, not %q)", clip(format), Format))
	}
	var version int
	if head.Version == nil || json.Unmarshal(*head.Version, &version) != nil {
		return fail(ErrDamaged, "the save file is damaged: its format version is missing or not a whole number")
	}
	switch {
	case version > Version:
		return fail(ErrVersion, fmt.Sprintf("saved by a newer version of the game (format %d); this game reads format %d", version, Version))
	case version < 1:
		return fail(ErrDamaged, fmt.Sprintf("the save file is damaged: format version %d does not exist", version))
	case version < Version:
		return fail(ErrVersion, fmt.Sprintf("saved by an older version of the game (format %d); this game reads format %d", version, Version))
	}
	return nil
}

// damaged words a JSON decoding error.
func damaged(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return fail(ErrDamaged, "the save file is damaged: it ends too early (was it cut off while being written?)")
	case errors.As(err, &se) && se.Offset >= int64(len(data)):
		return fail(ErrDamaged, "the save file is damaged: it ends too early (was it cut off while being written?)")
	case errors.As(err, &se):
		line, col := position(data, se.Offset-1)
		return fail(ErrDamaged, fmt.Sprintf("the save file is damaged: not valid JSON at line %d, column %d (%s)", line, col, se.Error()))
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			field = "the save"
		}
		return fail(ErrDamaged, fmt.Sprintf("the save file is damaged: %s should be %s, not %s", field, te.Type, te.Value))
	}
	return fail(ErrDamaged, "the save file is damaged: "+err.Error())
}

// position gives the 1-based line and column of the byte at offset off.
func position(data []byte, off int64) (line, col int) {
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

var (
	hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)
	hexHash   = regexp.MustCompile(`^[0-9a-f]{16}$`)
)

// check finds values a save written by this game cannot hold.
func (f *File) check() error {
	switch {
	case strings.TrimSpace(f.Scenario.ID) == "":
		return errors.New("it names no scenario")
	case !hexDigest.MatchString(f.Scenario.SHA256):
		return errors.New("the scenario's SHA-256 is not 64 hex digits")
	case !hexHash.MatchString(f.Hash):
		return errors.New("the game hash is not 16 hex digits")
	case f.Turn < 1:
		return fmt.Errorf("turn %d is not a turn", f.Turn)
	case f.Side == "":
		return errors.New("it names no side to move")
	}
	for i, o := range f.Orders {
		if o.Kind == "" {
			return fmt.Errorf("order %d has no kind", i+1)
		}
	}
	return nil
}

// clip shortens a string from a file for a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
