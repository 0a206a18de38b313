package rewards

import (
	"context"
	"database/sql"
	"errors"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/groups"
	"qunzhu/backend/store"
)

// SaveCampaign creates a campaign (id 0) or replaces one's name, period,
// group and ladder, in one transaction.
func (s *Service) SaveCampaign(ctx context.Context, id int64, in CampaignInput) (Campaign, error) {
	if err := in.Validate(); err != nil {
		return Campaign{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) (err error) {
		if id, err = s.putCampaign(ctx, tx, id, in); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM reward_steps WHERE campaign_id = ?`, id); err != nil {
			return errs.Wrap(err, "replace steps")
		}
		for _, st := range in.Steps {
			_, err := tx.ExecContext(ctx, `INSERT INTO reward_steps (campaign_id, invites, prize) VALUES (?, ?, ?)`, id, st.Invites, st.Prize)
			if err != nil {
				return errs.Wrap(err, "save step")
			}
		}
		return nil
	})
	if err != nil {
		return Campaign{}, err
	}
	return s.Campaign(ctx, id)
}

func (s *Service) putCampaign(ctx context.Context, tx *sql.Tx, id int64, in CampaignInput) (int64, error) {
	now := store.Stamp(s.now())
	var err error
	if id == 0 {
		var res sql.Result
		res, err = tx.ExecContext(ctx, `INSERT INTO reward_campaigns (name, name_key, group_id, starts_on, ends_on, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, in.Name, fold.Key(in.Name), nullID(in.GroupID), in.From, in.To, now, now)
		if err == nil {
			id, err = res.LastInsertId()
		}
	} else {
		var res sql.Result
		res, err = tx.ExecContext(ctx, `UPDATE reward_campaigns SET name = ?, name_key = ?, group_id = ?, starts_on = ?, ends_on = ?,
			updated_at = ? WHERE id = ?`, in.Name, fold.Key(in.Name), nullID(in.GroupID), in.From, in.To, now, id)
		if n, _ := rowsAffected(res, err); err == nil && n == 0 {
			return 0, notFound(id)
		}
	}
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE {
		return 0, errs.Fields{"name": {Key: "err.rewards.name_taken", Params: errs.Params{"Name": in.Name}}}.Err()
	}
	if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY {
		return 0, errs.Fields{"groupId": {Key: "err.rewards.group_not_found"}}.Err()
	}
	return id, errs.Wrap(err, "save campaign")
}

func rowsAffected(res sql.Result, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func notFound(id int64) error {
	return errs.New(errs.NotFound, "err.rewards.campaign_not_found", errs.Params{"ID": id})
}

// DeleteCampaign deletes a campaign with its ladder and the rewards it
// marked given (the links stay: they are not the campaign's).
func (s *Service) DeleteCampaign(ctx context.Context, id int64) error {
	res, err := s.db.Write().ExecContext(ctx, `DELETE FROM reward_campaigns WHERE id = ?`, id)
	if n, _ := rowsAffected(res, err); err == nil && n == 0 {
		return notFound(id)
	}
	return errs.Wrap(err, "delete campaign")
}

const campaignCols = `SELECT c.id, c.name, coalesce(c.group_id, 0), c.starts_on, c.ends_on
	FROM reward_campaigns c `

// Campaigns lists the campaigns, the latest starting first.
func (s *Service) Campaigns(ctx context.Context) ([]Campaign, error) {
	rows, err := s.db.Read().QueryContext(ctx, campaignCols+`ORDER BY c.starts_on DESC, c.id DESC`)
	if err != nil {
		return nil, errs.Wrap(err, "list campaigns")
	}
	out := []Campaign{}
	for rows.Next() {
		var c Campaign
		if err := rows.Scan(&c.ID, &c.Name, &c.GroupID, &c.From, &c.To); err != nil {
			rows.Close()
			return nil, errs.Wrap(err, "list campaigns")
		}
		out = append(out, c)
	}
	rows.Close()
	if err := s.nameGroups(ctx, out); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Steps, err = s.steps(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, errs.Wrap(rows.Err(), "list campaigns")
}

// Campaign returns one campaign with its ladder.
func (s *Service) Campaign(ctx context.Context, id int64) (Campaign, error) {
	return s.campaignWhere(ctx, `WHERE c.id = ?`, id, func() error { return notFound(id) })
}

// CampaignNamed returns the campaign called name (compared by fold.Key,
// as names are kept unique).
func (s *Service) CampaignNamed(ctx context.Context, name string) (Campaign, error) {
	return s.campaignWhere(ctx, `WHERE c.name_key = ?`, fold.Key(name), func() error {
		return errs.New(errs.NotFound, "err.rewards.campaign_named", errs.Params{"Name": name})
	})
}

func (s *Service) campaignWhere(ctx context.Context, where string, arg any, missing func() error) (Campaign, error) {
	var c Campaign
	err := s.db.Read().QueryRowContext(ctx, campaignCols+where, arg).Scan(&c.ID, &c.Name, &c.GroupID, &c.From, &c.To)
	if errors.Is(err, sql.ErrNoRows) {
		return Campaign{}, missing()
	}
	if err != nil {
		return Campaign{}, errs.Wrap(err, "read campaign")
	}
	one := []Campaign{c}
	if err := s.nameGroups(ctx, one); err != nil {
		return Campaign{}, err
	}
	c = one[0]
	c.Steps, err = s.steps(ctx, c.ID)
	return c, err
}

// nameGroups fills in the campaigns' group names ("" for none).
func (s *Service) nameGroups(ctx context.Context, cs []Campaign) error {
	ids := make([]int64, 0, len(cs))
	for _, c := range cs {
		if c.GroupID != 0 {
			ids = append(ids, c.GroupID)
		}
	}
	names, err := groups.NamesByID(ctx, s.db.Read(), ids)
	for i := range cs {
		cs[i].GroupName = names[cs[i].GroupID]
	}
	return err
}

func (s *Service) steps(ctx context.Context, id int64) ([]Step, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT invites, prize FROM reward_steps WHERE campaign_id = ? ORDER BY invites`, id)
	if err != nil {
		return nil, errs.Wrap(err, "read steps")
	}
	defer rows.Close()
	out := []Step{}
	for rows.Next() {
		var st Step
		if err := rows.Scan(&st.Invites, &st.Prize); err != nil {
			return nil, errs.Wrap(err, "read steps")
		}
		out = append(out, st)
	}
	return out, errs.Wrap(rows.Err(), "read steps")
}
