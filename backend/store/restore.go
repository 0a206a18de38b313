package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"os"
	"path/filepath"

	"modernc.org/sqlite"

	"qunzhu/backend/errs"
)

// readOnly is the DSN opening the file at path read-only (SQLite's
// mode=ro, which only a file: URI carries), with the schema untrusted.
func readOnly(path string) (string, error) {
	abs, err := filepath.Abs(path)
	return fileURI(abs) + "?mode=ro&_pragma=busy_timeout(5000)&_pragma=trusted_schema(0)", err
}

// Inspect opens a database file read-only and returns its schema version,
// failing when it is not a sound Qunzhu database exactly as its migrations
// made it (see verify), or is newer than this app. Nothing in the file is
// run.
func Inspect(ctx context.Context, path string) (int, error) {
	name := filepath.Base(path)
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return 0, errs.New(errs.NotFound, "err.backup.not_found", errs.Params{"Name": name})
	}
	dsn, err := readOnly(path)
	if err != nil {
		return 0, errs.Wrap(err, "resolve "+name)
	}
	conn, err := sql.Open("sqlite", dsn)
	if err != nil {
		return 0, errs.Wrap(err, "open "+name)
	}
	defer conn.Close()
	v, err := verify(ctx, conn) // first: quick_check evaluates the schema's CHECK constraints
	if err := backupError(name, v, err); err != nil {
		return v, err
	}
	var ok string
	if err := conn.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&ok); err != nil || ok != "ok" {
		return 0, errs.New(errs.Invalid, "err.backup.corrupt", errs.Params{"Name": name})
	}
	return v, nil
}

// backupError is verify's outcome for the backup file name, as the user
// reads it.
func backupError(name string, v int, err error) error {
	var newer newerError
	switch {
	case errors.As(err, &newer):
		return errs.New(errs.Conflict, "err.db.newer",
			errs.Params{"Path": name, "DBVersion": newer.version, "AppVersion": LatestVersion()})
	case errors.Is(err, errForeign):
		return errs.New(errs.Invalid, "err.backup.foreign", errs.Params{"Name": name})
	case err != nil || v == 0:
		return errs.New(errs.Invalid, "err.backup.corrupt", errs.Params{"Name": name})
	}
	return nil
}

type restorer interface {
	NewRestore(srcURI string) (*sqlite.Backup, error)
}

// RestoreFrom replaces the live database's content with the file at src,
// through SQLite's online backup API on the writer connection (so readers
// never see a half-copied file), checks the copy as it checked the file
// (which may have changed meanwhile), then migrates it to the current
// schema. On an error after the copy the content is the file's: the caller
// puts its own safety copy back.
func (db *DB) RestoreFrom(ctx context.Context, src string) error {
	if _, err := Inspect(ctx, src); err != nil {
		return err
	}
	dsn, err := readOnly(src)
	if err != nil {
		return errs.Wrap(err, "restore: resolve")
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return errs.Wrap(err, "restore: writer")
	}
	err = conn.Raw(func(dc any) error { return restorePages(dc, dsn) })
	conn.Close()
	if err != nil {
		return errs.Wrap(err, "restore "+filepath.Base(src))
	}
	v, err := verify(ctx, db.write)
	if err := backupError(filepath.Base(src), v, err); err != nil {
		return err
	}
	return db.Migrate(ctx)
}

func restorePages(dc any, src string) error {
	r, ok := dc.(restorer)
	if !ok {
		return driver.ErrSkip
	}
	b, err := r.NewRestore(src)
	if err != nil {
		return err
	}
	for {
		more, err := b.Step(-1)
		if err != nil {
			b.Finish()
			return err
		}
		if !more {
			return b.Finish()
		}
	}
}
