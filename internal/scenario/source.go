package scenario

import _ "embed" // for SchemaSource

// SchemaSource is the Go source of schema.go. Its doc comments describe the
// scenario and map file formats, and the JSON Schema generator
// (internal/schema) takes the schema's descriptions from them, so that a
// program without its source tree writes the same schemas.
//
//go:embed schema.go
var SchemaSource string
