package chatlog

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"qunzhu/backend/errs"
)

// summary is one event as a line tests compare: line, time, chat, sender
// (id), kind, value and text.
func summary(e Event) string {
	s := fmt.Sprintf("%d %s", e.Line, e.Time.Format("2006-01-02 15:04:05"))
	if e.Chat != "" {
		s += " [" + e.Chat + "]"
	}
	s += " " + e.Sender
	if e.SenderID != "" {
		s += "(" + e.SenderID + ")"
	}
	s += " " + string(e.Kind)
	if e.Value != 0 {
		s += fmt.Sprintf(" %g", e.Value)
	}
	return s + fmt.Sprintf(" %q", e.Text)
}

// readFixture returns testdata/name.
func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// parseAll parses b in format f and returns all events.
func parseAll(b []byte, f Format) ([]Event, Stats, error) {
	var events []Event
	stats, err := Parse(bytes.NewReader(b), f, func(e Event) error {
		events = append(events, e)
		return nil
	})
	return events, stats, err
}

// errKeyLine returns an error's key and Line param ("" and 0 for nil).
func errKeyLine(err error) (string, any) {
	if err == nil {
		return "", nil
	}
	e := errs.As(err)
	return e.Key, e.Params["Line"]
}
