// Package store opens Qunzhu's SQLite file: pragmas in the DSN, reads on a
// pool, writes on a single connection, an exclusive lock against a second
// copy of the app, and embedded migrations.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/gofrs/flock"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"qunzhu/backend/errs"
)

// DB is an open Qunzhu database.
type DB struct {
	path     string
	read     *sql.DB
	write    *sql.DB
	lock     *flock.Flock
	verified bool // checkOpened passed: PRAGMA optimize may run at Close
}

// pragmas go in the DSN so every pooled connection gets them; busy_timeout
// first. trusted_schema off: the schema's views and triggers may not call
// functions with side effects.
const pragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)" +
	"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=trusted_schema(0)"

// Open locks and opens the database at path, creating it (and its folder)
// when missing, and refuses a file that is not a Qunzhu database as its
// migrations made it (see verify). It does not migrate: see Pending and
// Migrate.
func Open(ctx context.Context, path string) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, errs.Wrap(err, "resolve db path")
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, errs.Wrap(err, "create db folder")
	}
	lock, err := acquireLock(abs)
	if err != nil {
		return nil, err
	}
	db := &DB{path: abs, lock: lock}
	if err := db.openPools(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.checkOpened(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func acquireLock(abs string) (*flock.Flock, error) {
	lock := flock.New(abs + ".lock")
	ok, err := lock.TryLock()
	if err != nil {
		return nil, errs.Wrap(err, "lock db")
	}
	if !ok {
		return nil, errs.New(errs.Conflict, "err.db.locked", errs.Params{"Path": abs})
	}
	return lock, nil
}

func (db *DB) openPools(ctx context.Context) error {
	var err error
	// The writer gets a 64 MB page cache (imports touch many index pages) and
	// keeps statement journals in memory (multi-row inserts write one each).
	db.write, err = sql.Open("sqlite", fileURI(db.path)+"?"+pragmas+"&_pragma=cache_size(-65536)&_pragma=temp_store(memory)&_txlock=immediate")
	if err != nil {
		return errs.Wrap(err, "open writer")
	}
	db.write.SetMaxOpenConns(1)
	if err := db.write.PingContext(ctx); err != nil {
		return errs.New(errs.Invalid, "err.db.open", errs.Params{"Path": db.path})
	}
	db.read, err = sql.Open("sqlite", fileURI(db.path)+"?"+pragmas+"&_pragma=query_only(1)")
	if err != nil {
		return errs.Wrap(err, "open readers")
	}
	db.read.SetMaxOpenConns(max(4, runtime.NumCPU()))
	return nil
}

// Path is the database file's absolute path.
func (db *DB) Path() string { return db.path }

// Read is the pool for queries.
func (db *DB) Read() *sql.DB { return db.read }

// Write is the single writer connection; transactions begin IMMEDIATE.
func (db *DB) Write() *sql.DB { return db.write }

// Tx runs fn in one write transaction, committing when fn returns nil.
func (db *DB) Tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if ctx.Err() != nil {
		return errs.ErrCancelled
	}
	return runTx(ctx, func() (*sql.Tx, error) { return db.write.BeginTx(ctx, nil) }, fn)
}

// runTx runs fn in the transaction begin starts, committing when fn returns nil.
func runTx(ctx context.Context, begin func() (*sql.Tx, error), fn func(tx *sql.Tx) error) error {
	tx, err := begin()
	if err != nil {
		return errs.Wrap(err, "begin")
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		if ctx.Err() != nil {
			return errs.ErrCancelled
		}
		return err
	}
	return errs.Wrap(tx.Commit(), "commit")
}

// Close closes both pools and releases the lock.
func (db *DB) Close() error {
	if db.write != nil {
		if db.verified {
			_, _ = db.write.Exec("PRAGMA optimize")
		}
		db.write.Close()
	}
	if db.read != nil {
		db.read.Close()
	}
	if db.lock != nil {
		return db.lock.Unlock()
	}
	return nil
}

// VacuumInto writes a consistent, compacted copy of the database to dest.
func (db *DB) VacuumInto(ctx context.Context, dest string) error {
	if _, err := os.Stat(dest); err == nil {
		return errs.New(errs.Conflict, "err.backup.exists", errs.Params{"Name": filepath.Base(dest)})
	}
	defer allowVacuumInto(dest)()
	_, err := db.write.ExecContext(ctx, "VACUUM INTO ?", dest)
	db.shrinkWriter()
	return errs.Wrap(err, fmt.Sprintf("vacuum into %s", dest))
}

// shrinkWriter hands the writer's page cache back after a pass over the whole
// file: VACUUM INTO reads every page through it, which left up to its 64 MB
// allocated for the rest of the session (issue 16: the daily backup made the
// idle app ~95 MiB bigger).
func (db *DB) shrinkWriter() {
	_, _ = db.write.Exec("PRAGMA shrink_memory")
}
