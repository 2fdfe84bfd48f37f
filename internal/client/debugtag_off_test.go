//go:build !ebitenginedebug

package client

const debugTag = false
