package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

// CountMatches is how many drafts match a live member, by the identity
// rule: by platform id, or (rows without one) by exact name on the same
// platform (reading only).
func (s *Service) CountMatches(ctx context.Context, drafts []Draft) (int, error) {
	conn, err := s.db.Read().Conn(ctx)
	if err != nil {
		return 0, errs.Wrap(err, "count matches")
	}
	defer conn.Close()
	byID, err := conn.PrepareContext(ctx, `SELECT 1 FROM identities i JOIN members m ON m.id = i.member_id
		WHERE i.platform = ? AND i.platform_id = ? AND m.deleted_at IS NULL`)
	if err != nil {
		return 0, errs.Wrap(err, "count matches")
	}
	defer byID.Close()
	byName, err := conn.PrepareContext(ctx, `SELECT 1 FROM members INDEXED BY members_nick
		WHERE nick_key = ? AND platform = ? AND name_key = ? AND deleted_at IS NULL LIMIT 1`)
	if err != nil {
		return 0, errs.Wrap(err, "count matches")
	}
	defer byName.Close()
	n := 0
	for _, d := range drafts {
		name := fold.Name(d.Nickname)
		if d.PlatformID != "" && hit(ctx, byID, d.Platform, d.PlatformID) ||
			d.PlatformID == "" && name != "" && hit(ctx, byName, fold.Likeness(name), d.Platform, name) {
			n++
		}
	}
	return n, nil
}

func hit(ctx context.Context, st *sql.Stmt, args ...any) bool {
	var one int
	return st.QueryRowContext(ctx, args...).Scan(&one) == nil
}
