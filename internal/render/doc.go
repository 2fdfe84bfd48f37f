// Package render draws the game's map: terrain hexes (cached in tiles at the
// current zoom), rivers, coasts and canals as smooth lines, places with their
// names, territory tints, move and attack highlights, and unit counters.
// It reads a game.State but never changes it and decides no rule: what is
// reachable or attackable comes to it from the client, which asks the engine.
//
// Coordinates: "hex space" has x in hex widths from the west edge (odd rows
// are shifted half a hex east) and y in rows from the north edge, so the
// centre of hex (col, row) is (col + 0.5*(row&1), row). A Camera maps hex
// space to screen pixels.
package render
