package points

import (
	"context"
	"time"

	"qunzhu/backend/activity"
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
	return activity.EachEventOf(ctx, s.db.Read(), member, eventKinds, func(at, group int64, k uint8, value float64) {
		t.count(member, group, kind(k), int32(floorDay(at)), value)
	})
}
