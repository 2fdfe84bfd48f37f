//go:build !js

package watch

import (
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Settle is how long the folder must stay quiet after a write before the
// change is reported (editors write a file in several steps).
const Settle = 150 * time.Millisecond

// Folder calls changed (on its own goroutine) each time a .toml file in
// dir is written, created, removed or renamed, once the writes have
// settled. Calling stop ends the watch; changed is not called after stop
// returns.
func Folder(dir string, changed func()) (stop func(), err error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := w.Add(dir); err != nil {
		w.Close()
		return nil, err
	}
	var (
		mu      sync.Mutex
		stopped bool
		timer   *time.Timer
	)
	fire := func() {
		mu.Lock()
		defer mu.Unlock()
		if !stopped {
			changed()
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if !strings.EqualFold(filepath.Ext(ev.Name), ".toml") || ev.Op == fsnotify.Chmod {
					continue
				}
				mu.Lock()
				if timer != nil {
					timer.Stop()
				}
				timer = time.AfterFunc(Settle, fire)
				mu.Unlock()
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
			}
		}
	}()
	return func() {
		mu.Lock()
		stopped = true
		if timer != nil {
			timer.Stop()
		}
		mu.Unlock()
		w.Close()
		<-done
	}, nil
}
