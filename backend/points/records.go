package points

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites"
	"qunzhu/backend/lottery"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/backend/store"
)

// recordReaders read the facts kept outside events, for every member (0)
// or one: each hears a member, a group (0: none) and a time (a UTC stamp).
// Manual awards, read apart (countManual), also carry their points.
var recordReaders = []struct {
	kind kind
	read func(ctx context.Context, q store.Queryer, member int64, each func(member, group int64, at string)) error
}{
	{kindVote, func(ctx context.Context, q store.Queryer, m int64, each func(int64, int64, string)) error {
		return polls.EachBallot(ctx, q, m, each)
	}},
	{kindLottery, func(ctx context.Context, q store.Queryer, m int64, each func(int64, int64, string)) error {
		return lottery.EachEntry(ctx, q, m, each)
	}},
	{kindInvitation, func(ctx context.Context, q store.Queryer, m int64, each func(int64, int64, string)) error {
		return invites.EachJoined(ctx, q, m, each)
	}},
	{kindViolation, func(ctx context.Context, q store.Queryer, m int64, each func(int64, int64, string)) error {
		return planner.EachViolationOf(ctx, q, m, each)
	}},
}

// manualSQL reads the manual awards still standing: a member, a group, a
// time (unix seconds of a wall time) and the points.
const manualSQL = `SELECT member_id, coalesce(group_id, 0), at, points FROM points_manual
	WHERE undone_at IS NULL AND (?1 = 0 OR member_id = ?1)`

// countRecords counts the records' facts into t (one member's, or every
// member's for 0). They earn points without caps, so their order is free.
func (s *Service) countRecords(ctx context.Context, q store.Queryer, t *table, member int64) error {
	for _, r := range recordReaders {
		err := r.read(ctx, q, member, func(id, group int64, at string) {
			t.count(id, group, r.kind, int32(floorDay(s.wallUnix(at))), 0)
		})
		if err != nil {
			return errs.Wrap(err, "read points records")
		}
	}
	return s.countManual(ctx, q, t, member)
}

func (s *Service) countManual(ctx context.Context, q store.Queryer, t *table, member int64) error {
	rows, err := q.QueryContext(ctx, manualSQL, member)
	if err != nil {
		return errs.Wrap(err, "read points records")
	}
	defer rows.Close()
	for rows.Next() {
		var id, group int64
		var at any
		var value float64
		if err := rows.Scan(&id, &group, &at, &value); err != nil {
			return errs.Wrap(err, "read points records")
		}
		t.count(id, group, kindManual, int32(floorDay(s.wallUnix(at))), value)
	}
	return errs.Wrap(rows.Err(), "read points records")
}

// wallUnix is a record's time as unix seconds of its wall-clock reading:
// integers already are; stamps are UTC instants, read in s's zone.
func (s *Service) wallUnix(at any) int64 {
	switch v := at.(type) {
	case int64:
		return v
	case string:
		t, err := store.ParseStamp(v)
		if err != nil {
			return 0
		}
		return wall(t.In(s.loc))
	}
	return 0
}

// wall is t's clock reading as if it were UTC, in unix seconds.
func wall(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), 0, time.UTC).Unix()
}

// periodsAt are the first days of the month and the week (Monday) of the
// wall time now.
func periodsAt(now int64) periods {
	t := time.Unix(now, 0).UTC()
	month := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	back := (int(t.Weekday()) + 6) % 7
	week := time.Date(t.Year(), t.Month(), t.Day()-back, 0, 0, 0, 0, time.UTC)
	return periods{month: int32(floorDay(month.Unix())), week: int32(floorDay(week.Unix()))}
}
