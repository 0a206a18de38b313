package lottery

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// weigh lists members with enough recent check-ins Times times.
func (s *Service) weigh(ctx context.Context, w *Weight, people []Entrant) error {
	if w == nil {
		return nil
	}
	since := s.now().Add(-time.Duration(w.Days) * 24 * time.Hour).Unix()
	rows, err := s.db.Read().QueryContext(ctx, `SELECT member_id, count(*) FROM events
		WHERE kind = 'checkin' AND at >= ? GROUP BY member_id`, since)
	if err != nil {
		return errs.Wrap(err, "count check-ins")
	}
	defer rows.Close()
	checkins := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return errs.Wrap(err, "count check-ins")
		}
		checkins[id] = n
	}
	for i := range people {
		if people[i].MemberID != 0 && checkins[people[i].MemberID] >= w.Checkins {
			people[i].Weight = w.Times
		}
	}
	return errs.Wrap(rows.Err(), "count check-ins")
}

// recentWinners are the people holding a prize of a lottery drawn in the
// last days days: winners not replaced, and the alternates who replaced them.
func (s *Service) recentWinners(ctx context.Context, days int) (map[string]bool, error) {
	out := map[string]bool{}
	if days == 0 {
		return out, nil
	}
	since := store.Stamp(s.now().Add(-time.Duration(days) * 24 * time.Hour))
	rows, err := s.db.Read().QueryContext(ctx, `SELECT p.name, coalesce(p.member_id, 0) FROM lottery_picks p
		JOIN lotteries l ON l.id = p.lottery_id
		WHERE l.status = 'drawn' AND l.drawn_at >= ? AND (
			(p.tier >= 0 AND NOT EXISTS (SELECT 1 FROM lottery_replacements r WHERE r.lottery_id = p.lottery_id AND r.pick_order = p.pick_order))
			OR EXISTS (SELECT 1 FROM lottery_replacements r WHERE r.lottery_id = p.lottery_id AND r.by_order = p.pick_order))`, since)
	if err != nil {
		return nil, errs.Wrap(err, "recent winners")
	}
	defer rows.Close()
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.name, &c.memberID); err != nil {
			return nil, errs.Wrap(err, "recent winners")
		}
		out[personKey(c)] = true
	}
	return out, errs.Wrap(rows.Err(), "recent winners")
}
