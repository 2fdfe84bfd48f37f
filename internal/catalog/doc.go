// Package catalog offers scenarios to the game window (a client.Catalog):
// it turns what the scenario loader gives into what the window shows.
//
// Besides the built-in scenarios it keeps scenario files opened by hand —
// in the browser, picked with the page's file dialog or dropped on it.
// They load as a file given on the desktop's command line does
// (scenario.Load on an in-memory file system holding the opened files), so
// a modder sees the same messages, file:line:col, in both.
package catalog
