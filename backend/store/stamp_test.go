package store_test

import (
	"database/sql"
	"sort"
	"testing"
	"time"

	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

func TestStampIsFixedWidthUTC(t *testing.T) {
	local := time.FixedZone("CST", 8*3600)
	cases := []struct {
		in   time.Time
		want string
	}{
		{time.Date(2026, 12, 7, 9, 30, 5, 0, time.UTC), "2026-12-07T09:30:05.000000000Z"},
		{time.Date(2026, 12, 7, 9, 30, 5, 500_000_000, time.UTC), "2026-12-07T09:30:05.500000000Z"},
		{time.Date(2026, 12, 7, 17, 30, 5, 123, local), "2026-12-07T09:30:05.000000123Z"},
	}
	for _, c := range cases {
		if got := store.Stamp(c.in); got != c.want {
			t.Errorf("Stamp(%v) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := store.StampOrEmpty(time.Time{}); got != "" {
		t.Errorf("StampOrEmpty(zero) = %q", got)
	}
}

// ParseStamp reads every form stored: the fixed width, RFC 3339 with its
// trailing zeros dropped (most packages before 0021), whole seconds
// (badges) and an offset.
func TestParseStampReadsEveryStoredForm(t *testing.T) {
	want := time.Date(2026, 12, 7, 9, 30, 5, 500_000_000, time.UTC)
	for _, s := range []string{"2026-12-07T09:30:05.500000000Z", "2026-12-07T09:30:05.5Z", "2026-12-07T17:30:05.5+08:00"} {
		got, err := store.ParseStamp(s)
		if err != nil || !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("ParseStamp(%q) = %v, %v; want %v UTC", s, got, err, want)
		}
	}
	if got, err := store.ParseStamp("2026-12-07T09:30:05Z"); err != nil || !got.Equal(want.Truncate(time.Second)) {
		t.Errorf("ParseStamp(whole second) = %v, %v", got, err)
	}
	for _, s := range []string{"", "2026-12-07", "2026-12-07T09:30"} {
		if _, err := store.ParseStamp(s); err == nil {
			t.Errorf("ParseStamp(%q) accepted", s)
		}
		if got := store.ParseStampOrZero(s); !got.IsZero() {
			t.Errorf("ParseStampOrZero(%q) = %v", s, got)
		}
	}
	if got := store.ParseNullStamp(sql.NullString{}); got != nil {
		t.Errorf("ParseNullStamp(NULL) = %v", got)
	}
	if got := store.ParseNullStamp(sql.NullString{String: "2026-12-07T09:30:05.5Z", Valid: true}); got == nil || !got.Equal(want) {
		t.Errorf("ParseNullStamp = %v", got)
	}
}

// Stamps within one second, one on the whole second and one with a
// fraction, sort in time order as text and in SQL; the RFC 3339 forms
// written before did not ("…:05Z" after "…:05.5Z").
func TestStampsWithinOneSecondSortAsText(t *testing.T) {
	whole := time.Date(2026, 12, 7, 9, 30, 5, 0, time.UTC)
	half := whole.Add(500 * time.Millisecond)
	if old := []string{whole.Format(time.RFC3339Nano), half.Format(time.RFC3339Nano)}; !(old[0] > old[1]) {
		t.Fatalf("the old form sorted right: %q", old)
	}
	texts := []string{store.Stamp(half), store.Stamp(whole)}
	sort.Strings(texts)
	if texts[0] != store.Stamp(whole) {
		t.Errorf("sorted = %q, want the whole second first", texts)
	}
	db := storetest.Open(t)
	_, err := db.Write().Exec(`INSERT INTO segments (name, name_key, filter, created_at, updated_at) VALUES
		('half', 'half', '{}', ?1, ?1), ('whole', 'whole', '{}', ?2, ?2)`, store.Stamp(half), store.Stamp(whole))
	if err != nil {
		t.Fatal(err)
	}
	if got := scalar(t, db.Read(), `SELECT group_concat(name, ',') FROM (SELECT name FROM segments ORDER BY created_at)`); got != "whole,half" {
		t.Errorf("ORDER BY created_at = %s, want whole,half", got)
	}
	if got := scalar(t, db.Read(), `SELECT max(created_at) FROM segments`); got != store.Stamp(half) {
		t.Errorf("max(created_at) = %s, want %s", got, store.Stamp(half))
	}
	// SQLite's own date functions read the fixed width.
	if got := scalar(t, db.Read(), `SELECT date(max(created_at), '+1 day') FROM segments`); got != "2026-12-08" {
		t.Errorf("date(...) = %s", got)
	}
}
