package rewards

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// An invitee counts for their inviter once they actually joined: they have
// a membership with status joined (in the campaign's group, when it names
// one). The day they count on is the earliest such membership's joined
// date; a joined membership with no date counts from the day the link was
// recorded; a link from a queue batch without a group (no membership made)
// counts from the day its draft was marked joined, when no group is asked.
// Invitees in the trash do not count.

// joinedLink is a link with the day its invitee counts from ("": not
// joined).
type joinedLink struct {
	inviter, invitee int64
	source           string
	joined           string
	label            members.Label
}

// joinedLinks reads the links (of inviter; 0: every inviter's) of live
// invitees and works out when each joined (in group; 0: any), in one
// snapshot.
func (s *Service) joinedLinks(ctx context.Context, group, inviter int64) ([]joinedLink, error) {
	tx, err := s.db.Read().BeginTx(ctx, nil)
	if err != nil {
		return nil, errs.Wrap(err, "count invited")
	}
	defer tx.Rollback()
	links, created, joinedOn, err := readLinks(ctx, tx, inviter)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(links))
	for i, l := range links {
		ids[i] = l.invitee
	}
	labels, err := members.LabelsByID(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	firsts, err := members.FirstJoins(ctx, tx, group, ids)
	if err != nil {
		return nil, err
	}
	out := links[:0]
	for i, l := range links {
		if lb, ok := labels[l.invitee]; ok && !lb.Trashed {
			l.label = lb
			l.joined = joinedDay(firsts, l.invitee, created[i], joinedOn[i], group)
			out = append(out, l)
		}
	}
	return out, nil
}

// joinedDay is the day an invitee counts from: see above.
func joinedDay(firsts map[int64]members.FirstJoin, invitee int64, created string, joinedOn sql.NullString, group int64) string {
	f, ok := firsts[invitee]
	switch {
	case !ok && group == 0:
		return joinedOn.String
	case !ok:
		return ""
	case f.Undated && (f.Day == "" || created[:min(10, len(created))] < f.Day):
		return created[:min(10, len(created))]
	}
	return f.Day
}

// readLinks reads the links of inviter (0: all), with when each was
// recorded and the day its draft was marked joined (queue links).
func readLinks(ctx context.Context, q store.Queryer, inviter int64) ([]joinedLink, []string, []sql.NullString, error) {
	rows, err := q.QueryContext(ctx, `SELECT inviter_id, invitee_id, source, created_at, joined_on FROM invite_links
		WHERE ?1 = 0 OR inviter_id = ?1`, inviter)
	if err != nil {
		return nil, nil, nil, errs.Wrap(err, "count invited")
	}
	defer rows.Close()
	var links []joinedLink
	var created []string
	var joinedOn []sql.NullString
	for rows.Next() {
		var l joinedLink
		var c string
		var j sql.NullString
		if err := rows.Scan(&l.inviter, &l.invitee, &l.source, &c, &j); err != nil {
			return nil, nil, nil, errs.Wrap(err, "count invited")
		}
		links, created, joinedOn = append(links, l), append(created, c), append(joinedOn, j)
	}
	return links, created, joinedOn, errs.Wrap(rows.Err(), "count invited")
}

// InvitedCount is how many people member invited who joined (any group)
// between from and to, both days included: what a badge such as 邀请达人
// reads.
func (s *Service) InvitedCount(ctx context.Context, member int64, from, to time.Time) (int, error) {
	counts, err := s.countsOf(ctx, 0, member, day(from), day(to))
	return counts[member], err
}

// InvitedCounts is InvitedCount for every inviter with at least one, in
// one pass: inviter id -> count.
func (s *Service) InvitedCounts(ctx context.Context, from, to time.Time) (map[int64]int, error) {
	return s.counts(ctx, 0, day(from), day(to))
}

// counts counts each inviter's invitees joined (in group) within [from, to].
func (s *Service) counts(ctx context.Context, group int64, from, to string) (map[int64]int, error) {
	return s.countsOf(ctx, group, 0, from, to)
}

func (s *Service) countsOf(ctx context.Context, group, inviter int64, from, to string) (map[int64]int, error) {
	links, err := s.joinedLinks(ctx, group, inviter)
	out := map[int64]int{}
	for _, l := range links {
		if l.joined != "" && l.joined >= from && l.joined <= to {
			out[l.inviter]++
		}
	}
	return out, err
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
	links, err := s.joinedLinks(ctx, 0, member)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(links, func(a, b joinedLink) int {
		return cmp.Or(cmp.Compare(a.label.NickSort, b.label.NickSort), cmp.Compare(a.invitee, b.invitee))
	})
	out := make([]Invitee, 0, len(links))
	for _, l := range links {
		out = append(out, Invitee{ID: l.invitee, Nickname: l.label.Nickname, Source: l.source, Joined: l.joined})
	}
	return out, nil
}

// InvitedNth is, for every member who invited at least n people who joined,
// the day (YYYY-MM-DD) the n-th of them joined: when an 邀请达人 badge is
// earned.
func (s *Service) InvitedNth(ctx context.Context, n int) (map[int64]string, error) {
	links, err := s.joinedLinks(ctx, 0, 0)
	if err != nil {
		return nil, err
	}
	by := map[int64][]joinedLink{}
	for _, l := range links {
		if l.joined != "" {
			by[l.inviter] = append(by[l.inviter], l)
		}
	}
	out := map[int64]string{}
	for inviter, ls := range by {
		if len(ls) < n || n < 1 {
			continue
		}
		slices.SortFunc(ls, func(a, b joinedLink) int {
			return cmp.Or(cmp.Compare(a.joined, b.joined), cmp.Compare(a.invitee, b.invitee))
		})
		out[inviter] = ls[n-1].joined
	}
	return out, nil
}
