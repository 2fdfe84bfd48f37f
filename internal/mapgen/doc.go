// Package mapgen builds the game's strategic hex map from the geographic
// data in the project's shared geo folder (Natural Earth 1:10m plus
// hand-digitised 12th-century features) and writes it as a map file
// (scenario.MapFile) in TOML.
//
// The pipeline: project the data (equirectangular, true at 33°N) onto a
// grid of pointy-top hexes in odd-r offset coordinates; mark sea where less
// than half a hex is land in the period (the 12th-century Jiangsu coast
// replaces the modern one); paint the lakes that existed, the terrain
// regions (largest first) and hand-drawn layers (missing ranges, rice
// lowlands, marshes); put each place on a land hex of its own, on the right
// bank of its river; route each river and canal as a connected chain of
// hexes, one hex wide, round the towns and joined to the water it flows
// into; place fords on the great rivers; and write the hexes, places and
// lines (rivers and canals as chains of hex centres, the coast and the 1142
// border simplified) in a stable layout.
//
// All geometry is done in "hex units": kilometres divided by the hex size,
// x east and y south, with hex (0,0) centred at the origin. The map file
// stores lines in hex space (x in hex widths, y in rows); HexSpace converts.
//
// The game never runs this code: it reads the generated assets/maps/china.toml.
package mapgen
