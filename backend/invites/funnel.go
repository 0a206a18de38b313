package invites

import (
	"context"

	"qunzhu/backend/errs"
)

// Stage counts of the invitation funnel for one variant. Each step counts
// the drafts that reached it: a joined invitation was also copied and sent.
type Stage struct {
	Variant  string
	Drafted  int // every draft not skipped
	Copied   int
	Sent     int
	Joined   int
	Declined int
	Skipped  int
}

// FunnelQuery picks the drafts: a template's (all its batches) or a batch's.
type FunnelQuery struct {
	TemplateID int64
	BatchID    int64
}

// Funnel counts the funnel per variant, in label order.
func (s *Service) Funnel(ctx context.Context, q FunnelQuery) ([]Stage, error) {
	where, arg := `b.template_id = ?`, q.TemplateID
	if q.BatchID != 0 {
		where, arg = `d.batch_id = ?`, q.BatchID
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT d.variant,
		count(*) FILTER (WHERE d.state <> 'skipped'),
		count(*) FILTER (WHERE d.state <> 'skipped' AND d.copied_at IS NOT NULL),
		count(*) FILTER (WHERE d.state <> 'skipped' AND d.sent_at IS NOT NULL),
		count(*) FILTER (WHERE d.state = 'joined'),
		count(*) FILTER (WHERE d.state = 'declined'),
		count(*) FILTER (WHERE d.state = 'skipped')
		FROM invite_drafts d JOIN invite_batches b ON b.id = d.batch_id
		WHERE `+where+` GROUP BY d.variant ORDER BY d.variant`, arg)
	if err != nil {
		return nil, errs.Wrap(err, "count funnel")
	}
	defer rows.Close()
	out := []Stage{}
	for rows.Next() {
		var st Stage
		if err := rows.Scan(&st.Variant, &st.Drafted, &st.Copied, &st.Sent, &st.Joined, &st.Declined, &st.Skipped); err != nil {
			return nil, errs.Wrap(err, "count funnel")
		}
		out = append(out, st)
	}
	return out, errs.Wrap(rows.Err(), "count funnel")
}
