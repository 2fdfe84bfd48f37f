package store

import (
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// stores are the implementations that must behave alike, each with the
// folder to work in.
func stores(t *testing.T) map[string]struct {
	st   Store
	root string
} {
	clock := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	return map[string]struct {
		st   Store
		root string
	}{
		"disk":  {Disk{}, t.TempDir()},
		"keyed": {Keyed{KV: &Mem{}, Prefix: "jinsong:", Now: func() time.Time { return clock }}, "data/jinsong"},
	}
}

func read(t *testing.T, st Store, p string) string {
	t.Helper()
	f, err := st.Open(p)
	if err != nil {
		t.Fatalf("open %s: %v", p, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func names(t *testing.T, st Store, dir string) []string {
	t.Helper()
	des, err := st.ReadDir(dir)
	if err != nil {
		t.Fatalf("readdir %s: %v", dir, err)
	}
	var out []string
	for _, de := range des {
		n := de.Name()
		if de.IsDir() {
			n += "/"
		}
		out = append(out, n)
	}
	return out
}

// Every store writes, replaces, renames, lists and removes files the same
// way, and says fs.ErrNotExist for what is not there.
func TestStoresBehaveAlike(t *testing.T) {
	for name, c := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st, root := c.st, c.root
			at := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
			if _, err := st.Open(at("saves/none.json")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("open of a missing file: %v, want fs.ErrNotExist", err)
			}
			if _, err := st.ReadDir(at("saves")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("readdir of a missing folder: %v, want fs.ErrNotExist", err)
			}
			for p, v := range map[string]string{"saves/b.json": "{\"b\": 1}\n", "saves/a.json": "A", "saves/old/c.json": "C"} {
				if err := st.WriteFile(at(p), []byte(v)); err != nil {
					t.Fatal(err)
				}
			}
			if err := st.WriteFile(at("saves/a.json"), []byte("Ä second")); err != nil {
				t.Fatal(err)
			}
			if got := read(t, st, at("saves/a.json")); got != "Ä second" {
				t.Errorf("after overwrite: %q", got)
			}
			if got, want := names(t, st, at("saves")), []string{"a.json", "b.json", "old/"}; !slices.Equal(got, want) {
				t.Errorf("listing: %v, want %v", got, want)
			}
			if err := st.Rename(at("saves/a.json"), at("saves/b.json")); err != nil {
				t.Fatal(err)
			}
			if got := read(t, st, at("saves/b.json")); got != "Ä second" {
				t.Errorf("rename did not replace: %q", got)
			}
			if err := st.Rename(at("saves/a.json"), at("saves/z.json")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("rename of a missing file: %v", err)
			}
			if got, want := names(t, st, at("saves")), []string{"b.json", "old/"}; !slices.Equal(got, want) {
				t.Errorf("listing after rename: %v, want %v", got, want)
			}
			des, _ := st.ReadDir(at("saves"))
			info, err := des[0].Info()
			if err != nil || info.Size() != int64(len("Ä second")) || info.ModTime().IsZero() || info.IsDir() {
				t.Errorf("info of b.json: %+v, %v", info, err)
			}
			if err := st.Remove(at("saves/b.json")); err != nil {
				t.Fatal(err)
			}
			if err := st.Remove(at("saves/b.json")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("second remove: %v", err)
			}
			bin := []byte{0, 0xff, 0xfe, '\n', 'x'}
			if err := st.WriteFile(at("bin"), bin); err != nil {
				t.Fatal(err)
			}
			if got := read(t, st, at("bin")); got != string(bin) {
				t.Errorf("binary round trip: %q", got)
			}
		})
	}
}

// A write that does not fit in the browser's storage fails with ErrFull
// and leaves the file that was there.
func TestFullStorageKeepsTheOldFile(t *testing.T) {
	st := Keyed{KV: &Mem{Limit: 200}, Prefix: "p:"}
	if err := st.WriteFile("config/settings.json", []byte(`{"ui_scale": 2}`)); err != nil {
		t.Fatal(err)
	}
	err := st.WriteFile("config/settings.json", []byte(strings.Repeat("x", 300)))
	if !errors.Is(err, ErrFull) {
		t.Fatalf("write beyond the limit: %v, want ErrFull", err)
	}
	if got := read(t, st, "config/settings.json"); got != `{"ui_scale": 2}` {
		t.Errorf("the old file is now %q", got)
	}
}

// Keys are the cleaned path after the prefix, and values start with the
// time the file was written, so they read well in the browser's tools.
func TestKeyedLayout(t *testing.T) {
	m := &Mem{}
	when := time.UnixMilli(1764234000123)
	st := Keyed{KV: m, Prefix: "jinsong:", Now: func() time.Time { return when }}
	if err := st.WriteFile("config//jinsong/./settings.json", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	v, ok := m.Get("jinsong:config/jinsong/settings.json")
	if !ok || v != "t1764234000123\n{}" {
		t.Errorf("stored %q (%v)", v, ok)
	}
	des, err := st.ReadDir("config/jinsong")
	if err != nil || len(des) != 1 {
		t.Fatalf("readdir: %v %v", des, err)
	}
	if info, _ := des[0].Info(); !info.ModTime().Equal(when) {
		t.Errorf("mod time %v, want %v", info.ModTime(), when)
	}
	m.Set("jinsong:config/broken", "no header")
	if _, err := st.Open("config/broken"); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("damaged value: %v", err)
	}
}

// ReadFile reads through Files, the platform's store.
func TestReadFileUsesFiles(t *testing.T) {
	old := Files
	t.Cleanup(func() { Files = old })
	Files = Keyed{KV: &Mem{}}
	if err := Files.WriteFile("a/b", []byte("hello")); err != nil {
		t.Fatal(err)
	}
	if b, err := ReadFile("a/b"); err != nil || string(b) != "hello" {
		t.Errorf("ReadFile: %q, %v", b, err)
	}
}
