package planner

import (
	"context"
	"database/sql"
	"slices"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
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
	q := s.db.Read()
	admins, err := adminMembers(ctx, q)
	if err != nil {
		return nil, err
	}
	out, err := s.owners.KOCs(ctx, q, groupID, admins, 100)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(out))
	for _, c := range out {
		if c.GroupID != 0 {
			ids = append(ids, c.GroupID)
		}
	}
	names, err := s.groupNames(ctx, q, ids)
	for i := range out {
		out[i].GroupName = names[out[i].GroupID]
	}
	return out, err
}

// adminMembers lists the members who are admins.
func adminMembers(ctx context.Context, q store.Queryer) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id FROM planner_admins WHERE member_id IS NOT NULL`)
	if err != nil {
		return nil, errs.Wrap(err, "read admins")
	}
	defer rows.Close()
	out := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "read admins")
		}
		out = append(out, id)
	}
	return out, errs.Wrap(rows.Err(), "read admins")
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
		who, err := s.people(ctx, tx, []int64{p.MemberID})
		if err != nil {
			return err
		}
		if !who[p.MemberID].Live {
			return errs.New(errs.NotFound, "err.planner.no_member", errs.Params{"ID": p.MemberID})
		}
		in := AdminInput{Name: who[p.MemberID].Nickname, Layer: p.Layer, MemberID: p.MemberID, GroupID: p.GroupID, Note: p.Note}
		if err := in.Validate(); err != nil {
			return err
		}
		if id, err = s.putAdmin(ctx, tx, 0, in); err != nil {
			return err
		}
		return s.owners.SetRole(ctx, tx, p.MemberID, p.GroupID, p.Layer)
	})
	return id, err
}
