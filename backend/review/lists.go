package review

import (
	"context"

	"qunzhu/backend/activity"
)

// readLists reads the KOC and slipping-away lists of the last re-scoring
// with each member's messages in the period and in the one before (who on
// them spoke up, and who went quiet), and who entered and left each list
// during the period, as the re-scorings recorded it.
func (s *Service) readLists(ctx context.Context, out *Review) error {
	prev := out.previous()
	end := out.To.AddDate(0, 0, 1)
	var err error
	if out.KOC, err = s.activity.Flagged(ctx, out.GroupID, activity.ListKOC, prev.From, out.From, end); err != nil {
		return err
	}
	if out.Slipping, err = s.activity.Flagged(ctx, out.GroupID, activity.ListSlipping, prev.From, out.From, end); err != nil {
		return err
	}
	if out.KOCChanges, err = s.activity.ListChanges(ctx, out.GroupID, activity.ListKOC, out.From, out.To); err != nil {
		return err
	}
	out.SlippingChanges, err = s.activity.ListChanges(ctx, out.GroupID, activity.ListSlipping, out.From, out.To)
	return err
}
