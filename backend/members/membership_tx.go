package members

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
)

// The writes other packages make to memberships, inside their own
// transaction: members owns the table, so no other package names it in
// SQL that writes.

// JoinGroup records member as joined in group on day: a new membership, or
// an existing one (left, invited ...) back to joined, keeping the first
// joined date and role.
func JoinGroup(ctx context.Context, tx *sql.Tx, group, member int64, day time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO memberships (group_id, member_id, role, status, joined_at) VALUES (?, ?, 'member', 'joined', ?)
		ON CONFLICT (group_id, member_id) DO UPDATE SET status = 'joined', left_at = NULL,
		joined_at = coalesce(memberships.joined_at, excluded.joined_at)`, group, member, day.Format(dateLayout))
	return errs.Wrap(err, "join group")
}

// SetRole sets member's role in group, or in every group of theirs when
// group is 0.
func SetRole(ctx context.Context, tx *sql.Tx, member, group int64, role string) error {
	_, err := tx.ExecContext(ctx, `UPDATE memberships SET role = ? WHERE member_id = ? AND (? = 0 OR group_id = ?)`,
		role, member, group, group)
	return errs.Wrap(err, "set role")
}

// Dating is when a member joined a group and, if they left, when.
type Dating struct {
	Group, Member int64
	Joined        time.Time
	Left          time.Time // zero: still in the group
}

// DateJoins is a prepared statement that sets the joined (and left) dates
// and status of existing memberships, for writing many in one transaction.
type DateJoins struct{ stmt *sql.Stmt }

// PrepareDateJoins prepares DateJoins in tx; Close it when done.
func PrepareDateJoins(ctx context.Context, tx *sql.Tx) (*DateJoins, error) {
	stmt, err := tx.PrepareContext(ctx, `UPDATE memberships SET joined_at = ?, status = ?, left_at = ?
		WHERE group_id = ? AND member_id = ?`)
	if err != nil {
		return nil, errs.Wrap(err, "prepare joins")
	}
	return &DateJoins{stmt: stmt}, nil
}

// Date writes one membership's dates: status joined, or left when Left is set.
func (d *DateJoins) Date(ctx context.Context, in Dating) error {
	status, left := "joined", any(nil)
	if !in.Left.IsZero() {
		status, left = "left", in.Left.Format(dateLayout)
	}
	_, err := d.stmt.ExecContext(ctx, in.Joined.Format(dateLayout), status, left, in.Group, in.Member)
	return errs.Wrap(err, "date join")
}

// Close releases the statement.
func (d *DateJoins) Close() error { return d.stmt.Close() }
