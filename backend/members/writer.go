package members

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/store"
)

// writer holds the prepared statements one write transaction reuses, so
// imports of many rows pay for parsing SQL once.
type writer struct {
	ctx   context.Context
	tx    *sql.Tx
	now   time.Time
	stmts map[string]*sql.Stmt
	tags  map[string]int64 // tag name -> id, filled as used
	dirty []indexEntry     // search entries to apply after commit
}

var writerSQL = map[string]string{
	"insert": `INSERT INTO members (nickname, name_key, nick_key, nick_sort, remark, platform, platform_id, follow_since,
		fan_level, iron_fan, source, notes, search, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"update": `UPDATE members SET nickname=?, name_key=?, nick_key=?, nick_sort=?, remark=?, platform=?, platform_id=?, follow_since=?,
		fan_level=?, iron_fan=?, source=?, notes=?, search=?, updated_at=? WHERE id=?`,
	"identity":   `INSERT INTO identities (platform, platform_id, member_id) VALUES (?,?,?)`,
	"byIdentity": `SELECT member_id FROM identities WHERE platform = ? AND platform_id = ?`,
	"tag":        `SELECT id FROM tags WHERE name = ?`,
	"newTag":     `INSERT INTO tags (name) VALUES (?)`,
	"linkTag":    `INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES (?,?)`,
}

func newWriter(ctx context.Context, tx *sql.Tx, now time.Time) (*writer, error) {
	w := &writer{ctx: ctx, tx: tx, now: now, stmts: map[string]*sql.Stmt{}, tags: map[string]int64{}}
	for name, q := range writerSQL {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, errs.Wrap(err, "prepare "+name)
		}
		w.stmts[name] = st
	}
	return w, nil
}

// prepare returns q prepared, reusing an earlier preparation.
func (w *writer) prepare(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err == nil {
		w.stmts[q] = st
	}
	return st, err
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// row is the stored form of an Input, and its search text.
func (w *writer) row(in Input) ([]any, string) { return storedRow(in, w.now) }

func storedRow(in Input, now time.Time) ([]any, string) {
	search := searchText(in)
	row := make([]any, 0, 15) // the callers append a time stamp or an id
	return append(row, in.Nickname, fold.Name(in.Nickname), fold.Likeness(in.Nickname), sortKey(in.Nickname),
		in.Remark, in.Platform, in.PlatformID, dateText(in.FollowSince), in.FanLevel, in.IronFan, in.Source,
		in.Notes, search, store.Stamp(now)), search
}

// insert stores a new, valid member with its identity and tags.
func (w *writer) insert(in Input) (int64, error) {
	if err := w.checkIdentityFree(in.Platform, in.PlatformID, 0); err != nil {
		return 0, err
	}
	return w.insertFree(in)
}

// insertFree is insert for a member whose id is known to be free.
func (w *writer) insertFree(in Input) (int64, error) {
	row, search := w.row(in)
	res, err := w.stmts["insert"].ExecContext(w.ctx, append(row, store.Stamp(w.now))...)
	if err != nil {
		return 0, errs.Wrap(err, "insert member")
	}
	id, _ := res.LastInsertId()
	if in.PlatformID != "" { // checked free above
		if _, err := w.stmts["identity"].ExecContext(w.ctx, in.Platform, in.PlatformID, id); err != nil {
			return 0, errs.Wrap(err, "insert identity")
		}
	}
	w.dirty = append(w.dirty, indexEntry{id, search})
	return id, w.addTags(id, in.Tags)
}

// update replaces a member's fields, adding its identity and tags.
func (w *writer) update(id int64, in Input) error {
	if err := w.checkIdentityFree(in.Platform, in.PlatformID, id); err != nil {
		return err
	}
	row, search := w.row(in)
	if _, err := w.stmts["update"].ExecContext(w.ctx, append(row, id)...); err != nil {
		return errs.Wrap(err, "update member")
	}
	if err := w.addIdentity(id, in.Platform, in.PlatformID); err != nil {
		return err
	}
	w.dirty = append(w.dirty, indexEntry{id, search})
	return w.addTags(id, in.Tags)
}

func (w *writer) addIdentity(id int64, platform, pid string) error {
	if pid == "" {
		return nil
	}
	if owner, err := w.identityOwner(platform, pid); err != nil || owner == id {
		return err
	}
	_, err := w.stmts["identity"].ExecContext(w.ctx, platform, pid, id)
	return errs.Wrap(err, "insert identity")
}

// identityOwner is the member holding platform+pid, or 0.
func (w *writer) identityOwner(platform, pid string) (int64, error) {
	var owner int64
	err := w.stmts["byIdentity"].QueryRowContext(w.ctx, platform, pid).Scan(&owner)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return owner, errs.Wrap(err, "find identity")
}

func (w *writer) checkIdentityFree(platform, pid string, self int64) error {
	if pid == "" {
		return nil
	}
	owner, err := w.identityOwner(platform, pid)
	if err != nil || owner == 0 || owner == self {
		return err
	}
	f := errs.Fields{}
	f.Add("platformId", "err.member.id_taken", errs.Params{"ID": pid, "Member": owner})
	return f.Err()
}

func (w *writer) addTags(id int64, tags []string) error {
	for _, name := range tags {
		tid, err := w.tagID(name)
		if err != nil {
			return err
		}
		if _, err := w.stmts["linkTag"].ExecContext(w.ctx, id, tid); err != nil {
			return errs.Wrap(err, "tag member")
		}
	}
	return nil
}

func (w *writer) tagID(name string) (int64, error) {
	if id, ok := w.tags[name]; ok {
		return id, nil
	}
	var id int64
	err := w.stmts["tag"].QueryRowContext(w.ctx, name).Scan(&id)
	if err == sql.ErrNoRows {
		res, err := w.stmts["newTag"].ExecContext(w.ctx, name)
		if err != nil {
			return 0, errs.Wrap(err, "insert tag")
		}
		id, _ = res.LastInsertId()
	} else if err != nil {
		return 0, errs.Wrap(err, "find tag")
	}
	w.tags[name] = id
	return id, nil
}

// sortKey orders nicknames by pinyin, then by the folded text itself.
func sortKey(nickname string) string {
	full, _ := fold.Pinyin(nickname)
	return full + "\x1f" + fold.Key(nickname)
}
