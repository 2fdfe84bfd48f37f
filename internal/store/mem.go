package store

import (
	"maps"
	"slices"
	"sync"
)

// Mem is a KV in memory: for tests, and for a browser that refuses its
// storage (then nothing outlives the page).
type Mem struct {
	mu sync.Mutex
	m  map[string]string
	// Limit, when positive, is the most bytes of keys and values it holds;
	// a Set beyond it fails, as a full browser storage does.
	Limit int
}

// Get implements KV.
func (m *Mem) Get(key string) (string, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	return v, ok
}

// Set implements KV.
func (m *Mem) Set(key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Limit > 0 {
		n := len(key) + len(value)
		for k, v := range m.m {
			if k != key {
				n += len(k) + len(v)
			}
		}
		if n > m.Limit {
			return ErrFull
		}
	}
	if m.m == nil {
		m.m = map[string]string{}
	}
	m.m[key] = value
	return nil
}

// Delete implements KV.
func (m *Mem) Delete(key string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

// Keys implements KV, sorted.
func (m *Mem) Keys() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Sorted(maps.Keys(m.m))
}
