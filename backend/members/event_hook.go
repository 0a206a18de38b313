package members

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// EventHook acts on the events of members for a merge, its undo and the
// trash's purge, in their transaction. Package activity, the owner of
// events, implements it (activity.Log), keeping the summaries with the
// events; the workspace wires it (UseEvents).
type EventHook interface {
	// IDs lists the ids of a member's events.
	IDs(ctx context.Context, tx *sql.Tx, member int64) ([]int64, error)
	// Move gives the events of from to to.
	Move(ctx context.Context, tx *sql.Tx, from, to int64) error
	// Restore gives events back to their owners (member id → event ids);
	// members are every member whose events change.
	Restore(ctx context.Context, tx *sql.Tx, members []int64, owners map[int64][]int64) error
	// Delete deletes the events of members.
	Delete(ctx context.Context, tx *sql.Tx, members []int64) error
}

// UseEvents makes merges, undos and purges act on the events through h.
func (s *Service) UseEvents(h EventHook) { s.events = h }

// eventHook is the hook in use, or an error when none was wired (a merge
// that left the events behind would lose them).
func (s *Service) eventHook() (EventHook, error) {
	if s.events == nil {
		return nil, errs.New(errs.Internal, "err.internal", nil)
	}
	return s.events, nil
}

// moveEvents gives other's activity to keep, noting each event in the undo
// items (a = the event's id) so an undo can give it back.
func moveEvents(ctx context.Context, tx *sql.Tx, ev EventHook, undoID, keep, other int64) error {
	ids, err := ev.IDs(ctx, tx, other)
	if err != nil {
		return err
	}
	if ids == nil {
		ids = []int64{} // json "[]", not "null"
	}
	b, _ := json.Marshal(ids)
	_, err = tx.ExecContext(ctx, `INSERT INTO undo_items (undo_id, member_id, a, b)
		SELECT ?, ?, value, 'event' FROM json_each(?)`, undoID, other, string(b))
	if err == nil {
		err = ev.Move(ctx, tx, other, keep)
	}
	return errs.Wrap(err, "move events")
}

// restoreEvents gives the events a merge moved back to their owners.
func restoreEvents(ctx context.Context, tx *sql.Tx, ev EventHook, undoID int64, merged []int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT member_id, a FROM undo_items WHERE undo_id = ? AND b = 'event'`, undoID)
	if err != nil {
		return err
	}
	owners := map[int64][]int64{}
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var member, event int64
		err := rows.Scan(&member, &event)
		owners[member] = append(owners[member], event)
		return err
	})
	if err != nil {
		return err
	}
	return ev.Restore(ctx, tx, merged, owners)
}
