package members

import (
	"database/sql"
	"time"
)

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
