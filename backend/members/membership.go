package members

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
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

// loadMemberships reads a member's groups, by their names' sort keys.
func loadMemberships(ctx context.Context, q store.Queryer, id int64) ([]Membership, error) {
	rows, err := q.QueryContext(ctx, `SELECT group_id, role, status, joined_at, left_at
		FROM memberships WHERE member_id = ? ORDER BY group_id`, id)
	if err != nil {
		return nil, errs.Wrap(err, "load memberships")
	}
	var all []Membership
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var m Membership
		var joined, left sql.NullString
		err := rows.Scan(&m.GroupID, &m.Role, &m.Status, &joined, &left)
		m.JoinedAt, m.LeftAt = parseDate(joined), parseDate(left)
		all = append(all, m)
		return err
	})
	if err != nil {
		return nil, errs.Wrap(err, "scan membership")
	}
	ids := make([]int64, len(all))
	for i, m := range all {
		ids[i] = m.GroupID
	}
	labels, err := groups.Labels(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	out := []Membership{}
	for _, m := range all {
		if l, ok := labels[m.GroupID]; ok {
			m.GroupName = l.Name
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b Membership) int {
		return strings.Compare(labels[a.GroupID].Key, labels[b.GroupID].Key)
	})
	return out, nil
}
