package main

import (
	"fmt"

	"jinsong/internal/schema"
)

// schemaCmd writes the JSON Schemas of the file formats, for TOML editors.
type schemaCmd struct {
	Out string `help:"Folder to write scenario.schema.json, ruleset.schema.json and map.schema.json into." default:"docs/schema" type:"path" placeholder:"DIR"`
}

func (c schemaCmd) Run() error {
	paths, err := schema.Write(c.Out)
	for _, p := range paths {
		fmt.Println(p)
	}
	return err
}
