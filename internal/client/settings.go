package client

import (
	"encoding/json"
	"errors"
	"io/fs"

	"jinsong/internal/store"
)

// Settings are the player's choices remembered between runs.
type Settings struct {
	UIScale    float64 `json:"ui_scale"`   // 1 to 3
	Fullscreen bool    `json:"fullscreen"` // start full screen
	AISpeed    int     `json:"ai_speed"`   // index into aiDelays
	// HighContrast is the presenter's palette: black, white, bright accents.
	HighContrast bool `json:"high_contrast,omitempty"`
	// SafeColours replaces the side colours by ones that stay apart under
	// protanopia and deuteranopia (SafeSideColours).
	SafeColours bool `json:"colour_blind_safe,omitempty"`
}

// UIScales are the scales offered in the settings.
var UIScales = []float64{1, 1.25, 1.5, 2, 2.5, 3}

// DefaultSettings are used when nothing is saved.
func DefaultSettings() Settings { return Settings{UIScale: 1, AISpeed: 1} }

// SettingsPath is where settings are saved: jinsong/settings.json in the
// user's configuration folder (XDG_CONFIG_HOME on Linux), or in the
// browser's storage (see package store).
func SettingsPath() (string, error) { return store.ConfigFile("jinsong/settings.json") }

// LoadSettings reads the settings at path; a missing file gives the defaults.
func LoadSettings(path string) (Settings, error) {
	s := DefaultSettings()
	b, err := store.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return DefaultSettings(), err
	}
	s.clamp()
	return s, nil
}

// Save writes the settings to path, creating its folder.
func (s Settings) Save(path string) error {
	s.clamp()
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return store.Files.WriteFile(path, append(b, '\n'))
}

func (s *Settings) clamp() {
	s.UIScale = min(max(s.UIScale, 1), 3)
	s.AISpeed = min(max(s.AISpeed, 0), len(aiDelays)-1)
}
