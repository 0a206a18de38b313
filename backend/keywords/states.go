package keywords

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// A hit's response state. Pending is the absence of one.
const (
	StatePending  = "pending"  // 待处理
	StateNoted    = "noted"    // 已留意
	StateReminded = "reminded" // 已提醒
	StateHandled  = "handled"  // 已处理
)

// States lists the response states in order.
var States = []string{StatePending, StateNoted, StateReminded, StateHandled}

// SuggestedState is the response a word's level asks for, following the
// seeds' three levels: worth a look → noted, reply or reword → reminded,
// act now → handled.
func SuggestedState(severity int) string {
	switch severity {
	case SeverityWarn:
		return StateReminded
	case SeverityAct:
		return StateHandled
	}
	return StateNoted
}

// HitKey is a hit's stable identity: its message and its word. Scans
// recreate the hit rows; a state keyed so outlives every rescan.
type HitKey struct {
	EventID int64
	WordID  int64
}

// SetState records a hit's response; pending clears it.
func (s *Service) SetState(ctx context.Context, k HitKey, state string) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error { return SetStateTx(ctx, tx, k, state, time.Now()) })
}

// SetStateTx records a hit's response inside the caller's transaction (a
// violation logged from a hit marks it handled in the same one). The hit
// must be stored.
func SetStateTx(ctx context.Context, tx *sql.Tx, k HitKey, state string, now time.Time) error {
	if !slices.Contains(States, state) {
		return errs.Fields{"state": {Key: "err.keywords.state", Params: errs.Params{"State": state}}}.Err()
	}
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM keyword_hits WHERE event_id = ? AND word_id = ?`,
		k.EventID, k.WordID).Scan(&n)
	if err != nil {
		return errs.Wrap(err, "find keyword hit")
	}
	if n == 0 {
		return errs.New(errs.NotFound, "err.keywords.no_hit", nil)
	}
	if state == StatePending {
		_, err = tx.ExecContext(ctx, `DELETE FROM keyword_hit_states WHERE event_id = ? AND word_id = ?`, k.EventID, k.WordID)
		return errs.Wrap(err, "clear keyword hit state")
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO keyword_hit_states (event_id, word_id, state, at) VALUES (?, ?, ?, ?)
		ON CONFLICT (event_id, word_id) DO UPDATE SET state = excluded.state, at = excluded.at`,
		k.EventID, k.WordID, state, store.Stamp(now))
	return errs.Wrap(err, "set keyword hit state")
}

// dropOrphanStates deletes the states of messages that are gone.
func dropOrphanStates(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM keyword_hit_states
		WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = keyword_hit_states.event_id)`)
	return errs.Wrap(err, "drop keyword hit states of deleted events")
}
