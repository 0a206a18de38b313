package planner

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Admin layers: lead (总负责人), coordinator, admin.
var Layers = []string{"lead", "coordinator", "admin"}

// Limits on an admin.
const (
	MaxAdminName = 64
	MaxAdminNote = 300
	MaxCare      = 5000
)

// AdminInput is an admin as the team editor saves it.
type AdminInput struct {
	Name     string
	Layer    string
	MemberID int64 // the member they are, 0 when not in the list
	GroupID  int64 // the group they mostly run, 0 for all
	Note     string
}

// Admin is a stored admin with the members they look after and their
// planner items from today on.
type Admin struct {
	ID int64
	AdminInput
	Members  int
	Upcoming int
}

// Validate trims and checks the fields.
func (in *AdminInput) Validate() error {
	in.Name, in.Note = strings.TrimSpace(in.Name), strings.TrimSpace(in.Note)
	f := errs.Fields{}
	if in.Name == "" || utf8.RuneCountInString(in.Name) > MaxAdminName {
		f.Add("name", "err.planner.admin_name", errs.Params{"Max": MaxAdminName})
	}
	if !slices.Contains(Layers, in.Layer) {
		f.Add("layer", "err.planner.layer", errs.Params{"Value": in.Layer})
	}
	if utf8.RuneCountInString(in.Note) > MaxAdminNote {
		f.Add("note", "err.planner.admin_note", errs.Params{"Max": MaxAdminNote})
	}
	return f.Err()
}

// Admins lists the team, leads first.
func (s *Service) Admins(ctx context.Context) ([]Admin, error) {
	today := Wall(dayOf(s.now()))
	rows, err := s.db.Read().QueryContext(ctx, `SELECT a.id, a.name, a.layer, COALESCE(a.member_id, 0), COALESCE(a.group_id, 0), a.note,
		(SELECT COUNT(*) FROM planner_admin_members c WHERE c.admin_id = a.id),
		(SELECT COUNT(*) FROM planner_items i WHERE i.owner_id = a.id AND i.starts_at >= ? AND i.done_at IS NULL)
		FROM planner_admins a ORDER BY CASE a.layer WHEN 'lead' THEN 0 WHEN 'coordinator' THEN 1 ELSE 2 END, a.id`, today)
	if err != nil {
		return nil, errs.Wrap(err, "query admins")
	}
	defer rows.Close()
	out := []Admin{}
	for rows.Next() {
		var a Admin
		if err := rows.Scan(&a.ID, &a.Name, &a.Layer, &a.MemberID, &a.GroupID, &a.Note, &a.Members, &a.Upcoming); err != nil {
			return nil, errs.Wrap(err, "scan admin")
		}
		out = append(out, a)
	}
	return out, errs.Wrap(rows.Err(), "read admins")
}

// SaveAdmin creates (id 0) or updates an admin.
func (s *Service) SaveAdmin(ctx context.Context, id int64, in AdminInput) (int64, error) {
	if err := in.Validate(); err != nil {
		return 0, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) (err error) { id, err = s.putAdmin(ctx, tx, id, in); return err })
	return id, err
}

func (s *Service) putAdmin(ctx context.Context, tx *sql.Tx, id int64, in AdminInput) (int64, error) {
	if id == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO planner_admins (name, layer, member_id, group_id, note, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, in.Name, in.Layer, idOrNil(in.MemberID), idOrNil(in.GroupID), in.Note, store.Stamp(s.now()))
		if store.IsUnique(err) {
			return 0, errs.New(errs.Conflict, "err.planner.already_admin", nil)
		}
		if err != nil {
			return 0, errs.Wrap(err, "insert admin")
		}
		return res.LastInsertId()
	}
	res, err := tx.ExecContext(ctx, `UPDATE planner_admins SET name = ?, layer = ?, member_id = ?, group_id = ?, note = ? WHERE id = ?`,
		in.Name, in.Layer, idOrNil(in.MemberID), idOrNil(in.GroupID), in.Note, id)
	if store.IsUnique(err) {
		return 0, errs.New(errs.Conflict, "err.planner.already_admin", nil)
	}
	if err != nil {
		return 0, errs.Wrap(err, "update admin")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, errs.New(errs.NotFound, "err.planner.no_admin", errs.Params{"ID": id})
	}
	return id, nil
}

// DeleteAdmin removes an admin; their items and log entries keep no owner.
func (s *Service) DeleteAdmin(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM planner_admins WHERE id = ?`, id)
		if err != nil {
			return errs.Wrap(err, "delete admin")
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return errs.New(errs.NotFound, "err.planner.no_admin", errs.Params{"ID": id})
		}
		return nil
	})
}

// SetCare replaces the members an admin looks after, in one transaction.
func (s *Service) SetCare(ctx context.Context, adminID int64, memberIDs []int64) error {
	if len(memberIDs) > MaxCare {
		return errs.Fields{"members": {Key: "err.planner.care_count", Params: errs.Params{"Max": MaxCare}}}.Err()
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM planner_admin_members WHERE admin_id = ?`, adminID); err != nil {
			return errs.Wrap(err, "clear care")
		}
		for _, m := range memberIDs {
			_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO planner_admin_members (admin_id, member_id) VALUES (?, ?)`, adminID, m)
			if err != nil {
				return errs.New(errs.NotFound, "err.planner.care_member", errs.Params{"ID": m})
			}
		}
		return nil
	})
}

// Care lists the ids of the members an admin looks after.
func (s *Service) Care(ctx context.Context, adminID int64) ([]int64, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT member_id FROM planner_admin_members WHERE admin_id = ? ORDER BY member_id`, adminID)
	if err != nil {
		return nil, errs.Wrap(err, "read care")
	}
	defer rows.Close()
	out := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "scan care")
		}
		out = append(out, id)
	}
	return out, errs.Wrap(rows.Err(), "read care")
}
