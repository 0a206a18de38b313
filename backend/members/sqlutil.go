package members

import (
	"context"
	"database/sql"
	"time"
)

type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

const dateLayout = "2006-01-02"

func dateText(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.Format(dateLayout)
}

func parseDate(s sql.NullString) *time.Time {
	if !s.Valid {
		return nil
	}
	t, err := time.Parse(dateLayout, s.String)
	if err != nil {
		return nil
	}
	return &t
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseStamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}
