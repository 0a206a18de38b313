package members

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Service stores members in a Qunzhu database.
type Service struct {
	db       *store.DB
	index    *Index
	now      func() time.Time
	rowByRow bool      // imports skip the chunked path (tests compare the two)
	events   EventHook // merges, undos and purges act on the events through it
}

// NewService returns a Service on db.
func NewService(db *store.DB) *Service {
	return &Service{db: db, index: NewIndex(db), now: time.Now}
}

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// write runs fn in one transaction with a writer, then updates the search index.
func (s *Service) write(ctx context.Context, fn func(w *writer) error) error {
	return s.writeIn(ctx, s.db.Tx, fn)
}

// writeIn is write in a transaction that run runs (store.DB.Tx or TxUnchecked).
func (s *Service) writeIn(ctx context.Context, run func(context.Context, func(*sql.Tx) error) error, fn func(w *writer) error) error {
	var w *writer
	err := run(ctx, func(tx *sql.Tx) error {
		var err error
		if w, err = newWriter(ctx, tx, s.now()); err != nil {
			return err
		}
		defer w.close()
		return fn(w)
	})
	if err == nil {
		s.index.apply(w.dirty)
	}
	return err
}

// Create validates in and stores a new member.
func (s *Service) Create(ctx context.Context, in Input) (Member, error) {
	in.Normalize()
	if err := in.Validate(); err != nil {
		return Member{}, err
	}
	var id int64
	err := s.write(ctx, func(w *writer) (err error) {
		id, err = w.insert(in)
		return err
	})
	if err != nil {
		return Member{}, err
	}
	return s.Get(ctx, id)
}

// Update validates in and replaces the member's fields and tags.
func (s *Service) Update(ctx context.Context, id int64, in Input) (Member, error) {
	in.Normalize()
	if err := in.Validate(); err != nil {
		return Member{}, err
	}
	err := s.write(ctx, func(w *writer) error {
		if _, err := getMember(ctx, w.tx, id); err != nil {
			return err
		}
		if _, err := w.tx.ExecContext(ctx, `DELETE FROM member_tags WHERE member_id = ?`, id); err != nil {
			return errs.Wrap(err, "clear tags")
		}
		return w.update(id, in)
	})
	if err != nil {
		return Member{}, err
	}
	return s.Get(ctx, id)
}

// Get returns a member with its identities, tags and groups.
func (s *Service) Get(ctx context.Context, id int64) (Member, error) {
	return getMember(ctx, s.db.Read(), id)
}

func getMember(ctx context.Context, q store.Queryer, id int64) (Member, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+rowColumns+`, m.notes FROM members m WHERE m.id = ?`, id)
	if err != nil {
		return Member{}, errs.Wrap(err, "get member")
	}
	m, found, err := scanMember(rows)
	if err != nil || !found {
		if err == nil {
			err = errs.New(errs.NotFound, "err.member.not_found", errs.Params{"ID": id})
		}
		return Member{}, err
	}
	if m.Identities, err = loadIdentities(ctx, q, id); err != nil {
		return Member{}, err
	}
	if m.Tags, err = loadTags(ctx, q, id); err != nil {
		return Member{}, err
	}
	m.Groups, err = loadMemberships(ctx, q, id)
	return m, err
}

// ForgetSearch drops the search index (after the database was replaced by
// a backup); the next search reloads it.
func (s *Service) ForgetSearch() { s.index.reset() }
