package keywords

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
)

// batchSize is how many events the reader hands over at a time.
const batchSize = 1024

// readEvents reads the events with text and ids in (from, last], in id
// order, from a reader connection (the scan's write transaction holds the
// lock, so it sees exactly what is committed), in batches on a goroutine
// of its own: reading rows takes about as long as matching and storing
// them. The channel closes at the end, or early when ctx is done; wait
// then returns why the reading stopped.
func readEvents(ctx context.Context, db *sql.DB, from, last int64) (<-chan []scannedEvent, func() error) {
	out := make(chan []scannedEvent, 4)
	done := make(chan error, 1)
	go func() {
		defer close(out)
		done <- sendEvents(ctx, db, from, last, out)
	}()
	return out, func() error { return <-done }
}

func sendEvents(ctx context.Context, db *sql.DB, from, last int64, out chan<- []scannedEvent) error {
	rows, err := db.QueryContext(ctx, `SELECT id, at, group_id, text FROM events
		WHERE id > ? AND id <= ? AND text <> '' ORDER BY id`, from, last)
	if err != nil {
		return errs.Wrap(err, "read events")
	}
	defer rows.Close()
	batch := make([]scannedEvent, 0, batchSize)
	for rows.Next() {
		var ev scannedEvent
		if err := rows.Scan(&ev.id, &ev.at, &ev.group, &ev.text); err != nil {
			return errs.Wrap(err, "read events")
		}
		if batch = append(batch, ev); len(batch) == batchSize {
			if !send(ctx, out, batch) {
				return errs.ErrCancelled
			}
			batch = make([]scannedEvent, 0, batchSize)
		}
	}
	if err := rows.Err(); err != nil {
		return errs.Wrap(err, "read events")
	}
	if len(batch) > 0 && !send(ctx, out, batch) {
		return errs.ErrCancelled
	}
	return nil
}

func send(ctx context.Context, out chan<- []scannedEvent, batch []scannedEvent) bool {
	select {
	case out <- batch:
		return true
	case <-ctx.Done():
		return false
	}
}
