package members

import (
	"context"

	"qunzhu/backend/store"
)

// Nickname returns a member's nickname, deleted or not; a missing member
// is sql.ErrNoRows.
func Nickname(ctx context.Context, q store.Queryer, id int64) (string, error) {
	var name string
	err := q.QueryRowContext(ctx, `SELECT nickname FROM members WHERE id = ?`, id).Scan(&name)
	return name, err
}

// LiveNickname returns the nickname of a member not deleted; a missing or
// deleted member is sql.ErrNoRows.
func LiveNickname(ctx context.Context, q store.Queryer, id int64) (string, error) {
	var name string
	err := q.QueryRowContext(ctx, `SELECT nickname FROM members WHERE id = ? AND deleted_at IS NULL`, id).Scan(&name)
	return name, err
}
