package keywords

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
)

// scannedEvent is the part of an event a scan reads.
type scannedEvent struct {
	id, at int64
	group  sql.NullInt64
	text   string
}

// hitWriter stores hits with one prepared statement in the scan's transaction.
type hitWriter struct {
	ctx  context.Context
	stmt *sql.Stmt
	ids  map[string]int64 // word text -> watch_words.id
}

func newHitWriter(ctx context.Context, tx *sql.Tx, ids map[string]int64) (*hitWriter, error) {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO keyword_hits(event_id, start, end, word_id, at, group_id)
		VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, errs.Wrap(err, "store keyword hits")
	}
	return &hitWriter{ctx: ctx, stmt: stmt, ids: ids}, nil
}

// write stores an event's hits and returns how many.
func (w *hitWriter) write(ev scannedEvent, hits []Hit) (int, error) {
	for _, h := range hits {
		if _, err := w.stmt.ExecContext(w.ctx, ev.id, h.Start, h.End, w.ids[h.Word.Text], ev.at, ev.group); err != nil {
			return 0, errs.Wrap(err, "store keyword hits")
		}
	}
	return len(hits), nil
}

func (w *hitWriter) close() { w.stmt.Close() }
