//go:build !js

package store

import (
	"path/filepath"

	"github.com/adrg/xdg"
)

// Files is the store of this platform: the disk.
var Files Store = Disk{}

// ConfigFile is the path of a configuration file, name being
// slash-separated ("jinsong/settings.json"): in the user's configuration
// folder ($XDG_CONFIG_HOME on Linux), whose folders it creates.
func ConfigFile(name string) (string, error) { return xdg.ConfigFile(filepath.FromSlash(name)) }

// DataDir is the path of a data folder, name being slash-separated
// ("jinsong/saves"): in the user's data folder ($XDG_DATA_HOME on Linux).
func DataDir(name string) string { return filepath.Join(xdg.DataHome, filepath.FromSlash(name)) }

// PicturesDir is the path of a folder for pictures the game writes, name
// being slash-separated ("jinsong"): in the user's pictures folder
// (XDG_PICTURES_DIR on Linux, ~/Pictures by default).
func PicturesDir(name string) string {
	return filepath.Join(xdg.UserDirs.Pictures, filepath.FromSlash(name))
}
