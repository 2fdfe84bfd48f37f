//go:build !js

package watch

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

// A burst of writes to a .toml file is reported once; other files and
// writes after stop are not.
func TestFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "my.toml")
	os.WriteFile(path, []byte("a"), 0o644)
	var n atomic.Int32
	stop, err := Folder(dir, func() { n.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		os.WriteFile(path, []byte{byte('a' + i)}, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	deadline := time.Now().Add(5 * time.Second)
	for n.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(3 * Settle)
	if got := n.Load(); got != 1 {
		t.Fatalf("%d reports for one burst of writes, want 1", got)
	}
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("x"), 0o644)
	time.Sleep(3 * Settle)
	if got := n.Load(); got != 1 {
		t.Fatalf("a .txt file was reported (%d)", got)
	}
	stop()
	os.WriteFile(path, []byte("z"), 0o644)
	time.Sleep(3 * Settle)
	if got := n.Load(); got != 1 {
		t.Fatalf("a write after stop was reported (%d)", got)
	}
}
