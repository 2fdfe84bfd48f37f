//go:build js

package main

import (
	"encoding/json"
	"runtime/debug"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"jinsong/game"
)

// installHook sets window.jinsong, what the page and its tests call:
//
//	state()            the window's client.Probe: screen, game, units...
//	screen()           the name of the screen showing ("title", "play"...)
//	hexPoint(col, row) {x, y}: where a hex's centre is, in CSS pixels
//	                   from the canvas's top left, or null off the map
//	openFiles(files)   files: [{name, data: Uint8Array}]; opens them as
//	                   scenario files (see catalog.Opened.Add) and shows
//	                   the first in the scenario list; returns the results
//	                   [{id, file, title, error}]
//	version            the build's VCS revision, if known
func installHook(g *webGame) {
	hook := js.Global().Get("Object").New()
	hook.Set("state", js.FuncOf(func(js.Value, []js.Value) any {
		return toJS(g.app.Probe())
	}))
	hook.Set("screen", js.FuncOf(func(js.Value, []js.Value) any {
		return g.app.ScreenName()
	}))
	hook.Set("hexPoint", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 2 {
			return js.Null()
		}
		x, y, ok := g.app.HexPoint(game.Hex{Col: args[0].Int(), Row: args[1].Int()})
		if !ok {
			return js.Null()
		}
		dsf := ebiten.Monitor().DeviceScaleFactor()
		return map[string]any{"x": x / dsf, "y": y / dsf}
	}))
	hook.Set("openFiles", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) < 1 {
			return js.Null()
		}
		files := map[string][]byte{}
		list := args[0]
		for i := 0; i < list.Length(); i++ {
			f := list.Index(i)
			data := make([]byte, f.Get("data").Length())
			js.CopyBytesToGo(data, f.Get("data"))
			files[f.Get("name").String()] = data
		}
		res := g.opened.Add(files)
		if len(res) > 0 && res[0].ID != "" {
			id, title := res[0].ID, res[0].Title
			g.later(func() { g.app.ShowScenario(id, title) })
		}
		return toJS(res)
	}))
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" {
				hook.Set("version", s.Value)
			}
		}
	}
	js.Global().Set("jinsong", hook)
}

// toJS turns v into a JavaScript object through JSON.
func toJS(v any) js.Value {
	b, err := json.Marshal(v)
	if err != nil {
		return js.Null()
	}
	return js.Global().Get("JSON").Call("parse", string(b))
}
