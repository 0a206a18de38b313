package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"qunzhu/backend/errs"
)

// schemaRow is one row of sqlite_schema as it bears on trust: what it is,
// its name, its table and the SQL SQLite runs from it (rootpage is not
// compared: it is where the pages happen to be).
type schemaRow struct{ Type, Name, Table, SQL string }

// reference is the schema the embedded migrations make at one version.
type reference struct {
	rows     []schemaRow        // sorted
	made     []schemaRow        // in the order the migrations made them
	optional map[schemaRow]bool // the statistics tables ANALYZE (PRAGMA optimize) adds
}

// references caches the reference schema per version for the process.
var references = struct {
	sync.Mutex
	byVersion map[int]*reference
}{byVersion: map[int]*reference{}}

// referenceAt returns the schema migrations 1..version make: the embedded
// one for the latest version, else built once per process in a scratch
// database.
func referenceAt(ctx context.Context, version int) (*reference, error) {
	references.Lock()
	defer references.Unlock()
	if r := references.byVersion[version]; r != nil {
		return r, nil
	}
	if r := embedded(); r != nil && version == LatestVersion() {
		references.byVersion[version] = r
		return r, nil
	}
	r, err := buildReference(ctx, version)
	if err != nil {
		return nil, err
	}
	references.byVersion[version] = r
	return r, nil
}

// buildReference runs the migrations up to version into a file in a
// temporary folder (removed after) and reads its schema, before and after
// ANALYZE.
func buildReference(ctx context.Context, version int) (*reference, error) {
	dir, err := os.MkdirTemp("", "qunzhu-schema-")
	if err != nil {
		return nil, errs.Wrap(err, "reference schema: temp folder")
	}
	defer os.RemoveAll(dir)
	conn, err := sql.Open("sqlite", fileURI(filepath.Join(dir, "ref.db"))+"?_pragma=journal_mode(MEMORY)&_pragma=synchronous(OFF)")
	if err != nil {
		return nil, errs.Wrap(err, "reference schema: open")
	}
	defer conn.Close()
	conn.SetMaxOpenConns(1)
	if err := migrateScratch(ctx, conn, version); err != nil {
		return nil, err
	}
	r := &reference{optional: map[schemaRow]bool{}}
	if r.made, err = readSchemaInOrder(ctx, conn); err != nil {
		return nil, err
	}
	r.rows = slices.SortedFunc(slices.Values(r.made), compareRows)
	if _, err := conn.ExecContext(ctx, "ANALYZE"); err != nil {
		return nil, errs.Wrap(err, "reference schema: analyze")
	}
	analyzed, err := readSchema(ctx, conn)
	for _, row := range analyzed {
		if !slices.Contains(r.rows, row) {
			r.optional[row] = true
		}
	}
	return r, err
}

func migrateScratch(ctx context.Context, conn *sql.DB, version int) error {
	for _, m := range Migrations() {
		if m.Version > version {
			break
		}
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return errs.Wrap(err, "reference schema: begin")
		}
		if err := applyMigration(ctx, tx, m); err != nil {
			_ = tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return errs.Wrap(err, "reference schema: commit")
		}
	}
	return nil
}

// readSchema reads q's sqlite_schema, sorted.
func readSchema(ctx context.Context, q Queryer) ([]schemaRow, error) {
	out, err := readSchemaInOrder(ctx, q)
	slices.SortFunc(out, compareRows)
	return out, err
}

// readSchemaInOrder reads q's sqlite_schema in the order it was made.
func readSchemaInOrder(ctx context.Context, q Queryer) ([]schemaRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY rowid`)
	if err != nil {
		return nil, errs.Wrap(err, "read schema")
	}
	defer rows.Close()
	var out []schemaRow
	for rows.Next() {
		var r schemaRow
		if err := rows.Scan(&r.Type, &r.Name, &r.Table, &r.SQL); err != nil {
			return nil, errs.Wrap(err, "read schema")
		}
		out = append(out, r)
	}
	return out, errs.Wrap(rows.Err(), "read schema")
}

func compareRows(a, b schemaRow) int {
	return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.Name, b.Name),
		cmp.Compare(a.Table, b.Table), cmp.Compare(a.SQL, b.SQL))
}

// matches reports whether rows (sorted) are the reference's, give or take
// its optional statistics tables.
func (r *reference) matches(rows []schemaRow) bool {
	rows = slices.DeleteFunc(slices.Clone(rows), func(row schemaRow) bool { return r.optional[row] })
	return slices.Equal(rows, r.rows)
}

// definition is the SQL that makes the named object of kind ("table",
// "index", "trigger") at this version, and whether there is one.
func (r *reference) definition(kind, name string) (string, bool) {
	for _, row := range r.made {
		if row.Type == kind && row.Name == name {
			return row.SQL, true
		}
	}
	return "", false
}

// triggers are the triggers on table (every one when table is ""), in the
// order they were made.
func (r *reference) triggers(table string) []schemaRow {
	var out []schemaRow
	for _, row := range r.made {
		if row.Type == "trigger" && (table == "" || row.Table == table) {
			out = append(out, row)
		}
	}
	return out
}

// referenceOf is the reference schema at the version q records.
func referenceOf(ctx context.Context, q Queryer) (*reference, error) {
	v, err := versionOf(ctx, q)
	if err != nil {
		return nil, err
	}
	return referenceAt(ctx, v)
}

// IndexDefinition is the CREATE INDEX statement the embedded migrations
// make for the index name at q's version: what a bulk write that dropped
// the index runs to make it again (never the text stored in the file).
func IndexDefinition(ctx context.Context, tx *sql.Tx, name string) (string, error) {
	ref, err := referenceOf(ctx, tx)
	if err != nil {
		return "", err
	}
	def, ok := ref.definition("index", name)
	if !ok {
		return "", errs.Wrap(errors.New("no such index in the migrations"), "find index "+name)
	}
	return def, nil
}
