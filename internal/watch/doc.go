// Package watch tells when a scenario's files change on disk, for live
// reload while a modder edits them. It watches the scenario's folder (an
// editor that saves by writing a new file and renaming it over the old one
// would lose a watch on the file itself) and reports a change to any of
// its .toml files once the writes have settled. The browser build has no
// files to watch: there Folder returns ErrUnsupported.
package watch
