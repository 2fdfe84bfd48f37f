package save

import (
	"fmt"
	"os"
	"path/filepath"

	"jinsong/internal/store"
)

// Write saves f at path atomically: it writes a temporary file in the same
// folder, flushes it to disk and renames it over path. If anything fails the
// file already at path (an earlier save) is left exactly as it was, and the
// temporary file is removed. The folder is created if need be.
func Write(path string, f *File) error {
	data, err := Marshal(f)
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	return writeAtomic(path, data, writeAll, nil)
}

// writeAll is the usual write step of writeAtomic; tests pass one that
// fails half-way.
func writeAll(fh *os.File, data []byte) error {
	_, err := fh.Write(data)
	return err
}

// writeAtomic stores data at path through a temporary file in the same
// folder, filled by write. Once the temporary file is complete and on disk,
// and before it replaces path, it runs before (if not nil).
func writeAtomic(path string, data []byte, write func(*os.File, []byte) error, before func() error) (err error) {
	if _, disk := store.Files.(store.Disk); !disk {
		return writeStore(store.Files, path, data, before)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, tempPrefix+filepath.Base(path)+".*"+tempSuffix)
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("saving %s: %w (the previous file, if any, is untouched)", path, err)
		}
	}()
	if err := write(tmp, data); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if before != nil {
		if err := before(); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// Temporary files are named ".<name>.<random>.tmp"; List skips them.
const (
	tempPrefix = "."
	tempSuffix = ".tmp"
)

// syncDir flushes a folder so that a rename in it survives a power cut.
// Not every system can sync a folder; that is not an error.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}
