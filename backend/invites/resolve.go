package invites

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// maxScan caps how many members a selection may match before skips.
const maxScan = 4 * MaxRecipients

// Resolve works out whom a selection invites: the matching members, less
// those already in the group, those invited within the recent days and
// those waiting in a queue.
func (s *Service) Resolve(ctx context.Context, sel Selection) (Recipients, error) {
	if err := sel.Validate(); err != nil {
		return Recipients{}, err
	}
	out := Recipients{Counts: Counts{Free: -1}}
	if sel.GroupID != 0 {
		g, err := s.groups.Get(ctx, sel.GroupID)
		if err != nil {
			return Recipients{}, err
		}
		out.Group, out.Free = &g, max(g.Capacity-g.Members, 0)
	}
	f, err := s.filter(ctx, sel, out.Group)
	if err != nil {
		return Recipients{}, err
	}
	rows, err := s.matching(ctx, f)
	if err != nil {
		return Recipients{}, err
	}
	out.Matched = len(rows)
	sk, err := s.skips(ctx, sel.GroupID)
	if err != nil {
		return Recipients{}, err
	}
	for _, r := range rows {
		switch {
		case sk.inGroup[r.ID]:
			out.InGroup++
		case sk.recent[r.ID]:
			out.Recent++
		case sk.queued[r.ID]:
			out.Queued++
		default:
			out.Members = append(out.Members, r)
		}
	}
	out.Invite = len(out.Members)
	return out, nil
}

// matching lists the members f selects, best first (highest RFM score).
func (s *Service) matching(ctx context.Context, f members.Filter) ([]members.Row, error) {
	n, err := s.members.Count(ctx, f)
	if err != nil {
		return nil, err
	}
	if n > maxScan {
		return nil, errs.New(errs.Invalid, "err.invites.too_many", errs.Params{"Max": MaxRecipients, "Count": n})
	}
	var out []members.Row
	for len(out) < n {
		page, err := s.members.List(ctx, members.Query{Filter: f, Sort: "rfm", Desc: true, Offset: len(out), Limit: members.MaxLimit})
		if err != nil {
			return nil, err
		}
		if len(page) == 0 {
			break
		}
		out = append(out, page...)
	}
	return out, nil
}

// skipped are the members a new batch leaves out.
type skipped struct {
	inGroup map[int64]bool // joined the group
	recent  map[int64]bool // invited (copied or sent) within the recent days
	queued  map[int64]bool // waiting in a queue, not yet copied
}

func (s *Service) skips(ctx context.Context, group int64) (skipped, error) {
	sk := skipped{inGroup: map[int64]bool{}, recent: map[int64]bool{}, queued: map[int64]bool{}}
	st, err := s.Settings(ctx)
	if err != nil {
		return sk, err
	}
	if group != 0 {
		ids, err := members.JoinedIDs(ctx, s.db.Read(), group)
		if err != nil {
			return sk, err
		}
		for _, id := range ids {
			sk.inGroup[id] = true
		}
	}
	if st.RecentDays > 0 {
		since := store.Stamp(s.now().AddDate(0, 0, -st.RecentDays))
		if err := s.ids(ctx, sk.recent, `SELECT member_id FROM invite_drafts WHERE coalesce(sent_at, copied_at) >= ?`, since); err != nil {
			return sk, err
		}
	}
	return sk, s.ids(ctx, sk.queued, `SELECT member_id FROM invite_drafts WHERE state = 'drafted'`)
}

func (s *Service) ids(ctx context.Context, into map[int64]bool, q string, args ...any) error {
	rows, err := s.db.Read().QueryContext(ctx, q, args...)
	if err != nil {
		return errs.Wrap(err, "read members to skip")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return errs.Wrap(err, "read members to skip")
		}
		into[id] = true
	}
	return errs.Wrap(rows.Err(), "read members to skip")
}
