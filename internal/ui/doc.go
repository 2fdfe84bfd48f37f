// Package ui is the small widget kit of the game window: rectangles and
// their layout, fonts and colours (Theme), one frame of input (Input), and
// the widgets the screens are made of — buttons, panels, selectable lists,
// scrolling text, tooltips and modal dialogs.
//
// Widgets are plain data: a screen builds them from tables, lays them out by
// cutting rectangles, calls Update with the frame's Input (a widget that uses
// a click consumes it, so widgets in front must be updated first) and then
// Draw. Nothing here knows about the game's rules.
package ui
