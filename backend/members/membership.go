package members

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Membership is a member's place in a group.
type Membership struct {
	GroupID   int64
	GroupName string
	Role      string
	Status    string
	JoinedAt  *time.Time
	LeftAt    *time.Time
}

// Validate checks the role and status.
func (m Membership) Validate() error {
	f := errs.Fields{}
	if !slices.Contains(Roles, m.Role) {
		f.Add("role", "err.member.role", errs.Params{"Value": m.Role})
	}
	if !slices.Contains(Statuses, m.Status) {
		f.Add("status", "err.member.status", errs.Params{"Value": m.Status})
	}
	return f.Err()
}

// putMembership adds the member to the group, or updates the role and
// status of an existing membership (keeping its joined date).
func putMembership(ctx context.Context, tx *sql.Tx, memberID int64, m Membership) error {
	if err := m.Validate(); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO memberships(group_id, member_id, role, status, joined_at, left_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(group_id, member_id) DO UPDATE SET role = excluded.role, status = excluded.status,
			joined_at = coalesce(memberships.joined_at, excluded.joined_at), left_at = excluded.left_at`,
		m.GroupID, memberID, m.Role, m.Status, dateText(m.JoinedAt), dateText(m.LeftAt))
	return errs.Wrap(err, "put membership")
}

func loadMemberships(ctx context.Context, q store.Queryer, id int64) ([]Membership, error) {
	rows, err := q.QueryContext(ctx, `SELECT g.id, g.name, m.role, m.status, m.joined_at, m.left_at
		FROM memberships m JOIN groups g ON g.id = m.group_id WHERE m.member_id = ? ORDER BY g.name_key`, id)
	if err != nil {
		return nil, errs.Wrap(err, "load memberships")
	}
	defer rows.Close()
	out := []Membership{}
	for rows.Next() {
		var m Membership
		var joined, left sql.NullString
		if err := rows.Scan(&m.GroupID, &m.GroupName, &m.Role, &m.Status, &joined, &left); err != nil {
			return nil, errs.Wrap(err, "scan membership")
		}
		m.JoinedAt, m.LeftAt = parseDate(joined), parseDate(left)
		out = append(out, m)
	}
	return out, errs.Wrap(rows.Err(), "load memberships")
}
