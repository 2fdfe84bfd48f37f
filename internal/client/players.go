package client

import "strings"

// PlayerHuman marks a side played by a person (in saves too).
const PlayerHuman = "human"

// AILevels are the computer's strengths offered for a side, weakest first,
// as names for ai.New.
var AILevels = []string{"ai:easy", "ai:normal", "ai:hard"}

// DefaultAI is the computer's strength unless chosen otherwise.
const DefaultAI = "ai:normal"

// playerOptions are the side-selection screen's choices: a person, then
// the computer at each level of AILevels.
var playerOptions = []string{"Person", "Easy", "Normal", "Hard"}

// playerFor is the player the side-selection choice i stands for.
func playerFor(i int) string {
	if i <= 0 || i > len(AILevels) {
		return PlayerHuman
	}
	return AILevels[i-1]
}

// choiceFor is the side-selection choice for player (the default level
// for an unknown name).
func choiceFor(player string) int {
	if player == PlayerHuman {
		return 0
	}
	for i, l := range AILevels {
		if l == player {
			return i + 1
		}
	}
	return choiceFor(DefaultAI)
}

// playerText describes who plays a side: "a person", "the computer, hard".
func playerText(player string) string {
	if player == PlayerHuman {
		return "a person"
	}
	return "the computer, " + strings.TrimPrefix(player, "ai:")
}
