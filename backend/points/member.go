package points

import (
	"context"
	"time"

	"qunzhu/backend/errs"
)

// Earned is the points from one source over the three periods.
type Earned struct {
	Source Source
	Total  int64
	Month  int64
	Week   int64
}

// Breakdown is one member's points over all groups and where they came
// from, worked out afresh from the records (so always current).
type Breakdown struct {
	Total, Month, Week int64
	Level              Level
	Next               *Level // the next level up; nil at the top
	Sources            []Earned
}

// memberEventsSQL reads one member's events in time order.
const memberEventsSQL = `SELECT at, coalesce(group_id, 0), ` + eventKindSQL + `, value
	FROM events WHERE member_id = ? ORDER BY at`

// Member works out one member's points as the recompute would, with each
// source's share.
func (s *Service) Member(ctx context.Context, member int64, now time.Time, lang string) (Breakdown, error) {
	book, err := s.ruleBook(ctx)
	if err != nil {
		return Breakdown{}, err
	}
	t := newTable(member, member, book, periodsAt(wall(now)))
	t.bySource = make([]cell, kinds)
	if err := s.countMemberEvents(ctx, t, member); err != nil {
		return Breakdown{}, err
	}
	if err := s.countRecords(ctx, s.db.Read(), t, member); err != nil {
		return Breakdown{}, err
	}
	out := Breakdown{Sources: []Earned{}}
	for k := kindMessage; k < kinds; k++ {
		c := t.bySource[k]
		out.Sources = append(out.Sources, Earned{k.source(), c.total, c.month, c.week})
		out.Total, out.Month, out.Week = out.Total+c.total, out.Month+c.month, out.Week+c.week
	}
	levels, err := s.Levels(ctx, lang)
	out.Level = LevelOf(levels, out.Total)
	for i := range levels {
		if int64(levels[i].Min) > out.Total {
			out.Next = &levels[i]
			break
		}
	}
	return out, err
}

func (s *Service) countMemberEvents(ctx context.Context, t *table, member int64) error {
	rows, err := s.db.Read().QueryContext(ctx, memberEventsSQL, member)
	if err != nil {
		return errs.Wrap(err, "read member points")
	}
	defer rows.Close()
	for rows.Next() {
		var at, group int64
		var k kind
		var value float64
		if err := rows.Scan(&at, &group, &k, &value); err != nil {
			return errs.Wrap(err, "read member points")
		}
		t.count(member, group, k, int32(floorDay(at)), value)
	}
	return errs.Wrap(rows.Err(), "read member points")
}
