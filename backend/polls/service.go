package polls

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Service stores polls and their votes.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService returns a Service on db.
func NewService(db *store.DB) *Service { return &Service{db: db, now: time.Now} }

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Create stores a new draft poll.
func (s *Service) Create(ctx context.Context, in Input) (Poll, error) {
	if err := in.Validate(); err != nil {
		return Poll{}, err
	}
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := store.Stamp(s.now())
		res, err := tx.ExecContext(ctx, `INSERT INTO polls (question, multiple, max_choices, anonymous, hide_results,
			deadline, group_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
			in.Question, in.Multiple, in.MaxChoices, in.Anonymous, in.HideResults, timeOrNil(in.Deadline), idOrNil(in.GroupID), now, now)
		if err != nil {
			return errs.Wrap(err, "insert poll")
		}
		id, _ = res.LastInsertId()
		return writeOptions(ctx, tx, id, in.Options)
	})
	if err != nil {
		return Poll{}, err
	}
	return s.Get(ctx, id)
}

// Update saves the editor's changes; the options of a poll that has votes
// can be renamed but not added or removed.
func (s *Service) Update(ctx context.Context, id int64, in Input) (Poll, error) {
	if err := in.Validate(); err != nil {
		return Poll{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		p, err := getPoll(ctx, tx, id)
		if err != nil {
			return err
		}
		if len(p.Options) != len(in.Options) && hasVotes(ctx, tx, id) {
			return errs.New(errs.Conflict, "err.polls.options_locked", nil)
		}
		_, err = tx.ExecContext(ctx, `UPDATE polls SET question = ?, multiple = ?, max_choices = ?, anonymous = ?,
			hide_results = ?, deadline = ?, group_id = ?, updated_at = ? WHERE id = ?`,
			in.Question, in.Multiple, in.MaxChoices, in.Anonymous, in.HideResults, timeOrNil(in.Deadline),
			idOrNil(in.GroupID), store.Stamp(s.now()), id)
		if err != nil {
			return errs.Wrap(err, "update poll")
		}
		return writeOptions(ctx, tx, id, in.Options)
	})
	if err != nil {
		return Poll{}, err
	}
	return s.Get(ctx, id)
}

// SetStatus opens, closes or reopens a poll.
func (s *Service) SetStatus(ctx context.Context, id int64, status string) (Poll, error) {
	if status != StatusDraft && status != StatusOpen && status != StatusClosed {
		return Poll{}, errs.New(errs.Invalid, "err.polls.status", errs.Params{"Value": status})
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := getPoll(ctx, tx, id); err != nil {
			return err
		}
		var closed any
		if status == StatusClosed {
			closed = store.Stamp(s.now())
		}
		_, err := tx.ExecContext(ctx, `UPDATE polls SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?`,
			status, closed, store.Stamp(s.now()), id)
		return errs.Wrap(err, "set poll status")
	})
	if err != nil {
		return Poll{}, err
	}
	return s.Get(ctx, id)
}

// Delete removes a poll and its votes.
func (s *Service) Delete(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := getPoll(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM polls WHERE id = ?`, id)
		return errs.Wrap(err, "delete poll")
	})
}

// Get returns one poll.
func (s *Service) Get(ctx context.Context, id int64) (Poll, error) {
	var p Poll
	err := s.db.Tx(ctx, func(tx *sql.Tx) (err error) { p, err = getPoll(ctx, tx, id); return err })
	return p, err
}

// List returns every poll, newest first.
func (s *Service) List(ctx context.Context) ([]Poll, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+pollColumns+` FROM polls ORDER BY id DESC`)
	if err != nil {
		return nil, errs.Wrap(err, "list polls")
	}
	defer rows.Close()
	out := []Poll{}
	for rows.Next() {
		p, err := scanPoll(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "list polls")
	}
	for i := range out {
		if out[i].Options, err = readOptions(ctx, s.db.Read(), out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func notFound(id int64) error {
	return errs.New(errs.NotFound, "err.polls.not_found", errs.Params{"ID": id})
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
