//go:build !js

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, `jinsong-web is the game for a web browser (GOOS=js GOARCH=wasm).
Build the site and serve it with: bash scripts/web.sh
On the desktop, play with: bash scripts/play.sh`)
	os.Exit(2)
}
