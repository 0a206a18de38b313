package lottery

import (
	"context"
	"time"

	"qunzhu/backend/store"
)

// CheckinCounter counts each member's check-ins at or after since:
// activity.CheckinsSince, which owns the events (activity sits above the
// lottery through the dashboard, so the workspace passes it in).
type CheckinCounter func(ctx context.Context, q store.Queryer, since time.Time) (map[int64]int, error)

// UseCheckins sets how check-ins are counted for weighted draws; until
// then nobody has any.
func (s *Service) UseCheckins(f CheckinCounter) { s.checkins = f }

func (s *Service) countCheckins(ctx context.Context, since time.Time) (map[int64]int, error) {
	if s.checkins == nil {
		return map[int64]int{}, nil
	}
	return s.checkins(ctx, s.db.Read(), since)
}
