package store

import "errors"

// ErrFull is the error of a write that does not fit in the browser's
// storage (its quota, usually 5 MB for a site).
var ErrFull = errors.New("the browser's storage for this site is full")
