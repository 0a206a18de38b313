package groups

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// Service stores groups in a Qunzhu database.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService returns a Service on db.
func NewService(db *store.DB) *Service {
	return &Service{db: db, now: time.Now}
}

// Filter selects which groups List returns.
type Filter struct {
	Archived bool // true: only archived groups; false: only active ones
}

const columns = `id, name, platform, purpose, custom_purpose, capacity, min_days_followed,
	min_fan_level, iron_fans_only, join_code, announcement, archived_at, created_at, updated_at`

// List returns the active (or the archived) groups, by name.
func (s *Service) List(ctx context.Context, f Filter) ([]Group, error) {
	q := `SELECT ` + columns + ` FROM groups WHERE archived_at IS NULL ORDER BY name_key, id`
	if f.Archived {
		q = `SELECT ` + columns + ` FROM groups WHERE archived_at IS NOT NULL ORDER BY name_key, id`
	}
	return queryGroups(ctx, s.db.Read(), q)
}

// Active counts the groups not archived.
func (s *Service) Active(ctx context.Context) (int, error) {
	var n int
	err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM groups WHERE archived_at IS NULL`).Scan(&n)
	return n, errs.Wrap(err, "count groups")
}

// Get returns one group.
func (s *Service) Get(ctx context.Context, id int64) (Group, error) {
	return getGroup(ctx, s.db.Read(), id)
}

// Create validates in and stores a new group.
func (s *Service) Create(ctx context.Context, in Input) (Group, error) {
	var g Group
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		id, err := s.insertGroup(ctx, tx, in)
		if err != nil {
			return err
		}
		g, err = getGroup(ctx, tx, id)
		return err
	})
	return g, err
}

// CreateMany stores all of ins in one transaction, or none of them. progress,
// when set, is called after each group with the count done so far.
func (s *Service) CreateMany(ctx context.Context, ins []Input, progress func(done, total int)) (int, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		for i, in := range ins {
			if ctx.Err() != nil {
				return errs.ErrCancelled
			}
			if _, err := s.insertGroup(ctx, tx, in); err != nil {
				return atRow(err, i+1)
			}
			if progress != nil {
				progress(i+1, len(ins))
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(ins), nil
}

// Update validates in and replaces the group's fields.
func (s *Service) Update(ctx context.Context, id int64, in Input) (Group, error) {
	var g Group
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.updateGroup(ctx, tx, id, in); err != nil {
			return err
		}
		var err error
		g, err = getGroup(ctx, tx, id)
		return err
	})
	return g, err
}

// Archive hides a group from the active list, keeping everything it holds.
func (s *Service) Archive(ctx context.Context, id int64) (Group, error) {
	return s.setArchived(ctx, id, true)
}

// Restore brings an archived group back to the active list.
func (s *Service) Restore(ctx context.Context, id int64) (Group, error) {
	return s.setArchived(ctx, id, false)
}

func (s *Service) setArchived(ctx context.Context, id int64, archived bool) (Group, error) {
	var g Group
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		now := store.Stamp(s.now())
		var at any
		if archived {
			at = now
		}
		res, err := tx.ExecContext(ctx, `UPDATE groups SET archived_at = ?, updated_at = ? WHERE id = ?`, at, now, id)
		if err := mustTouch(res, err, id); err != nil {
			return err
		}
		g, err = getGroup(ctx, tx, id)
		return err
	})
	return g, err
}

func atRow(err error, row int) error {
	e := errs.As(err)
	if e.Code != errs.Invalid {
		return err
	}
	out := *e
	out.Key = "err.import.row"
	out.Params = errs.Params{"Row": row}
	return &out
}

func mustTouch(res sql.Result, err error, id int64) error {
	if err != nil {
		return errs.Wrap(err, "update group")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": id})
	}
	return nil
}

var errNoRows = sql.ErrNoRows

func isNoRows(err error) bool { return errors.Is(err, errNoRows) }

func nameKey(name string) string { return fold.Key(name) }

// FindByName finds an active or archived group by name on any platform
// (case- and width-insensitive); a name used on two platforms is ambiguous.
func (s *Service) FindByName(ctx context.Context, name string) (Group, error) {
	found, err := queryGroups(ctx, s.db.Read(), `SELECT `+columns+` FROM groups WHERE name_key = ? ORDER BY id`, nameKey(name))
	if err != nil {
		return Group{}, err
	}
	switch len(found) {
	case 0:
		return Group{}, errs.New(errs.NotFound, "err.group.not_found_name", errs.Params{"Name": name})
	case 1:
		return found[0], nil
	}
	return Group{}, errs.New(errs.Conflict, "err.group.ambiguous", errs.Params{"Name": name, "Count": len(found)})
}
