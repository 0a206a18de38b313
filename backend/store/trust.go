package store

import (
	"context"
	"errors"
	"slices"
	"strconv"

	"qunzhu/backend/errs"
)

// ApplicationID marks a SQLite file as Qunzhu's ("QZHU") in its header.
const ApplicationID = 0x515A4855

// errForeign: the file is not a database Qunzhu made, or was changed since.
var errForeign = errors.New("not a Qunzhu database as its migrations made it")

// newerError: the file was made by a newer Qunzhu, at version.
type newerError struct{ version int }

func (e newerError) Error() string { return "made by a newer Qunzhu" }

// verify checks that q holds a Qunzhu database as the migrations left it,
// and returns its version: its application id is Qunzhu's (or unset, as
// before Qunzhu set it), it records exactly the embedded migrations up to
// its version, and its schema is exactly theirs at that version. Nothing
// read from the file is run as SQL.
func verify(ctx context.Context, q Queryer) (int, error) {
	var id int64
	if err := q.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return 0, errs.Wrap(err, "read application id")
	}
	if id != 0 && id != ApplicationID {
		return 0, errForeign
	}
	rows, err := readSchema(ctx, q)
	if err != nil {
		return 0, err
	}
	v, err := recordedVersion(ctx, q, rows)
	if err != nil {
		return v, err
	}
	ref, err := referenceAt(ctx, v)
	if err != nil {
		return v, err
	}
	if !ref.matches(rows) {
		return v, errForeign
	}
	return v, nil
}

// recordedVersion reads the migrations the file records, once its
// schema_migrations is known to be the table Qunzhu makes, and checks they
// are the embedded ones up to the highest.
func recordedVersion(ctx context.Context, q Queryer, rows []schemaRow) (int, error) {
	i := slices.IndexFunc(rows, func(r schemaRow) bool { return r.Name == "schema_migrations" })
	if i < 0 {
		return 0, nil
	}
	latest, err := referenceAt(ctx, LatestVersion())
	if err != nil {
		return 0, err
	}
	if def, _ := latest.definition("table", "schema_migrations"); rows[i] != (schemaRow{"table", "schema_migrations", "schema_migrations", def}) {
		return 0, errForeign
	}
	recorded, err := readRecorded(ctx, q)
	if err != nil || len(recorded) == 0 {
		return 0, errForeign
	}
	v := recorded[len(recorded)-1].Version
	if v > LatestVersion() {
		return v, newerError{v}
	}
	if !slices.Equal(recorded, embeddedUpTo(v)) {
		return v, errForeign
	}
	return v, nil
}

func readRecorded(ctx context.Context, q Queryer) ([]Migration, error) {
	rows, err := q.QueryContext(ctx, `SELECT version, name FROM schema_migrations ORDER BY version`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Migration
	for rows.Next() {
		var m Migration
		if err := rows.Scan(&m.Version, &m.Name); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// embeddedUpTo lists the embedded migrations up to version, without their SQL.
func embeddedUpTo(version int) []Migration {
	var out []Migration
	for _, m := range Migrations() {
		if m.Version <= version {
			out = append(out, Migration{Version: m.Version, Name: m.Name})
		}
	}
	return out
}

// checkOpened verifies the database just opened (see verify) and marks it
// as Qunzhu's when it is not yet; a newer one is left for Pending to refuse.
func (db *DB) checkOpened(ctx context.Context) error {
	_, err := verify(ctx, db.write)
	var newer newerError
	switch {
	case errors.As(err, &newer):
		return nil // Pending refuses it; Close leaves it untouched
	case errors.Is(err, errForeign):
		return errs.New(errs.Invalid, "err.db.foreign", errs.Params{"Path": db.path})
	case err != nil:
		return err
	}
	db.verified = true
	return db.markQunzhu(ctx)
}

// markQunzhu sets the application id when it is not set yet.
func (db *DB) markQunzhu(ctx context.Context) error {
	var id int64
	err := db.write.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id)
	if err == nil && id != ApplicationID {
		_, err = db.write.ExecContext(ctx, "PRAGMA application_id = "+strconv.Itoa(ApplicationID))
	}
	return errs.Wrap(err, "set application id")
}
