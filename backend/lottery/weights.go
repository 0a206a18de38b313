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
	since := s.now().Add(-time.Duration(w.Days) * 24 * time.Hour)
	checkins, err := s.countCheckins(ctx, since)
	if err != nil {
		return err
	}
	for i := range people {
		if people[i].MemberID != 0 && checkins[people[i].MemberID] >= w.Checkins {
			people[i].Weight = w.Times
		}
	}
	return nil
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
