package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"os"
	"path/filepath"

	"modernc.org/sqlite"

	"qunzhu/backend/errs"
)

// Inspect opens a database file read-only and returns its schema version,
// failing when it is not a sound Qunzhu database or is newer than this app.
func Inspect(ctx context.Context, path string) (int, error) {
	name := filepath.Base(path)
	if _, err := os.Stat(path); err != nil {
		return 0, errs.New(errs.NotFound, "err.backup.not_found", errs.Params{"Name": name})
	}
	conn, err := sql.Open("sqlite", path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return 0, errs.Wrap(err, "open "+name)
	}
	defer conn.Close()
	var ok string
	if err := conn.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&ok); err != nil || ok != "ok" {
		return 0, errs.New(errs.Invalid, "err.backup.corrupt", errs.Params{"Name": name})
	}
	v, err := versionOf(ctx, conn)
	if err != nil || v == 0 {
		return 0, errs.New(errs.Invalid, "err.backup.corrupt", errs.Params{"Name": name})
	}
	if latest := LatestVersion(); v > latest {
		return 0, errs.New(errs.Conflict, "err.db.newer",
			errs.Params{"Path": name, "DBVersion": v, "AppVersion": latest})
	}
	return v, nil
}

type restorer interface {
	NewRestore(srcURI string) (*sqlite.Backup, error)
}

// RestoreFrom replaces the live database's content with the file at src,
// through SQLite's online backup API on the writer connection (so readers
// never see a half-copied file), then migrates it to the current schema.
func (db *DB) RestoreFrom(ctx context.Context, src string) error {
	if _, err := Inspect(ctx, src); err != nil {
		return err
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return errs.Wrap(err, "restore: writer")
	}
	err = conn.Raw(func(dc any) error { return restorePages(dc, src) })
	conn.Close()
	if err != nil {
		return errs.Wrap(err, "restore "+filepath.Base(src))
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
