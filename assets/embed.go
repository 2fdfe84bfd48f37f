// Package assets embeds the game's generated data files: the strategic map
// (maps/china.toml, built by "go run ./cmd/mapgen") and its notes.
package assets

import "embed"

// FS holds the maps folder: maps/china.toml and maps/SOURCES.md. The game
// reads its map from here, never from the shared geo folder.
//
//go:embed maps
var FS embed.FS
