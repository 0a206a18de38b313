package rewards

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// MarkGiven records that member was handed the prize of the campaign's
// step for invites people. Only a step the member reached can be given.
func (s *Service) MarkGiven(ctx context.Context, campaign, member int64, invites int) error {
	st, err := s.Progress(ctx, campaign)
	if err != nil {
		return err
	}
	if !reached(st, member, invites) {
		return errs.New(errs.Invalid, "err.rewards.not_reached", errs.Params{"Invites": invites})
	}
	_, err = s.db.Write().ExecContext(ctx, `INSERT INTO rewards_given (campaign_id, member_id, invites, given_at) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, campaign, member, invites, store.Stamp(s.now()))
	return errs.Wrap(err, "mark given")
}

func reached(st Standing, member int64, invites int) bool {
	for _, p := range st.Inviters {
		for _, r := range p.Rewards {
			if p.MemberID == member && r.Invites == invites && r.Reached {
				return true
			}
		}
	}
	return false
}

// UnmarkGiven undoes MarkGiven.
func (s *Service) UnmarkGiven(ctx context.Context, campaign, member int64, invites int) error {
	res, err := s.db.Write().ExecContext(ctx, `DELETE FROM rewards_given WHERE campaign_id = ? AND member_id = ? AND invites = ?`,
		campaign, member, invites)
	if n, _ := rowsAffected(res, err); err == nil && n == 0 {
		return errs.New(errs.NotFound, "err.rewards.not_given", nil)
	}
	return errs.Wrap(err, "unmark given")
}

// given reads the rewards marked given: member -> step invites -> when.
func (s *Service) given(ctx context.Context, campaign int64) (map[int64]map[int]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT member_id, invites, given_at FROM rewards_given WHERE campaign_id = ?`, campaign)
	if err != nil {
		return nil, errs.Wrap(err, "read given")
	}
	defer rows.Close()
	out := map[int64]map[int]string{}
	for rows.Next() {
		var id int64
		var n int
		var at string
		if err := rows.Scan(&id, &n, &at); err != nil {
			return nil, errs.Wrap(err, "read given")
		}
		if out[id] == nil {
			out[id] = map[int]string{}
		}
		out[id][n] = at
	}
	return out, errs.Wrap(rows.Err(), "read given")
}
