//go:build js

package store

import (
	"fmt"
	"os"
	"syscall/js"
)

// Files is the store of this platform: the page's localStorage, or memory
// if the browser refuses it (private windows, storage turned off).
var Files Store = browserStore()

// ConfigFile is the name of a configuration file, name being
// slash-separated ("jinsong/settings.json"): "config/" and name.
func ConfigFile(name string) (string, error) { return "config/" + clean(name), nil }

// DataDir is the name of a data folder, name being slash-separated
// ("jinsong/saves"): "data/" and name.
func DataDir(name string) string { return "data/" + clean(name) }

// Prefix is put before the key of every file the game keeps in
// localStorage, so its keys are easy to tell from other pages' of the site.
const Prefix = "jinsong:"

func browserStore() Store {
	kv, err := openLocalStorage()
	if err != nil {
		fmt.Fprintf(os.Stderr, "jinsong: the browser's storage is not available (%v): settings will not outlive this page\n", err)
		return Keyed{KV: &Mem{}, Prefix: Prefix}
	}
	return Keyed{KV: kv, Prefix: Prefix}
}

// localStorage is the page's window.localStorage as a KV.
type localStorage struct{ v js.Value }

// openLocalStorage finds window.localStorage; reading it throws in some
// browsers when storage is turned off.
func openLocalStorage() (kv localStorage, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	v := js.Global().Get("localStorage")
	if v.IsUndefined() || v.IsNull() {
		return kv, fmt.Errorf("there is no localStorage")
	}
	v.Call("getItem", Prefix+"probe") // throws if access is denied
	return localStorage{v}, nil
}

// Get implements KV.
func (l localStorage) Get(key string) (string, bool) {
	v := l.v.Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false
	}
	return v.String(), true
}

// Set implements KV. A full storage throws QuotaExceededError: that is ErrFull.
func (l localStorage) Set(key, value string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w (%v)", ErrFull, r)
		}
	}()
	l.v.Call("setItem", key, value)
	return nil
}

// Delete implements KV.
func (l localStorage) Delete(key string) { l.v.Call("removeItem", key) }

// Keys implements KV.
func (l localStorage) Keys() []string {
	n := l.v.Get("length").Int()
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if k := l.v.Call("key", i); k.Type() == js.TypeString {
			out = append(out, k.String())
		}
	}
	return out
}

// PicturesDir is "" in the browser: the game writes no picture files there
// (the browser's own screenshot does the job).
func PicturesDir(name string) string { return "" }
