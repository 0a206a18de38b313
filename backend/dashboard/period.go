package dashboard

import (
	"context"

	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
)

// readRecorded tells whether the scope has any event on record: before
// the first chat export, its activity numbers judge nothing.
func readRecorded(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	var err error
	d.Recorded, err = summaries.Recorded(ctx, q, r.GroupID)
	return err
}

// readDays adds the period's messages, speakers and reach per day.
func readDays(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	first := day(r.From)
	return summaries.Days(ctx, q, r.GroupID, first, day(r.To), func(c summaries.DayCount) error {
		p := &d.PerDay[c.Day-first]
		p.Messages, p.Speakers, p.Reached = int(c.Messages), int(c.Speakers), int(c.Reached)
		d.Messages += int(c.Messages)
		d.Events += int(c.Events)
		return nil
	})
}

// readPeriod counts the members who spoke, who did anything, and who were
// silent at the end. For a period that ends after the scope's last event
// each count is a sum over days of the members' last events (less the
// members who no longer count); an earlier period's are unions of its
// days' sets.
func (s *Service) readPeriod(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	last, ok, err := summaries.LastSeen(ctx, q, r.GroupID)
	if err != nil {
		return err
	}
	silentFrom := r.end() - int64(d.Thresholds.SilentDays)*86400
	var seen int
	if ok && last >= r.end() {
		n, err := s.readPast(ctx, q, r, silentFrom, d)
		if err != nil {
			return err
		}
		seen = n
	} else if err := readSummarized(ctx, q, r, silentFrom, d, &seen); err != nil {
		return err
	}
	d.Silent = max(0, d.Members-seen)
	return nil
}

// readSummarized counts from the summaries.
func readSummarized(ctx context.Context, q store.Queryer, r Request, silentFrom int64, d *Dashboard, seen *int) error {
	d.Summarized = true
	for _, c := range []struct {
		spoke bool
		since int64
		out   *int
	}{{true, r.start(), &d.Speakers}, {false, r.start(), &d.Reached}, {false, silentFrom, seen}} {
		n, err := summaries.LastSince(ctx, q, r.GroupID, c.spoke, c.since, members.GoneSQL(r.GroupID))
		if err != nil {
			return err
		}
		*c.out = n
	}
	return nil
}

// readTiers reads the tier counts stored by the last re-scoring.
func readTiers(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	t, err := summaries.Tiers(ctx, q, r.GroupID)
	d.Tiers = t
	return err
}
