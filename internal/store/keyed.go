package store

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// KV is a flat storage of string values by string key, such as the
// browser's localStorage. Its methods never block.
type KV interface {
	Get(key string) (value string, ok bool)
	Set(key, value string) error
	Delete(key string)
	Keys() []string
}

// Keyed is a Store kept in a KV: one key per file, the file's path after
// Prefix. Folders are not stored: a folder exists while a file lies in it.
//
// A value is a header line, then the file: "t<unix ms>\n" and the text
// for a file of UTF-8 text (what the game writes: JSON), "b<unix ms>\n"
// and base64 for any other bytes. The time is when the file was written.
type Keyed struct {
	KV     KV
	Prefix string           // before every key, e.g. "jinsong:"
	Now    func() time.Time // the clock; nil means time.Now
}

// key is the KV key of a path: cleaned, slash-separated, after Prefix.
func (k Keyed) key(p string) string { return k.Prefix + clean(p) }

func clean(p string) string { return path.Clean(strings.ReplaceAll(p, `\`, "/")) }

func (k Keyed) now() time.Time {
	if k.Now != nil {
		return k.Now()
	}
	return time.Now()
}

// Open implements Store.
func (k Keyed) Open(p string) (io.ReadCloser, error) {
	v, ok := k.KV.Get(k.key(p))
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
	}
	data, _, err := decode(v)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	return io.NopCloser(bytes.NewReader(data)), nil
}

// WriteFile implements Store. One Set is all or nothing, so a failure
// (the browser's storage full) leaves the old file whole.
func (k Keyed) WriteFile(p string, data []byte) error {
	if err := k.KV.Set(k.key(p), encode(data, k.now())); err != nil {
		return &fs.PathError{Op: "write", Path: p, Err: err}
	}
	return nil
}

// Rename implements Store. The file keeps the time it was written.
func (k Keyed) Rename(from, to string) error {
	v, ok := k.KV.Get(k.key(from))
	if !ok {
		return &fs.PathError{Op: "rename", Path: from, Err: fs.ErrNotExist}
	}
	if k.key(from) == k.key(to) {
		return nil
	}
	if err := k.KV.Set(k.key(to), v); err != nil {
		return &fs.PathError{Op: "rename", Path: to, Err: err}
	}
	k.KV.Delete(k.key(from))
	return nil
}

// Remove implements Store.
func (k Keyed) Remove(p string) error {
	if _, ok := k.KV.Get(k.key(p)); !ok {
		return &fs.PathError{Op: "remove", Path: p, Err: fs.ErrNotExist}
	}
	k.KV.Delete(k.key(p))
	return nil
}

// ReadDir implements Store: the files whose paths lie in p, and the
// folders that hold files further down.
func (k Keyed) ReadDir(p string) ([]fs.DirEntry, error) {
	dir := k.key(p) + "/"
	if clean(p) == "/" {
		dir = k.key(p)
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, key := range k.KV.Keys() {
		rest, ok := strings.CutPrefix(key, dir)
		if !ok || rest == "" {
			continue
		}
		if name, _, sub := strings.Cut(rest, "/"); sub {
			if !seen[name] {
				seen[name] = true
				out = append(out, entry{name: name, dir: true})
			}
			continue
		}
		v, _ := k.KV.Get(key)
		data, t, _ := decode(v)
		out = append(out, entry{name: rest, size: int64(len(data)), mod: t})
	}
	if len(out) == 0 {
		return nil, &fs.PathError{Op: "readdir", Path: p, Err: fs.ErrNotExist}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// encode is the stored value of a file written at t.
func encode(data []byte, t time.Time) string {
	ms := strconv.FormatInt(t.UnixMilli(), 10)
	if utf8.Valid(data) {
		return "t" + ms + "\n" + string(data)
	}
	return "b" + ms + "\n" + base64.StdEncoding.EncodeToString(data)
}

// decode is the file and its time from a stored value.
func decode(v string) ([]byte, time.Time, error) {
	head, body, ok := strings.Cut(v, "\n")
	if !ok || len(head) < 2 {
		return nil, time.Time{}, fmt.Errorf("damaged entry in the browser's storage")
	}
	ms, err := strconv.ParseInt(head[1:], 10, 64)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("damaged entry in the browser's storage")
	}
	t := time.UnixMilli(ms)
	switch head[0] {
	case 't':
		return []byte(body), t, nil
	case 'b':
		data, err := base64.StdEncoding.DecodeString(body)
		if err != nil {
			return nil, t, fmt.Errorf("damaged entry in the browser's storage: %w", err)
		}
		return data, t, nil
	}
	return nil, t, fmt.Errorf("damaged entry in the browser's storage")
}

// entry is a file or folder of a Keyed store, as ReadDir lists it.
type entry struct {
	name string
	dir  bool
	size int64
	mod  time.Time
}

func (e entry) Name() string               { return e.name }
func (e entry) IsDir() bool                { return e.dir }
func (e entry) Type() fs.FileMode          { return e.Mode().Type() }
func (e entry) Info() (fs.FileInfo, error) { return e, nil }
func (e entry) Size() int64                { return e.size }
func (e entry) ModTime() time.Time         { return e.mod }
func (e entry) Sys() any                   { return nil }
func (e entry) Mode() fs.FileMode {
	if e.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}
