package members

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Bulk actions.
const (
	ActionAddTags    = "addTags"
	ActionRemoveTags = "removeTags"
	ActionAddToGroup = "addToGroup"
	ActionSetRole    = "setRole"
	ActionTrash      = "trash"
	ActionRestore    = "restore"
)

var actions = []string{ActionAddTags, ActionRemoveTags, ActionAddToGroup, ActionSetRole, ActionTrash, ActionRestore}

// Selection is either some members by id or every member a filter selects.
type Selection struct {
	IDs    []int64
	Filter *Filter
}

// BulkRequest is one action over a selection.
type BulkRequest struct {
	Selection
	Action  string
	Tags    []string
	GroupID int64
	Role    string
}

// Validate checks the action and its arguments.
func (r BulkRequest) Validate() error {
	f := errs.Fields{}
	if !slices.Contains(actions, r.Action) {
		f.Add("action", "err.member.action", errs.Params{"Value": r.Action})
	}
	if (r.Action == ActionAddTags || r.Action == ActionRemoveTags) && len(CleanTags(r.Tags)) == 0 {
		f.Add("tags", "err.field.required", nil)
	}
	validateTags(f, CleanTags(r.Tags))
	if (r.Action == ActionAddToGroup || r.Action == ActionSetRole) && r.GroupID == 0 {
		f.Add("groupId", "err.field.required", nil)
	}
	if (r.Action == ActionAddToGroup || r.Action == ActionSetRole) && !slices.Contains(Roles, r.Role) {
		f.Add("role", "err.member.role", errs.Params{"Value": r.Role})
	}
	if r.Filter != nil {
		if err := r.Filter.Validate(); err != nil {
			return err
		}
	}
	return f.Err()
}

// BulkResult tells how many members changed and how to undo it.
type BulkResult struct {
	UndoID   int64
	Affected int
}

// Bulk applies an action to a selection in one transaction, recording how to
// undo it.
func (s *Service) Bulk(ctx context.Context, r BulkRequest) (BulkResult, error) {
	r.Tags = CleanTags(r.Tags)
	if err := r.Validate(); err != nil {
		return BulkResult{}, err
	}
	ids, err := s.resolve(ctx, r.Selection, r.Action == ActionRestore)
	if err != nil {
		return BulkResult{}, err
	}
	var res BulkResult
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		b, err := beginBulk(ctx, tx, r.Action, ids, s.now())
		if err != nil {
			return err
		}
		res.UndoID = b.undo
		res.Affected, err = b.apply(r)
		return err
	})
	if err == nil {
		s.refreshIndex(ctx, ids)
	}
	return res, err
}

// resolve turns a selection into member ids.
func (s *Service) resolve(ctx context.Context, sel Selection, trash bool) ([]int64, error) {
	if sel.Filter == nil {
		return sel.IDs, nil
	}
	f := *sel.Filter
	f.Trash = trash
	where, args, err := s.where(ctx, f, s.now())
	if err != nil {
		return nil, err
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT m.id FROM members m WHERE `+where, args...)
	if err != nil {
		return nil, errs.Wrap(err, "select members")
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "select members")
		}
		ids = append(ids, id)
	}
	return ids, errs.Wrap(rows.Err(), "select members")
}

// bulk is one action in progress inside a transaction, over the temp table sel.
type bulk struct {
	ctx  context.Context
	tx   *sql.Tx
	undo int64
	now  string
}

func beginBulk(ctx context.Context, tx *sql.Tx, action string, ids []int64, now time.Time) (*bulk, error) {
	b := &bulk{ctx: ctx, tx: tx, now: store.Stamp(now.UTC())}
	if err := b.exec(`CREATE TEMP TABLE IF NOT EXISTS sel (id INTEGER PRIMARY KEY)`); err != nil {
		return nil, err
	}
	if err := b.exec(`DELETE FROM temp.sel`); err != nil {
		return nil, err
	}
	for chunk := range slices.Chunk(ids, 5000) {
		js, _ := json.Marshal(chunk)
		if err := b.exec(`INSERT OR IGNORE INTO temp.sel(id) SELECT value FROM json_each(?)`, string(js)); err != nil {
			return nil, err
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO undo_log(action, created_at) VALUES (?, ?)`, action, b.now)
	if err != nil {
		return nil, errs.Wrap(err, "record undo")
	}
	b.undo, _ = res.LastInsertId()
	return b, nil
}

func (b *bulk) exec(q string, args ...any) error {
	_, err := b.tx.ExecContext(b.ctx, q, args...)
	if err != nil {
		return errs.Wrap(err, "bulk: "+strings.Fields(q)[0])
	}
	return nil
}

// count is the number of undo items recorded so far.
func (b *bulk) count() (int, error) {
	var n int
	err := b.tx.QueryRowContext(b.ctx, `SELECT count(DISTINCT member_id) FROM undo_items WHERE undo_id = ?`, b.undo).Scan(&n)
	return n, errs.Wrap(err, "count changes")
}
