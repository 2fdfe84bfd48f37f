// Package assets embeds the game's shared data files: the map files in
// maps/*.toml that scenarios name with [map] file = "<name>".
package assets

import "embed"

// FS holds maps/<name>.toml, the built-in map files.
//
//go:embed maps
var FS embed.FS
