package playback

import (
	"jinsong/game"
)

// CardKind says where a narration card comes from.
type CardKind string

// The kinds of card.
const (
	CardNarration CardKind = "narration" // the scenario's card opening a turn
	CardOrder     CardKind = "order"     // said when a recorded order is carried out
	CardEvent     CardKind = "event"     // a scenario event's message, a surrender, the end
)

// Card is a narration card shown once At orders of the tape have been
// carried out.
type Card struct {
	At   int      `json:"at"`
	Kind CardKind `json:"kind"`
	Text string   `json:"text"`
}

// Tape is a game as its start and its orders.
type Tape struct {
	Title string
	// Start returns a fresh copy of the game's first state.
	Start func() *game.State
	// Orders are carried out one after the other from Start.
	Orders []game.Order
	// Cards are narration written for the tape (a scenario's recorded
	// history); cards for the events the orders cause are added when the
	// tape is prepared.
	Cards []Card
}

// cardEvents are the kinds of event that become narration cards.
var cardEvents = map[game.EventKind]bool{
	game.EvMessage:   true,
	game.EvSurrender: true,
	game.EvGameOver:  true,
}
