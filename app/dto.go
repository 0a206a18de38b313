package app

import (
	"time"

	"qunzhu/backend/errs"
)

func rfc3339(t time.Time) string { return t.Format(time.RFC3339) }

const dayLayout = "2006-01-02"

func day(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(dayLayout)
}

func stampOf(t *time.Time) string {
	if t == nil {
		return ""
	}
	return rfc3339(*t)
}

// parseDay reads YYYY-MM-DD ("" is nil); a bad date is reported on field.
func parseDay(s, field string, bad map[string]string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse(dayLayout, s)
	if err != nil {
		bad[field] = s
		return nil
	}
	return &t
}

// badDates turns unreadable dates into field errors.
func badDates(bad map[string]string) error {
	f := errs.Fields{}
	for field, v := range bad {
		f.Add(field, "err.field.date", errs.Params{"Value": v})
	}
	return f.Err()
}

// convertAll converts each element with f; nil stays nil (JSON null).
func convertAll[T, U any](xs []T, f func(T) U) []U {
	if xs == nil {
		return nil
	}
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// nonNil is s, or an empty slice for nil (JSON [] rather than null).
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
