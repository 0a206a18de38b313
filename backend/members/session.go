package members

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

// Session is one write transaction that another package (activity imports)
// runs its own writes in, adding and finding members as it goes.
type Session struct{ w *writer }

// Session runs fn in one transaction: all of it or, on error, none.
func (s *Service) Session(ctx context.Context, fn func(x *Session) error) error {
	return s.write(ctx, func(w *writer) error { return fn(&Session{w}) })
}

// Tx is the session's transaction, for the caller's own tables.
func (x *Session) Tx() *sql.Tx { return x.w.tx }

// Now is the session's clock reading.
func (x *Session) Now() time.Time { return x.w.now }

// Prepare returns q prepared once for the session.
func (x *Session) Prepare(q string) (*sql.Stmt, error) {
	st, err := x.w.prepare(q)
	return st, errs.Wrap(err, "prepare")
}

// Create validates and stores a new member.
func (x *Session) Create(in Input) (int64, error) {
	in.Normalize()
	if err := in.Validate(); err != nil {
		return 0, err
	}
	return x.w.insert(in)
}

// Join puts a member in a group as a joined member since the day given,
// unless it is already there (then an earlier day replaces a later one).
func (x *Session) Join(memberID, groupID int64, since time.Time) error {
	_, err := x.w.tx.ExecContext(x.w.ctx, `INSERT INTO memberships (group_id, member_id, role, status, joined_at)
		VALUES (?, ?, 'member', 'joined', ?) ON CONFLICT(group_id, member_id) DO UPDATE
		SET joined_at = min(coalesce(joined_at, excluded.joined_at), excluded.joined_at)`,
		groupID, memberID, since.Format(dateLayout))
	return errs.Wrap(err, "join group")
}

// Match finds who a sender is: the holder of platform+pid when there is
// one, else the live members on platform with the nickname (the same folding
// as merge suggestions), lowest id first.
func (x *Session) Match(platform, pid, nickname string) ([]int64, error) {
	return matchSender(x.w.ctx, x.w.tx, platform, pid, nickname)
}

// MatchSender is Match outside a transaction (previews).
func (s *Service) MatchSender(ctx context.Context, platform, pid, nickname string) ([]int64, error) {
	return matchSender(ctx, s.db.Read(), platform, pid, nickname)
}

func matchSender(ctx context.Context, q queryer, platform, pid, nickname string) ([]int64, error) {
	if pid != "" {
		var id int64
		err := q.QueryRowContext(ctx, `SELECT member_id FROM identities WHERE platform = ? AND platform_id = ?`, platform, pid).Scan(&id)
		if err == nil {
			return []int64{id}, nil
		}
		if err != sql.ErrNoRows {
			return nil, errs.Wrap(err, "find identity")
		}
	}
	key := fold.Nick(nickname)
	if key == "" {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT id FROM members WHERE nick_key = ? AND platform = ? AND deleted_at IS NULL
		ORDER BY id LIMIT 10`, key, platform)
	if err != nil {
		return nil, errs.Wrap(err, "find nickname")
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "find nickname")
		}
		ids = append(ids, id)
	}
	return ids, errs.Wrap(rows.Err(), "find nickname")
}
