package save

import (
	"fmt"
	"path"

	"jinsong/internal/store"
)

// writeStore is writeAtomic for a store that is not the disk (the
// browser's storage): the same steps, a temporary file complete before
// before runs and before it replaces path, through the store's calls.
func writeStore(st store.Store, p string, data []byte, before func() error) (err error) {
	tmp := path.Join(path.Dir(p), tempPrefix+path.Base(p)+tempSuffix)
	defer func() {
		if err != nil {
			st.Remove(tmp)
			err = fmt.Errorf("saving %s: %w (the previous file, if any, is untouched)", p, err)
		}
	}()
	if err := st.WriteFile(tmp, data); err != nil {
		return err
	}
	if before != nil {
		if err := before(); err != nil {
			return err
		}
	}
	return st.Rename(tmp, p)
}
