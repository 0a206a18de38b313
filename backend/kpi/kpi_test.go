package kpi_test

import (
	"testing"

	"qunzhu/backend/kpi"
	"qunzhu/backend/tiers"
)

// Which kinds are messages: likes, shares, tips and purchases only reach.
func TestSpoken(t *testing.T) {
	for kind, want := range map[string]bool{"message": true, "reply": true, "mention": true, "jielong": true,
		"comment": true, "checkin": true, "post": true, "like": false, "share": false, "tip": false, "purchase": false} {
		if got := kpi.Spoken(kind); got != want {
			t.Errorf("Spoken(%q) = %v, want %v", kind, got, want)
		}
	}
}

// The shares and the silent alert, against the settings' lines.
func TestScore(t *testing.T) {
	lines := kpi.LinesOf(tiers.DefaultSettings())
	if lines != (kpi.Lines{MessagesPer100: 20, Reach: 0.65, Participation: 0.3, SilentShare: 0.4, SilentDays: 3}) {
		t.Fatalf("default lines = %+v", lines)
	}
	for _, c := range []struct {
		name   string
		counts kpi.Counts
		want   kpi.Figures
	}{
		{"no members", kpi.Counts{Days: 7, Recorded: true}, kpi.Figures{}},
		{"a lively week", kpi.Counts{Members: 200, Messages: 420, Days: 7, Speakers: 80, Reached: 150, Silent: 20, Recorded: true},
			kpi.Figures{MessagesPer100: 30, Reach: 0.75, Participation: 0.4, SilentShare: 0.1}},
		{"half silent", kpi.Counts{Members: 10, Days: 1, Silent: 5, Recorded: true},
			kpi.Figures{SilentShare: 0.5, SilentAlert: true}},
		{"silent before any chat", kpi.Counts{Members: 10, Days: 1, Silent: 10},
			kpi.Figures{SilentShare: 1}},
	} {
		got := kpi.Score(c.counts, lines)
		c.want.Counts, c.want.Lines = c.counts, lines
		if got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}
