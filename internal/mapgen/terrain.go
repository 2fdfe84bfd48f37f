package mapgen

import "strings"

// Terrain symbols of the standard ruleset (scenarios/rulesets/standard.toml).
// A test checks that each one is defined there.
const (
	Plain     byte = '.'
	Steppe    byte = 'd'
	Hills     byte = 'h'
	Mountains byte = 'M'
	Pass      byte = 'P'
	Forest    byte = 'f'
	Marsh     byte = 'm'
	Paddy     byte = 'p'
	City      byte = 'C'
	River     byte = '~'
	Ford      byte = '+'
	Canal     byte = '='
	Lake      byte = 'L'
	Sea       byte = 'S'
)

// AllTerrain lists every symbol the generator writes.
const AllTerrain = ".dhMPfmpC~+=LS"

// waterSymbols are the navigable terrains: river, ford, canal, lake, sea.
const waterSymbols = "~+=LS"

// IsWater reports whether t is river, ford, canal, lake or sea.
func IsWater(t byte) bool { return strings.IndexByte(waterSymbols, t) >= 0 }

// IsLand reports whether t is any terrain but water.
func IsLand(t byte) bool { return !IsWater(t) }

// siteTerrain is the terrain a place of each kind gives its hex; kinds not
// listed (battlefields, river crossings) keep the terrain around them.
var siteTerrain = map[string]byte{
	"capital":  City,
	"city":     City,
	"fortress": City,
	"port":     City,
	"pass":     Pass,
}

// RegionRule turns a terrain region into hexes: Core inside, and Fringe
// (when not 0) on its outer ring of hexes. A zero rule skips the region.
type RegionRule struct {
	Core, Fringe byte
}
