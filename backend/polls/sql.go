package polls

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

const pollColumns = `id, question, multiple, max_choices, anonymous, hide_results, deadline, group_id, status,
	created_at, updated_at, closed_at`

type scanner interface{ Scan(dest ...any) error }

func scanPoll(r scanner) (Poll, error) {
	var p Poll
	var deadline, closed sql.NullString
	var group sql.NullInt64
	var created, updated string
	err := r.Scan(&p.ID, &p.Question, &p.Multiple, &p.MaxChoices, &p.Anonymous, &p.HideResults, &deadline, &group,
		&p.Status, &created, &updated, &closed)
	if err != nil {
		return Poll{}, err
	}
	p.GroupID = group.Int64
	p.Deadline = store.ParseNullStamp(deadline)
	p.ClosedAt = store.ParseNullStamp(closed)
	p.CreatedAt, _ = store.ParseStamp(created)
	p.UpdatedAt, _ = store.ParseStamp(updated)
	return p, nil
}

func getPoll(ctx context.Context, q store.Queryer, id int64) (Poll, error) {
	p, err := scanPoll(q.QueryRowContext(ctx, `SELECT `+pollColumns+` FROM polls WHERE id = ?`, id))
	if isNoRows(err) {
		return Poll{}, notFound(id)
	}
	if err != nil {
		return Poll{}, errs.Wrap(err, "get poll")
	}
	p.Options, err = readOptions(ctx, q, id)
	return p, err
}

func readOptions(ctx context.Context, q store.Queryer, id int64) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT label FROM poll_options WHERE poll_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, errs.Wrap(err, "read options")
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return nil, errs.Wrap(err, "read options")
		}
		out = append(out, l)
	}
	return out, errs.Wrap(rows.Err(), "read options")
}

func writeOptions(ctx context.Context, tx *sql.Tx, id int64, options []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM poll_options WHERE poll_id = ?`, id); err != nil {
		return errs.Wrap(err, "clear options")
	}
	for i, o := range options {
		if _, err := tx.ExecContext(ctx, `INSERT INTO poll_options (poll_id, idx, label) VALUES (?, ?, ?)`, id, i, o); err != nil {
			return errs.Wrap(err, "write option")
		}
	}
	return nil
}

func hasVotes(ctx context.Context, tx *sql.Tx, id int64) bool {
	var n int
	_ = tx.QueryRowContext(ctx, `SELECT count(*) FROM poll_votes WHERE poll_id = ? AND count > 0`, id).Scan(&n)
	return n > 0
}

func timeOrNil(t *time.Time) any {
	if t == nil {
		return nil
	}
	return store.Stamp(*t)
}

func idOrNil(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
