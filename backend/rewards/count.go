package rewards

import (
	"context"
	"time"

	"qunzhu/backend/errs"
)

// An invitee counts for their inviter once they actually joined: they have
// a membership with status joined (in the campaign's group, when it names
// one). The day they count on is the earliest such membership's joined
// date; a joined membership with no date counts from the day the link was
// recorded; a link from a queue batch without a group (no membership made)
// counts from the day its draft was marked joined, when no group is asked.
// Invitees in the trash do not count.
const joinedSQL = `SELECT l.inviter_id, l.invitee_id, coalesce(
	(SELECT min(coalesce(ms.joined_at, substr(l.created_at, 1, 10))) FROM memberships ms
		WHERE ms.member_id = l.invitee_id AND ms.status = 'joined' AND (?1 = 0 OR ms.group_id = ?1)),
	CASE WHEN ?1 = 0 THEN l.joined_on END) AS joined
	FROM invite_links l JOIN members m ON m.id = l.invitee_id AND m.deleted_at IS NULL`

// countSQL counts each inviter's invitees joined within [?2, ?3].
const countSQL = `SELECT inviter_id, count(*) FROM (` + joinedSQL + `) WHERE joined BETWEEN ?2 AND ?3 GROUP BY inviter_id`

// InvitedCount is how many people member invited who joined (any group)
// between from and to, both days included: what a badge such as 邀请达人
// reads.
func (s *Service) InvitedCount(ctx context.Context, member int64, from, to time.Time) (int, error) {
	var n int
	err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM (`+joinedSQL+` WHERE l.inviter_id = ?4)
		WHERE joined BETWEEN ?2 AND ?3`, 0, day(from), day(to), member).Scan(&n)
	return n, errs.Wrap(err, "count invited")
}

// InvitedCounts is InvitedCount for every inviter with at least one, in
// one query: inviter id -> count.
func (s *Service) InvitedCounts(ctx context.Context, from, to time.Time) (map[int64]int, error) {
	return s.counts(ctx, 0, day(from), day(to))
}

func (s *Service) counts(ctx context.Context, group int64, from, to string) (map[int64]int, error) {
	rows, err := s.db.Read().QueryContext(ctx, countSQL, group, from, to)
	if err != nil {
		return nil, errs.Wrap(err, "count invited")
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, errs.Wrap(err, "count invited")
		}
		out[id] = n
	}
	return out, errs.Wrap(rows.Err(), "count invited")
}

// Invitee is a member someone invited.
type Invitee struct {
	ID       int64
	Nickname string
	Source   string
	Joined   string // YYYY-MM-DD they count from; "" when not joined
}

// Invitees lists whom member invited, by nickname.
func (s *Service) Invitees(ctx context.Context, member int64) ([]Invitee, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT j.invitee_id, m.nickname, l.source, coalesce(j.joined, '')
		FROM (`+joinedSQL+` WHERE l.inviter_id = ?2) j
		JOIN invite_links l ON l.invitee_id = j.invitee_id JOIN members m ON m.id = j.invitee_id
		ORDER BY m.nick_sort, m.id`, 0, member)
	if err != nil {
		return nil, errs.Wrap(err, "list invitees")
	}
	defer rows.Close()
	out := []Invitee{}
	for rows.Next() {
		var in Invitee
		if err := rows.Scan(&in.ID, &in.Nickname, &in.Source, &in.Joined); err != nil {
			return nil, errs.Wrap(err, "list invitees")
		}
		out = append(out, in)
	}
	return out, errs.Wrap(rows.Err(), "list invitees")
}

// nthSQL is, for each inviter with at least ?2 invitees who joined (any
// group), the day the ?2-th of them joined.
const nthSQL = `SELECT inviter_id, joined FROM (SELECT inviter_id, joined,
	row_number() OVER (PARTITION BY inviter_id ORDER BY joined, invitee_id) AS k
	FROM (` + joinedSQL + `) WHERE joined IS NOT NULL) WHERE k = ?2`

// InvitedNth is, for every member who invited at least n people who joined,
// the day (YYYY-MM-DD) the n-th of them joined: when an 邀请达人 badge is
// earned.
func (s *Service) InvitedNth(ctx context.Context, n int) (map[int64]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, nthSQL, 0, n)
	if err != nil {
		return nil, errs.Wrap(err, "count invited")
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var joined string
		if err := rows.Scan(&id, &joined); err != nil {
			return nil, errs.Wrap(err, "count invited")
		}
		out[id] = joined
	}
	return out, errs.Wrap(rows.Err(), "count invited")
}
