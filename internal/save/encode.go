package save

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Marshal encodes f as Write stores it: indented JSON with one order a
// line, so that a save can be read and compared by eye.
func Marshal(f *File) ([]byte, error) {
	head := *f
	head.Orders = nil
	b, err := json.MarshalIndent(&head, "", "  ")
	if err != nil {
		return nil, err
	}
	// MarshalIndent ends with `"orders": null` then "\n}": put the list there.
	const tail = `"orders": null` + "\n}"
	if !bytes.HasSuffix(b, []byte(tail)) {
		return nil, fmt.Errorf("save: unexpected encoding of the file header")
	}
	var buf bytes.Buffer
	buf.Write(b[:len(b)-len(tail)])
	buf.WriteString(`"orders": [`)
	for i, o := range f.Orders {
		ob, err := json.Marshal(o)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n    ")
		buf.Write(ob)
	}
	if len(f.Orders) > 0 {
		buf.WriteString("\n  ")
	}
	buf.WriteString("]\n}\n")
	return buf.Bytes(), nil
}
