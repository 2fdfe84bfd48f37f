// Package scenarios embeds the built-in scenario and ruleset files.
package scenarios

import "embed"

// FS holds every built-in scenario (*.toml) and ruleset (rulesets/*.toml).
//
//go:embed *.toml rulesets/*.toml
var FS embed.FS
