package chatlog

import (
	"bytes"
	"encoding/json"
	"errors"
)

var errNotScalar = errors.New("want a string or a number")

// flex is a JSON scalar read as text: a string, a number or null ("").
// Exports write ids and times either way.
type flex string

func (f *flex) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*f = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flex(s)
	case len(b) > 0 && (b[0] == '{' || b[0] == '['):
		return errNotScalar
	default:
		*f = flex(b)
	}
	return nil
}
