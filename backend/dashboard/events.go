package dashboard

import (
	"context"
	"database/sql"

	"qunzhu/backend/summaries"
)

// Events is what the dashboard reads of the events: the summaries' source,
// for their one rebuild, and a past period's events when a member id does
// not fit the days' sets. Package activity, the owner of events,
// implements it (activity.Log).
type Events interface {
	summaries.Events
	// MemberRange is the least and the greatest member id of the events
	// (0 and 0: none).
	MemberRange(ctx context.Context, q *sql.DB) (lo, hi int64, err error)
	// Period calls each for the events of [start, end) of a group (0: all),
	// with their member and whether they speak.
	Period(ctx context.Context, q *sql.DB, group, start, end int64, each func(at, member int64, spoke bool) error) error
}
