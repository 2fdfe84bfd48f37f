// Package save reads and writes saved games and replays.
//
// A game is its scenario, its seed and its orders: the engine is
// deterministic and its random source lives in the state. A save file
// records exactly those, plus what a load menu shows (turn, date, side to
// move, a name and when it was saved) and the state hash at save time, so
// that Restore can prove that replaying the orders gives back the very same
// game. A replay file is a save file of a finished game.
//
// Files are JSON, versioned (Format, Version), written atomically (a
// temporary file in the same folder, then a rename, so the previous save
// survives any failure), and read defensively: a damaged, foreign or
// wrong-version file gives an error that says which, never a panic.
package save
