package catalog

import (
	"strings"

	"jinsong/internal/client"
	"jinsong/internal/save"
	"jinsong/internal/scenario"
)

// WithOpened is the catalog of the browser build: the built-in scenarios
// of b, then the scenario files opened in o, which the list shows even when
// they do not load, so that choosing one shows the loader's messages. Games
// of both can be saved and loaded again; one of an opened file once that
// file is opened again.
func WithOpened(b *Builtins, o *Opened) client.Catalog {
	return client.Catalog{
		List: func() []client.Entry { return append(b.Entries(), o.Entries()...) },
		Load: func(id string) (*client.Scenario, error) {
			if strings.HasPrefix(id, IDPrefix) {
				return o.Load(id)
			}
			l, err := scenario.Builtin(id)
			if err != nil {
				return nil, err
			}
			return Saveable(id, l), nil
		},
		Backdrop: b.Backdrop,
		Open: func(ref save.ScenarioRef, whatIf string) (*client.Scenario, error) {
			if strings.HasPrefix(ref.Path, SavedPath("")) {
				return o.Open(ref, whatIf)
			}
			return Open(ref, whatIf)
		},
	}
}
