package points

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// recordSQL reads the facts kept outside events, for every member (?1 = 0)
// or one: each row is a member, a group (0: none), a time (a UTC stamp, or
// for manual awards unix seconds of a wall time) and a value.
var recordSQL = []struct {
	kind kind
	sql  string
}{
	// One ballot per person and poll; typed tallies name no one.
	{kindVote, `SELECT v.member_id, coalesce(p.group_id, 0), v.created_at, 0 FROM poll_votes v
		JOIN polls p ON p.id = v.poll_id WHERE v.member_id IS NOT NULL AND v.source != 'tally'
		AND (?1 = 0 OR v.member_id = ?1)`},
	// Once per lottery, however many times listed; a redraw is the same lottery.
	{kindLottery, `SELECT DISTINCT e.member_id, coalesce(l.group_id, 0), l.frozen_at, l.id FROM lottery_entrants e
		JOIN lotteries l ON l.id = e.lottery_id WHERE e.member_id IS NOT NULL AND l.redraw_of IS NULL
		AND (?1 = 0 OR e.member_id = ?1)`},
	{kindInvitation, `SELECT d.member_id, coalesce(b.group_id, 0), d.state_at, 0 FROM invite_drafts d
		JOIN invite_batches b ON b.id = d.batch_id WHERE d.state = 'joined' AND (?1 = 0 OR d.member_id = ?1)`},
	{kindViolation, `SELECT member_id, group_id, at, 0 FROM planner_violations WHERE (?1 = 0 OR member_id = ?1)`},
	{kindManual, `SELECT member_id, coalesce(group_id, 0), at, points FROM points_manual
		WHERE undone_at IS NULL AND (?1 = 0 OR member_id = ?1)`},
}

// countRecords counts the records' facts into t (one member's, or every
// member's for 0). They earn points without caps, so their order is free.
func (s *Service) countRecords(ctx context.Context, q store.Queryer, t *table, member int64) error {
	for _, r := range recordSQL {
		if err := s.countRecord(ctx, q, t, r.kind, r.sql, member); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) countRecord(ctx context.Context, q store.Queryer, t *table, k kind, query string, member int64) error {
	rows, err := q.QueryContext(ctx, query, member)
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
		if k != kindManual {
			value = 0 // the lottery's id, read only to keep one row per lottery
		}
		t.count(id, group, k, int32(floorDay(s.wallUnix(at))), value)
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
