// Package client is the game window: the title screen, the scenario list
// with briefings, side selection, the play screen (map, side panel, orders,
// combat previews, message log, minimap), the computer's turns and the
// victory screen, plus the settings remembered between runs.
//
// The client decides no rule. It turns clicks and keys into game.Order
// values, asks the engine what is legal (game.Legal, game.Destinations,
// game.Path, game.Predict) and draws the state and its event log.
package client
