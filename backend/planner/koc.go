package planner

import (
	"context"
	"database/sql"
	"slices"

	"qunzhu/backend/errs"
)

// Candidate is a KOC (a member who starts topics and answers others) not
// yet on the team.
type Candidate struct {
	MemberID  int64
	Nickname  string
	Tier      string
	GroupID   int64 // a group they are in, 0 for none
	GroupName string
}

// Candidates lists the KOC members of a group (0: any) who are no admins.
func (s *Service) Candidates(ctx context.Context, groupID int64) ([]Candidate, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT m.id, m.nickname, t.tier, COALESCE(ms.group_id, 0), COALESCE(g.name, '')
		FROM member_tiers t JOIN members m ON m.id = t.member_id
		LEFT JOIN memberships ms ON ms.member_id = m.id AND ms.status = 'joined' AND (?1 = 0 OR ms.group_id = ?1)
		LEFT JOIN groups g ON g.id = ms.group_id
		WHERE t.koc = 1 AND m.deleted_at IS NULL AND (?1 = 0 OR ms.group_id IS NOT NULL)
			AND NOT EXISTS (SELECT 1 FROM planner_admins a WHERE a.member_id = m.id)
		GROUP BY m.id ORDER BY t.frequency DESC, m.id LIMIT 100`, groupID)
	if err != nil {
		return nil, errs.Wrap(err, "query candidates")
	}
	defer rows.Close()
	out := []Candidate{}
	for rows.Next() {
		var c Candidate
		if err := rows.Scan(&c.MemberID, &c.Nickname, &c.Tier, &c.GroupID, &c.GroupName); err != nil {
			return nil, errs.Wrap(err, "scan candidate")
		}
		out = append(out, c)
	}
	return out, errs.Wrap(rows.Err(), "read candidates")
}

// Promotion makes a member an admin, with a note of why.
type Promotion struct {
	MemberID int64
	GroupID  int64
	Layer    string
	Note     string
}

// Promote makes a member an admin in one step: the admin named after the
// member, and their role in the group set to the layer, in one transaction.
func (s *Service) Promote(ctx context.Context, p Promotion) (int64, error) {
	if !slices.Contains(Layers, p.Layer) {
		return 0, errs.Fields{"layer": {Key: "err.planner.layer", Params: errs.Params{"Value": p.Layer}}}.Err()
	}
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var name string
		if err := tx.QueryRowContext(ctx, `SELECT nickname FROM members WHERE id = ? AND deleted_at IS NULL`, p.MemberID).Scan(&name); err != nil {
			return errs.New(errs.NotFound, "err.planner.no_member", errs.Params{"ID": p.MemberID})
		}
		in := AdminInput{Name: name, Layer: p.Layer, MemberID: p.MemberID, GroupID: p.GroupID, Note: p.Note}
		if err := in.Validate(); err != nil {
			return err
		}
		var err error
		if id, err = s.putAdmin(ctx, tx, 0, in); err != nil {
			return err
		}
		return s.setRole(ctx, tx, p.MemberID, p.GroupID, p.Layer)
	})
	return id, err
}
