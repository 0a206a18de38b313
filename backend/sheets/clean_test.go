package sheets

import (
	"testing"

	"qunzhu/backend/fold"
)

// A cell and a chat sender's name are cleaned with one list: whatever
// invisible character a file carries, the member import stores the name
// that identifies the same person in a chat export or a paste.
func TestCleanAgreesWithName(t *testing.T) {
	marks := []string{"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202a", "\u202e", "\u2060", "\u2063",
		"\u2066", "\u2069", "\ufeff", "\x01", "\u0085"}
	for _, m := range marks {
		raw := m + "小" + m + "美" + m
		if got, want := Clean(raw), fold.Name(raw); got != want || got != "小美" {
			t.Errorf("mark %U: Clean = %q, fold.Name = %q, want both 小美", []rune(m)[0], got, want)
		}
	}
	family := "👨\u200d👩\u200d👧"
	if Clean(family) != family || fold.Name(family) != family {
		t.Errorf("the joiners of an emoji family were removed: %q %q", Clean(family), fold.Name(family))
	}
}
