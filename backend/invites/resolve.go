package invites

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// maxScan caps how many members a selection may match before skips.
const maxScan = 4 * MaxRecipients

// Resolve works out whom a selection invites: the matching members, less
// those already in the group and those invited within the recent days.
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
	skipIn, skipRecent, err := s.skips(ctx, sel.GroupID)
	if err != nil {
		return Recipients{}, err
	}
	for _, r := range rows {
		switch {
		case skipIn[r.ID]:
			out.InGroup++
		case skipRecent[r.ID]:
			out.Recent++
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

// skips returns the members already in the group and those invited
// (copied or sent) within the recent days.
func (s *Service) skips(ctx context.Context, group int64) (inGroup, recent map[int64]bool, err error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, nil, err
	}
	inGroup, recent = map[int64]bool{}, map[int64]bool{}
	if group != 0 {
		if err := s.ids(ctx, inGroup, `SELECT member_id FROM memberships WHERE group_id = ? AND status = 'joined'`, group); err != nil {
			return nil, nil, err
		}
	}
	if st.RecentDays > 0 {
		since := stamp(s.now().AddDate(0, 0, -st.RecentDays))
		err = s.ids(ctx, recent, `SELECT member_id FROM invite_drafts WHERE coalesce(sent_at, copied_at) >= ?`, since)
	}
	return inGroup, recent, err
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
