package activity

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// CheckinDays is how often a member checked in over a period.
type CheckinDays struct {
	MemberID int64
	Days     int // distinct days with a check-in
	Checkins int
}

// CheckinDaysIn counts each member's check-in days and check-ins in group
// over [from, to). Event times are wall-clock readings stored as unix
// seconds, so a day is at / 86400.
func CheckinDaysIn(ctx context.Context, q store.Queryer, group int64, from, to time.Time) ([]CheckinDays, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id, COUNT(DISTINCT at / 86400), COUNT(*) FROM events
		WHERE group_id = ? AND kind = 'checkin' AND at >= ? AND at < ? AND member_id IS NOT NULL
		GROUP BY member_id`, group, from.Unix(), to.Unix())
	if err != nil {
		return nil, errs.Wrap(err, "count check-in days")
	}
	defer rows.Close()
	var out []CheckinDays
	for rows.Next() {
		var c CheckinDays
		if err := rows.Scan(&c.MemberID, &c.Days, &c.Checkins); err != nil {
			return nil, errs.Wrap(err, "count check-in days")
		}
		out = append(out, c)
	}
	return out, errs.Wrap(rows.Err(), "count check-in days")
}
