// Package store is where the game keeps its own small files: the settings
// and the saved games. On the desktop they are files on disk (Disk, in the
// XDG folders); in the browser build, where there is no file system, they
// live in the page's localStorage (a Keyed store over the browser's
// key–value storage).
//
// Code that reads or writes those files goes through Files, the store of
// the platform the game was built for, so the same code runs on both.
package store
