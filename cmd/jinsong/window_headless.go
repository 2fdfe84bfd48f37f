//go:build headless

package main

// window is empty in a headless build: no play command, no Ebitengine.
type window struct{}
