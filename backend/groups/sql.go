package groups

import (
	"context"
	"database/sql"
	"errors"
	"maps"
	"slices"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
	"qunzhu/backend/store"
)

type scanner interface{ Scan(dest ...any) error }

func (s *Service) insertGroup(ctx context.Context, tx *sql.Tx, in Input) (int64, error) {
	in.Normalize()
	if err := validateStored(ctx, tx, in, 0); err != nil {
		return 0, err
	}
	now := store.Stamp(s.now())
	res, err := tx.ExecContext(ctx, `INSERT INTO groups (name, name_key, platform, purpose, custom_purpose,
		capacity, min_days_followed, min_fan_level, iron_fans_only, join_code, announcement,
		created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		in.Name, nameKey(in.Name), in.Platform, in.Purpose, in.CustomPurpose, in.Capacity,
		in.MinDaysFollowed, in.MinFanLevel, in.IronFansOnly, in.JoinCode, in.Announcement, now, now)
	if err != nil {
		return 0, uniqueOr(err, "insert group")
	}
	id, err := res.LastInsertId()
	if err != nil || in.Rules == "" {
		return id, errs.Wrap(err, "insert group")
	}
	return id, putRules(ctx, tx, id, in.Rules)
}

func (s *Service) updateGroup(ctx context.Context, tx *sql.Tx, id int64, in Input) error {
	in.Normalize()
	if _, err := getGroup(ctx, tx, id); err != nil {
		return err
	}
	if err := validateStored(ctx, tx, in, id); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE groups SET name=?, name_key=?, platform=?, purpose=?,
		custom_purpose=?, capacity=?, min_days_followed=?, min_fan_level=?, iron_fans_only=?,
		join_code=?, announcement=?, updated_at=? WHERE id=?`,
		in.Name, nameKey(in.Name), in.Platform, in.Purpose, in.CustomPurpose, in.Capacity,
		in.MinDaysFollowed, in.MinFanLevel, in.IronFansOnly, in.JoinCode, in.Announcement,
		store.Stamp(s.now()), id)
	if err != nil {
		return uniqueOr(err, "update group")
	}
	if err := mustTouch(res, nil, id); err != nil {
		return err
	}
	return putRules(ctx, tx, id, in.Rules)
}

// putRules stores the form's rules text as the planner's rules, one a line:
// a group has one rule list, kept by the planner.
func putRules(ctx context.Context, tx *sql.Tx, id int64, text string) error {
	rules, err := planner.ValidateRuleText(text)
	if err != nil {
		return err
	}
	return planner.PutRules(ctx, tx, id, rules)
}

// validateStored checks in, and that no other group (but self) on its
// platform has its name, reporting every bad field at once.
func validateStored(ctx context.Context, q store.Queryer, in Input, self int64) error {
	f := errs.Fields{}
	if err := in.Validate(); err != nil {
		maps.Copy(f, errs.As(err).Fields)
	}
	if _, bad := f["name"]; !bad && slices.Contains(Platforms, in.Platform) {
		var id int64
		err := q.QueryRowContext(ctx, `SELECT id FROM groups WHERE platform = ? AND name_key = ? AND id <> ?`,
			in.Platform, nameKey(in.Name), self).Scan(&id)
		if err == nil {
			f.Add("name", "err.group.name_taken", nil)
		} else if !isNoRows(err) {
			return errs.Wrap(err, "check group name")
		}
	}
	return f.Err()
}

func nameTaken() error {
	f := errs.Fields{}
	f.Add("name", "err.group.name_taken", nil)
	return f.Err()
}

// uniqueOr maps a unique-constraint failure to "name taken", matched by code.
func uniqueOr(err error, what string) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE {
		return nameTaken()
	}
	return errs.Wrap(err, what)
}

func getGroup(ctx context.Context, q store.Queryer, id int64) (Group, error) {
	g, err := scanGroup(q.QueryRowContext(ctx, `SELECT `+columns+` FROM groups WHERE id = ?`, id))
	if isNoRows(errors.Unwrap(err)) || isNoRows(err) {
		return Group{}, errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": id})
	}
	if err != nil {
		return g, err
	}
	one := []Group{g}
	err = fill(ctx, q, one)
	return one[0], err
}

// queryGroups runs a SELECT of columns and fills in the groups it finds.
func queryGroups(ctx context.Context, q store.Queryer, query string, args ...any) ([]Group, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, errs.Wrap(err, "list groups")
	}
	defer rows.Close()
	out := []Group{}
	for rows.Next() {
		g, err := scanGroup(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "list groups")
	}
	return out, fill(ctx, q, out)
}

func scanGroup(row scanner) (Group, error) {
	var g Group
	var archived sql.NullString
	var created, updated string
	err := row.Scan(&g.ID, &g.Name, &g.Platform, &g.Purpose, &g.CustomPurpose, &g.Capacity,
		&g.MinDaysFollowed, &g.MinFanLevel, &g.IronFansOnly, &g.JoinCode, &g.Announcement,
		&archived, &created, &updated)
	if err != nil {
		if isNoRows(err) {
			return g, err
		}
		return g, errs.Wrap(err, "scan group")
	}
	g.CreatedAt, _ = store.ParseStamp(created)
	g.UpdatedAt, _ = store.ParseStamp(updated)
	if archived.Valid {
		t, _ := store.ParseStamp(archived.String)
		g.ArchivedAt = &t
	}
	return g, nil
}
