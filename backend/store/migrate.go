package store

import (
	"context"
	"database/sql"
	"embed"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"qunzhu/backend/errs"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migration is one embedded schema step, numbered by its file name prefix.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations lists the embedded migrations in order.
func Migrations() []Migration {
	names, _ := fs.Glob(migrationFS, "migrations/*.sql")
	sort.Strings(names)
	out := make([]Migration, 0, len(names))
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			panic("migration without a number: " + base)
		}
		body, _ := migrationFS.ReadFile(n)
		out = append(out, Migration{Version: v, Name: base, SQL: string(body)})
	}
	return out
}

// LatestVersion is the schema version this build of the app writes.
func LatestVersion() int {
	m := Migrations()
	return m[len(m)-1].Version
}

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)`

// Version is the highest migration recorded in the database (0 when new).
func (db *DB) Version(ctx context.Context) (int, error) {
	return versionOf(ctx, db.write)
}

func versionOf(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var n int
	err := q.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'`).Scan(&n)
	if err != nil || n == 0 {
		return 0, errs.Wrap(err, "read schema version")
	}
	var v sql.NullInt64
	err = q.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), errs.Wrap(err, "read schema version")
}

// Pending returns the migrations not yet applied, or an error when the
// database was made by a newer version of the app.
func (db *DB) Pending(ctx context.Context) ([]Migration, error) {
	v, err := db.Version(ctx)
	if err != nil {
		return nil, err
	}
	if latest := LatestVersion(); v > latest {
		return nil, errs.New(errs.Conflict, "err.db.newer",
			errs.Params{"Path": db.path, "DBVersion": v, "AppVersion": latest})
	}
	var out []Migration
	for _, m := range Migrations() {
		if m.Version > v {
			out = append(out, m)
		}
	}
	return out, nil
}

// Migrate applies the pending migrations in order, one transaction each.
func (db *DB) Migrate(ctx context.Context) error {
	return db.MigrateTo(ctx, LatestVersion())
}

// MigrateTo applies the pending migrations up to version (an older schema,
// as an older version of the app would leave it).
func (db *DB) MigrateTo(ctx context.Context, version int) error {
	pending, err := db.Pending(ctx)
	if err != nil {
		return err
	}
	for _, m := range pending {
		if m.Version > version {
			break
		}
		if err := db.Tx(ctx, func(tx *sql.Tx) error { return applyMigration(ctx, tx, m) }); err != nil {
			return err
		}
	}
	return db.markQunzhu(ctx)
}

func applyMigration(ctx context.Context, tx *sql.Tx, m Migration) error {
	if _, err := tx.ExecContext(ctx, createMigrationsTable); err != nil {
		return errs.Wrap(err, "create schema_migrations")
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return errs.Wrap(err, "migration "+m.Name)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name) VALUES (?, ?)`, m.Version, m.Name)
	return errs.Wrap(err, "record migration "+m.Name)
}
