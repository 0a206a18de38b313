package sample

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/backend/workspace"
)

// snapshot is what the database held before the sample went in, so that a
// run that fails can take everything it made out again. The sample only
// goes into a database without groups and members, so the tables with rows
// are a few small ones (the invitation and keyword state, templates or
// watch words made before the first group): those are kept whole, the
// others emptied. settings and schema_migrations are left alone: the
// sample writes no setting but dashboard_built, which stays true of empty
// summaries over no events.
type snapshot struct {
	empty []string         // tables without rows, in the order they were made
	kept  map[string]table // the tables with rows
}

// table is a table's rows, each as its values and as text to compare.
type table struct {
	cols []string
	rows [][]any
	text []string // sorted
}

// untouched are the tables a failed run leaves as they are.
var untouched = map[string]bool{"settings": true, "schema_migrations": true}

func snapshotOf(ctx context.Context, db *store.DB) (*snapshot, error) {
	names, err := tableNames(ctx, db.Read())
	if err != nil {
		return nil, err
	}
	s := &snapshot{kept: map[string]table{}}
	for _, name := range names {
		t, err := readTable(ctx, db.Read(), name)
		if err != nil {
			return nil, err
		}
		if len(t.rows) == 0 {
			s.empty = append(s.empty, name)
		} else {
			s.kept[name] = t
		}
	}
	return s, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// tableNames lists the data tables in the order they were made.
func tableNames(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY rowid`)
	if err != nil {
		return nil, errs.Wrap(err, "list tables")
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, errs.Wrap(err, "list tables")
		}
		if !untouched[name] {
			names = append(names, name)
		}
	}
	return names, errs.Wrap(rows.Err(), "list tables")
}

func readTable(ctx context.Context, q querier, name string) (table, error) {
	rows, err := q.QueryContext(ctx, `SELECT * FROM "`+name+`"`)
	if err != nil {
		return table{}, errs.Wrap(err, "read "+name)
	}
	defer rows.Close()
	var t table
	if t.cols, err = rows.Columns(); err != nil {
		return table{}, errs.Wrap(err, "read "+name)
	}
	for rows.Next() {
		vals := make([]any, len(t.cols))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return table{}, errs.Wrap(err, "read "+name)
		}
		t.rows = append(t.rows, vals)
		t.text = append(t.text, fmt.Sprintf("%#v", vals)) // as byText
	}
	slices.Sort(t.text)
	return t, errs.Wrap(rows.Err(), "read "+name)
}

// restore takes out, in one transaction, everything made since the
// snapshot: the tables empty then are emptied again, the others put back
// as they were if they changed. The triggers that keep lotteries on record
// and count the dashboard's last events are dropped meanwhile and put back
// as they were; foreign keys are checked at the commit. Cached search
// data is forgotten.
func (s *snapshot) restore(ctx context.Context, ws *workspace.Workspace) error {
	defer ws.Members.ForgetSearch()
	return ws.DB.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
			return errs.Wrap(err, "defer foreign keys")
		}
		return store.WithoutTriggers(ctx, tx, "", func() error {
			for _, name := range slices.Backward(s.empty) { // children first
				if _, err := tx.ExecContext(ctx, `DELETE FROM "`+name+`"`); err != nil {
					return errs.Wrap(err, "empty "+name)
				}
			}
			for name, t := range s.kept {
				if err := t.putBack(ctx, tx, name); err != nil {
					return err
				}
			}
			return s.check(ctx, tx)
		})
	})
}

// putBack makes the table's rows those of t again, row by row so that no
// unchanged row is deleted (nor cascades to others).
func (t table) putBack(ctx context.Context, tx *sql.Tx, name string) error {
	now, err := readTable(ctx, tx, name)
	if err != nil || slices.Equal(now.text, t.text) {
		return err
	}
	was, is := t.byText(), now.byText()
	match := make([]string, len(t.cols))
	for i, c := range t.cols {
		match[i] = `"` + c + `" IS ?`
	}
	for text, row := range is {
		if _, ok := was[text]; !ok {
			if _, err := tx.ExecContext(ctx, `DELETE FROM "`+name+`" WHERE `+strings.Join(match, " AND "), row...); err != nil {
				return errs.Wrap(err, "restore "+name)
			}
		}
	}
	ins := `INSERT INTO "` + name + `" ("` + strings.Join(t.cols, `", "`) + `") VALUES (` +
		strings.TrimSuffix(strings.Repeat("?, ", len(t.cols)), ", ") + `)`
	for text, row := range was {
		if _, ok := is[text]; !ok {
			if _, err := tx.ExecContext(ctx, ins, row...); err != nil {
				return errs.Wrap(err, "restore "+name)
			}
		}
	}
	return nil
}

func (t table) byText() map[string][]any {
	m := make(map[string][]any, len(t.rows))
	for _, row := range t.rows {
		m[fmt.Sprintf("%#v", row)] = row
	}
	return m
}

// check tells whether the kept tables hold their rows as before.
func (s *snapshot) check(ctx context.Context, tx *sql.Tx) error {
	for name, t := range s.kept {
		now, err := readTable(ctx, tx, name)
		if err != nil {
			return err
		}
		if !slices.Equal(now.text, t.text) {
			return errs.Wrap(fmt.Errorf("%s differs after the restore", name), "restore")
		}
	}
	return nil
}
