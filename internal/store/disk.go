package store

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Disk is the Store of the desktop: the operating system's files.
type Disk struct{}

// Open implements Store.
func (Disk) Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // not a nil *os.File in an interface
	}
	return f, nil
}

// ReadDir implements Store.
func (Disk) ReadDir(path string) ([]fs.DirEntry, error) { return os.ReadDir(path) }

// WriteFile implements Store: it writes a temporary file in the same
// folder and renames it over path, so a failure leaves the old file whole.
func (Disk) WriteFile(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Rename implements Store.
func (Disk) Rename(from, to string) error { return os.Rename(from, to) }

// Remove implements Store.
func (Disk) Remove(path string) error { return os.Remove(path) }
