package game

import _ "embed" // for RulesSource

// RulesSource is the Go source of rules.go. Its doc comments describe the
// ruleset format, and the JSON Schema generator (internal/schema) takes the
// schema's descriptions from them.
//
//go:embed rules.go
var RulesSource string
