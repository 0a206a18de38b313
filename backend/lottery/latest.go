package lottery

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Latest is a recent draw as a summary: its winners counted.
type Latest struct {
	ID       int64
	Title    string
	Status   string
	Entrants int
	Winners  int
	At       string // RFC 3339: drawn, else frozen
}

// LatestOf lists a group's (0: every group's) n latest draws, newest first.
func LatestOf(ctx context.Context, q store.Queryer, group int64, n int) ([]Latest, error) {
	rows, err := q.QueryContext(ctx, `SELECT l.id, l.title, l.status, l.entrants, coalesce(l.drawn_at, l.frozen_at),
		(SELECT count(*) FROM lottery_picks k WHERE k.lottery_id = l.id AND k.tier >= 0)
		FROM lotteries l WHERE ?1 = 0 OR l.group_id = ?1
		ORDER BY coalesce(l.drawn_at, l.frozen_at) DESC, l.id DESC LIMIT ?2`, group, n)
	if err != nil {
		return nil, errs.Wrap(err, "latest draws")
	}
	defer rows.Close()
	out := []Latest{}
	for rows.Next() {
		var w Latest
		if err := rows.Scan(&w.ID, &w.Title, &w.Status, &w.Entrants, &w.At, &w.Winners); err != nil {
			return nil, errs.Wrap(err, "latest draws")
		}
		out = append(out, w)
	}
	return out, errs.Wrap(rows.Err(), "latest draws")
}
