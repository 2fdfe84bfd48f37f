// Package playback walks a recorded game forwards and back: a save's
// orders replayed, or a scenario's recorded history. A Tape is a game as
// its start and its orders; a Player prepares it once (checking every
// order and keeping a copy of the state at the start of each turn) and then
// steps, steps back and jumps anywhere on the timeline cheaply.
//
// The package drives the engine as every other part of the game does
// (state + order → new state + events) and never imports Ebiten, so the
// window, the command line and the tests share it.
package playback
