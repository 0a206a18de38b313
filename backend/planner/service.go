package planner

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Service stores planner items, rules, violations and admins.
type Service struct {
	db     *store.DB
	owners Owners
	now    func() time.Time
}

// RoleSetter sets a member's role in a group (every group of theirs when
// group is 0) inside tx: members.SetRole, which owns memberships (planner
// cannot import members, whose dashboard imports planner).
type RoleSetter func(ctx context.Context, tx *sql.Tx, member, group int64, role string) error

// NewService returns a Service on db that reads and writes the tables of
// other packages through owners.
func NewService(db *store.DB, owners Owners) *Service {
	return &Service{db: db, owners: owners, now: time.Now}
}

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Create stores an item, or every occurrence of its recurrence, in one
// transaction; occurrences share a series.
func (s *Service) Create(ctx context.Context, in Input, rec Recurrence) ([]Item, error) {
	in.Normalize()
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if err := rec.Validate(in.Start); err != nil {
		return nil, err
	}
	var ids []int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) (err error) {
		ids, err = s.createAll(ctx, tx, []Input{in}, rec, "")
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.byIDs(ctx, ids)
}

// createAll inserts each input at every start of rec.
func (s *Service) createAll(ctx context.Context, tx *sql.Tx, ins []Input, rec Recurrence, template string) ([]int64, error) {
	var all []Input
	for _, in := range ins {
		for _, start := range rec.Expand(in.Start) {
			in.Start = start
			all = append(all, in)
		}
	}
	by := made{template: template}
	if rec.Freq != Once {
		by.repeat = rec.JSON()
	}
	return s.insertSeries(ctx, tx, all, by)
}

// insertSeries inserts the items; with more than one they share a series
// named after the first.
func (s *Service) insertSeries(ctx context.Context, tx *sql.Tx, all []Input, by made) ([]int64, error) {
	if len(all) > 0 {
		if err := s.checkGroup(ctx, tx, all[0].GroupID); err != nil {
			return nil, err
		}
	}
	now := store.Stamp(s.now())
	ids := make([]int64, 0, len(all))
	for _, in := range all {
		id, err := insertItem(ctx, tx, in, by, now)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 { // a series uses its topic once, on its first item
			if err := useTopic(ctx, tx, in, id, now); err != nil {
				return nil, err
			}
		}
		ids = append(ids, id)
	}
	if len(ids) > 1 {
		_, err := tx.ExecContext(ctx, `UPDATE planner_items SET series = ? WHERE id BETWEEN ? AND ?`,
			fmt.Sprintf("s%d", ids[0]), ids[0], ids[len(ids)-1])
		return ids, errs.Wrap(err, "name series")
	}
	return ids, nil
}

// Update saves the editor's changes to one item.
func (s *Service) Update(ctx context.Context, id int64, in Input) (Item, error) {
	in.Normalize()
	if err := in.Validate(); err != nil {
		return Item{}, err
	}
	return s.change(ctx, id, func(tx *sql.Tx, _ Item) error {
		if err := s.checkGroup(ctx, tx, in.GroupID); err != nil {
			return err
		}
		if err := useTopic(ctx, tx, in, id, store.Stamp(s.now())); err != nil {
			return err
		}
		return updateItem(ctx, tx, id, in, store.Stamp(s.now()))
	})
}

// Move places an item at a new start with a new length (drag and resize).
func (s *Service) Move(ctx context.Context, id int64, start time.Time, minutes int) (Item, error) {
	return s.change(ctx, id, func(tx *sql.Tx, it Item) error {
		it.Start, it.Minutes = start, minutes
		if err := it.Input.Validate(); err != nil {
			return err
		}
		return updateItem(ctx, tx, id, it.Input, store.Stamp(s.now()))
	})
}

// Duplicate copies an item to a new start; the copy is not done and
// belongs to no series.
func (s *Service) Duplicate(ctx context.Context, id int64, start time.Time) (Item, error) {
	var newID int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		it, err := s.getItem(ctx, tx, id)
		if err != nil {
			return err
		}
		it.Start = start
		newID, err = insertItem(ctx, tx, it.Input, made{template: it.Template}, store.Stamp(s.now()))
		return err
	})
	if err != nil {
		return Item{}, err
	}
	return s.getItem(ctx, s.db.Read(), newID)
}

// SetDone marks an item done (now) or not done.
func (s *Service) SetDone(ctx context.Context, id int64, done bool) (Item, error) {
	return s.change(ctx, id, func(tx *sql.Tx, _ Item) error {
		var at any
		if done {
			at = store.Stamp(s.now())
		}
		_, err := tx.ExecContext(ctx, `UPDATE planner_items SET done_at = ?, updated_at = ? WHERE id = ?`,
			at, store.Stamp(s.now()), id)
		return errs.Wrap(err, "mark planner item")
	})
}

// Delete removes an item, or with series every item of its series; it
// returns how many went. Topics they used go back to their bank unused.
func (s *Service) Delete(ctx context.Context, id int64, series bool) (int, error) {
	var n int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		it, err := s.getItem(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := releaseTopics(ctx, tx, id, series, it.Series); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM planner_items WHERE id = ? OR (? AND series != '' AND series = ?)`,
			id, series, it.Series)
		if err != nil {
			return errs.Wrap(err, "delete planner item")
		}
		n, _ = res.RowsAffected()
		return nil
	})
	return int(n), err
}

// Range selects items starting in [From, To), of one group or (0) all.
type Range struct {
	From, To time.Time
	GroupID  int64
	OwnerID  int64 // 0: any owner
}

// List returns the items of a range in time order.
func (s *Service) List(ctx context.Context, r Range) ([]Item, error) {
	return s.queryItems(ctx, s.db.Read(), `i.starts_at >= ? AND i.starts_at < ? AND (? = 0 OR i.group_id = ?)
		AND (? = 0 OR i.owner_id = ?)`, Wall(r.From), Wall(r.To), r.GroupID, r.GroupID, r.OwnerID, r.OwnerID)
}

// Get returns one item.
func (s *Service) Get(ctx context.Context, id int64) (Item, error) {
	return s.getItem(ctx, s.db.Read(), id)
}

func (s *Service) change(ctx context.Context, id int64, fn func(tx *sql.Tx, it Item) error) (Item, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		it, err := s.getItem(ctx, tx, id)
		if err != nil {
			return err
		}
		return fn(tx, it)
	})
	if err != nil {
		return Item{}, err
	}
	return s.getItem(ctx, s.db.Read(), id)
}

func (s *Service) byIDs(ctx context.Context, ids []int64) ([]Item, error) {
	if len(ids) == 0 {
		return []Item{}, nil
	}
	return s.queryItems(ctx, s.db.Read(), `i.id BETWEEN ? AND ?`, ids[0], ids[len(ids)-1])
}

// DB is the database the service works on.
func (s *Service) DB() *store.DB { return s.db }
