package store

import (
	"database/sql"
	"time"
)

// stampLayout is the one form stored instants take: UTC at a fixed width
// (nanoseconds always written), so stamps sort and compare as text.
const stampLayout = "2006-01-02T15:04:05.000000000Z"

// Stamp formats t for storage.
func Stamp(t time.Time) string { return t.UTC().Format(stampLayout) }

// StampOrEmpty formats t for storage; "" for the zero time.
func StampOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return Stamp(t)
}

// ParseStamp reads a stored instant: the fixed-width form Stamp writes and
// the RFC 3339 forms written before it (with or without a fraction, trailing
// zeros dropped, any offset).
func ParseStamp(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, err
	}
	return t.UTC(), nil
}

// ParseNullStamp reads a nullable stored instant: nil for NULL or a value
// that is no stamp.
func ParseNullStamp(s sql.NullString) *time.Time {
	if !s.Valid {
		return nil
	}
	t, err := ParseStamp(s.String)
	if err != nil {
		return nil
	}
	return &t
}

// normalStamp rewrites a stored instant in Stamp's form; anything that is no
// stamp ("", a date) comes back unchanged.
func normalStamp(s string) string {
	t, err := ParseStamp(s)
	if err != nil {
		return s
	}
	return Stamp(t)
}

// ParseStampOrZero reads a stored instant; the zero time when s is none
// ("" included).
func ParseStampOrZero(s string) time.Time {
	t, _ := ParseStamp(s)
	return t
}
