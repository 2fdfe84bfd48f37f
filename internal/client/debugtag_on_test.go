//go:build ebitenginedebug

package client

// debugTag is true when Ebitengine logs its graphics commands, which lets
// the frame benchmark count draw calls.
const debugTag = true
