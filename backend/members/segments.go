package members

import (
	"context"
	"database/sql"
	"strings"
	"time"
	"unicode/utf8"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// Segment is a named filter, re-evaluated each time it is used.
type Segment struct {
	ID        int64
	Name      string
	Filter    Filter
	CreatedAt time.Time
	UpdatedAt time.Time
}

// MaxSegmentName caps a segment's name.
const MaxSegmentName = 40

// Segments lists the saved segments by name.
func (s *Service) Segments(ctx context.Context) ([]Segment, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, name, filter, created_at, updated_at FROM segments ORDER BY name_key`)
	if err != nil {
		return nil, errs.Wrap(err, "list segments")
	}
	defer rows.Close()
	out := []Segment{}
	for rows.Next() {
		var sg Segment
		var filter, created, updated string
		if err := rows.Scan(&sg.ID, &sg.Name, &filter, &created, &updated); err != nil {
			return nil, errs.Wrap(err, "list segments")
		}
		sg.Filter, _ = DecodeFilter(filter)
		sg.CreatedAt, sg.UpdatedAt = store.ParseStampOrZero(created), store.ParseStampOrZero(updated)
		out = append(out, sg)
	}
	return out, errs.Wrap(rows.Err(), "list segments")
}

// Segment returns one segment.
func (s *Service) Segment(ctx context.Context, id int64) (Segment, error) {
	all, err := s.Segments(ctx)
	for _, sg := range all {
		if sg.ID == id {
			return sg, nil
		}
	}
	if err == nil {
		err = errs.New(errs.NotFound, "err.segment.not_found", errs.Params{"ID": id})
	}
	return Segment{}, err
}

// SegmentByName finds a segment by its name (case- and width-insensitive).
func (s *Service) SegmentByName(ctx context.Context, name string) (Segment, error) {
	all, err := s.Segments(ctx)
	for _, sg := range all {
		if fold.Key(sg.Name) == fold.Key(name) {
			return sg, nil
		}
	}
	if err == nil {
		err = errs.New(errs.NotFound, "err.segment.not_found_name", errs.Params{"Name": name})
	}
	return Segment{}, err
}

// SaveSegment creates (id 0) or renames/refilters a segment.
func (s *Service) SaveSegment(ctx context.Context, id int64, name string, f Filter) (Segment, error) {
	name = strings.TrimSpace(name)
	fe := errs.Fields{}
	if name == "" {
		fe.Add("name", "err.field.required", nil)
	}
	if utf8.RuneCountInString(name) > MaxSegmentName {
		fe.Add("name", "err.field.too_long", errs.Params{"Max": MaxSegmentName})
	}
	if err := fe.Err(); err != nil {
		return Segment{}, err
	}
	if err := f.Validate(); err != nil {
		return Segment{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = putSegment(ctx, tx, id, name, f, store.Stamp(s.now()))
		return err
	})
	if err != nil {
		return Segment{}, err
	}
	return s.Segment(ctx, id)
}

func putSegment(ctx context.Context, tx *sql.Tx, id int64, name string, f Filter, now string) (int64, error) {
	var res sql.Result
	var err error
	if id == 0 {
		res, err = tx.ExecContext(ctx, `INSERT INTO segments(name, name_key, filter, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?)`, name, fold.Key(name), f.Encode(), now, now)
	} else {
		res, err = tx.ExecContext(ctx, `UPDATE segments SET name = ?, name_key = ?, filter = ?, updated_at = ?
			WHERE id = ?`, name, fold.Key(name), f.Encode(), now, id)
	}
	var se *sqlite.Error
	if asSQLite(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE {
		fe := errs.Fields{}
		fe.Add("name", "err.segment.name_taken", nil)
		return 0, fe.Err()
	}
	if err != nil {
		return 0, errs.Wrap(err, "save segment")
	}
	if id == 0 {
		return res.LastInsertId()
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, errs.New(errs.NotFound, "err.segment.not_found", errs.Params{"ID": id})
	}
	return id, nil
}

// DeleteSegment removes a segment (the members it selects stay).
func (s *Service) DeleteSegment(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM segments WHERE id = ?`, id)
		if err != nil {
			return errs.Wrap(err, "delete segment")
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return errs.New(errs.NotFound, "err.segment.not_found", errs.Params{"ID": id})
		}
		return nil
	})
}
