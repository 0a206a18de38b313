package dashboard

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Funnel counts the invitations of the scope (batches for the group, or all)
// by how far they got: invited → joined → active → core (the members' tiers now).
type Funnel struct {
	Invited, Copied, Sent, Joined, Active, Core int
}

// Poll is a recent vote.
type Poll struct {
	ID        int64
	Question  string
	Status    string
	Voters    int
	CreatedAt string // RFC 3339
}

// Draw is a recent lottery.
type Draw struct {
	ID       int64
	Title    string
	Status   string
	Entrants int
	Winners  int
	At       string // RFC 3339: drawn, else frozen
}

// recentCount is how many recent votes and draws the dashboard lists.
const recentCount = 5

func readFunnel(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	f := &d.Funnel
	err := q.QueryRowContext(ctx, `SELECT count(*), count(d.copied_at), count(d.sent_at),
		count(*) FILTER (WHERE d.state = 'joined'),
		count(*) FILTER (WHERE d.state = 'joined' AND t.tier IN ('active', 'core')),
		count(*) FILTER (WHERE d.state = 'joined' AND t.tier = 'core')
		FROM invite_drafts d JOIN invite_batches b ON b.id = d.batch_id
		LEFT JOIN member_tiers t ON t.member_id = d.member_id
		WHERE d.state <> 'skipped' AND (?1 = 0 OR b.group_id = ?1)`, r.GroupID).
		Scan(&f.Invited, &f.Copied, &f.Sent, &f.Joined, &f.Active, &f.Core)
	return errs.Wrap(err, "dashboard funnel")
}

func readPolls(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	rows, err := q.QueryContext(ctx, `SELECT p.id, p.question, p.status, p.created_at,
		(SELECT coalesce(sum(v.count), 0) FROM poll_votes v WHERE v.poll_id = p.id)
		FROM polls p WHERE ?1 = 0 OR p.group_id = ?1 ORDER BY p.created_at DESC, p.id DESC LIMIT ?2`,
		r.GroupID, recentCount)
	if err != nil {
		return errs.Wrap(err, "dashboard polls")
	}
	d.Polls = []Poll{}
	return scanAll(rows, "dashboard polls", func(rows *sql.Rows) error {
		var p Poll
		err := rows.Scan(&p.ID, &p.Question, &p.Status, &p.CreatedAt, &p.Voters)
		d.Polls = append(d.Polls, p)
		return err
	})
}

func readDraws(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	rows, err := q.QueryContext(ctx, `SELECT l.id, l.title, l.status, l.entrants, coalesce(l.drawn_at, l.frozen_at),
		(SELECT count(*) FROM lottery_picks k WHERE k.lottery_id = l.id AND k.tier >= 0)
		FROM lotteries l WHERE ?1 = 0 OR l.group_id = ?1
		ORDER BY coalesce(l.drawn_at, l.frozen_at) DESC, l.id DESC LIMIT ?2`, r.GroupID, recentCount)
	if err != nil {
		return errs.Wrap(err, "dashboard draws")
	}
	d.Draws = []Draw{}
	return scanAll(rows, "dashboard draws", func(rows *sql.Rows) error {
		var w Draw
		err := rows.Scan(&w.ID, &w.Title, &w.Status, &w.Entrants, &w.At, &w.Winners)
		d.Draws = append(d.Draws, w)
		return err
	})
}

// scanAll calls scan for every row, then closes rows.
func scanAll(rows *sql.Rows, what string, scan func(*sql.Rows) error) error {
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return errs.Wrap(err, what)
		}
	}
	return errs.Wrap(rows.Err(), what)
}
