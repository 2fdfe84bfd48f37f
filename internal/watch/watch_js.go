//go:build js

package watch

import "errors"

// Folder is not available in the browser.
func Folder(dir string, changed func()) (stop func(), err error) {
	return nil, errors.ErrUnsupported
}
