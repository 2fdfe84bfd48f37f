package store

import (
	"io"
	"io/fs"
)

// Store reads and writes whole files by path. Paths are those of the
// platform (ConfigFile and DataDir give them); a store that is not a disk
// uses them as names.
type Store interface {
	// Open opens the file at path for reading. A missing file gives an
	// error wrapping fs.ErrNotExist.
	Open(path string) (io.ReadCloser, error)
	// ReadDir lists the folder at path, sorted by name. A missing folder
	// gives an error wrapping fs.ErrNotExist.
	ReadDir(path string) ([]fs.DirEntry, error)
	// WriteFile replaces the file at path with data, creating its folder.
	// If it fails, the file that was there is left as it was.
	WriteFile(path string, data []byte) error
	// Rename moves the file at from to to, replacing any file there.
	Rename(from, to string) error
	// Remove deletes the file at path.
	Remove(path string) error
}

// ReadFile reads the whole file at path from Files.
func ReadFile(path string) ([]byte, error) {
	f, err := Files.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
