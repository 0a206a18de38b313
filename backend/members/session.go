package members

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
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

// Match finds who a sender is, by the identity rule, lowest id first:
//   - with an id, the member holding platform+pid; when nobody holds it, the
//     live members on platform with the exact display name (fold.Name) that
//     hold no id there (a record known by name only may be this person; one
//     with another id is someone else);
//   - without an id, every live member on platform with that exact name.
//
// More than one is ambiguous: the caller asks, it never picks silently.
// Folding (case, width, emoji, pinyin) never matches.
func (x *Session) Match(platform, pid, nickname string) ([]int64, error) {
	return matchSender(x.w.ctx, x.w.tx, platform, pid, nickname)
}

// MatchSender is Match outside a transaction (previews).
func (s *Service) MatchSender(ctx context.Context, platform, pid, nickname string) ([]int64, error) {
	return matchSender(ctx, s.db.Read(), platform, pid, nickname)
}

// maxCandidates bounds how many members an ambiguous name lists.
const maxCandidates = 20

func matchSender(ctx context.Context, q store.Queryer, platform, pid, nickname string) ([]int64, error) {
	if pid != "" {
		var id int64
		err := q.QueryRowContext(ctx, `SELECT member_id FROM identities WHERE platform = ? AND platform_id = ?`, platform, pid).Scan(&id)
		if err == sql.ErrNoRows {
			return namedAs(ctx, q, platform, fold.Name(nickname), withoutID)
		}
		if err != nil {
			return nil, errs.Wrap(err, "find identity")
		}
		return []int64{id}, nil
	}
	return namedAs(ctx, q, platform, fold.Name(nickname), "")
}

// withoutID keeps the members holding no id on their platform.
const withoutID = ` AND NOT EXISTS (SELECT 1 FROM identities i WHERE i.member_id = m.id AND i.platform = m.platform)`

// namedAs lists the live members on platform whose display name is name
// (and who meet the extra condition, if any).
func namedAs(ctx context.Context, q store.Queryer, platform, name, extra string) ([]int64, error) {
	if name == "" {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT m.id FROM members m INDEXED BY members_nick
		WHERE m.nick_key = ? AND m.platform = ? AND m.name_key = ? AND m.deleted_at IS NULL`+extra+` ORDER BY m.id LIMIT ?`,
		fold.Likeness(name), platform, name, maxCandidates)
	if err != nil {
		return nil, errs.Wrap(err, "find name")
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "find name")
		}
		ids = append(ids, id)
	}
	return ids, errs.Wrap(rows.Err(), "find name")
}
