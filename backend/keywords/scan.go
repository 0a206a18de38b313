package keywords

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
)

// Progress hears how many events a scan has read of those it reads.
type Progress func(done, total int)

// ScanReport is what a scan did.
type ScanReport struct {
	Full   bool // every event was scanned (the list had changed)
	Events int  // events read
	Hits   int  // hits stored
}

// progressEvery is how many events a scan reads between progress reports
// and cancellation checks.
const progressEvery = 4096

// Scan brings the stored hits up to date in one transaction: when the list
// changed since the last scan it matches every stored message again,
// otherwise only the events added since. Cancelled, it stores nothing.
func (s *Service) Scan(ctx context.Context, progress Progress) (ScanReport, error) {
	var rep ScanReport
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		st, err := readState(ctx, tx)
		if err != nil {
			return err
		}
		var last int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM events`).Scan(&last); err != nil {
			return errs.Wrap(err, "scan keywords")
		}
		from := st.LastEvent
		if st.Stale || last < from { // a changed list, or events taken away since
			from = 0
		}
		if rep, err = s.scanRange(ctx, tx, from, last, progress); err != nil {
			return err
		}
		if ctx.Err() != nil { // stopped after the last event was read
			return errs.ErrCancelled
		}
		rep.Full = from == 0
		_, err = tx.ExecContext(ctx, `UPDATE keyword_state SET last_event = ?, stale = 0`, last)
		return errs.Wrap(err, "scan keywords")
	})
	return rep, err
}

// Rescan matches every stored message again, whatever changed.
func (s *Service) Rescan(ctx context.Context, progress Progress) (ScanReport, error) {
	if err := s.db.Tx(ctx, func(tx *sql.Tx) error { return markStale(ctx, tx) }); err != nil {
		return ScanReport{}, err
	}
	return s.Scan(ctx, progress)
}

// scanRange replaces the hits of the events with ids in (from, last].
func (s *Service) scanRange(ctx context.Context, tx *sql.Tx, from, last int64, progress Progress) (ScanReport, error) {
	rep := ScanReport{}
	if _, err := tx.ExecContext(ctx, `DELETE FROM keyword_hits WHERE event_id > ?`, from); err != nil {
		return rep, errs.Wrap(err, "clear keyword hits")
	}
	if err := dropOrphans(ctx, tx, from); err != nil {
		return rep, err
	}
	if err := dropOrphanStates(ctx, tx); err != nil {
		return rep, err
	}
	m, ids, err := loadMatcher(ctx, tx)
	if err != nil || len(ids) == 0 || last <= from {
		return rep, err
	}
	w, err := newHitWriter(ctx, tx, ids)
	if err != nil {
		return rep, err
	}
	defer w.close()
	return s.matchEvents(ctx, m, w, from, last, progress)
}

// matchEvents matches the events in (from, last], read on another core
// (see readEvents), and stores their hits through w. Progress counts event
// ids, which grow with each import, so it needs no count of the events first.
func (s *Service) matchEvents(ctx context.Context, m *Matcher, w *hitWriter, from, last int64,
	progress Progress) (ScanReport, error) {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	batches, wait := readEvents(ctx, s.db.Read(), from, last)
	rep := ScanReport{}
	var failed error
	for batch := range batches {
		if failed != nil {
			continue // the reader stops at its next batch
		}
		if ctx.Err() != nil {
			failed = errs.ErrCancelled
			continue
		}
		if err := rep.match(m, w, batch); err != nil {
			failed = err
			stop()
			continue
		}
		if rep.Events%progressEvery < len(batch) {
			report(progress, int(batch[len(batch)-1].id-from), int(last-from))
		}
	}
	if err := wait(); failed == nil && err != nil {
		failed = err
	}
	if failed != nil {
		return rep, failed
	}
	report(progress, int(last-from), int(last-from))
	return rep, nil
}

// match stores the hits of a batch of events.
func (rep *ScanReport) match(m *Matcher, w *hitWriter, batch []scannedEvent) error {
	for _, ev := range batch {
		n, err := w.write(ev, m.Find(ev.text))
		if err != nil {
			return err
		}
		rep.Hits += n
	}
	rep.Events += len(batch)
	return nil
}

// dropOrphans deletes the hits up to event from whose events are gone (a
// member purged from the trash takes their events along).
func dropOrphans(ctx context.Context, tx *sql.Tx, from int64) error {
	if from == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM keyword_hits
		WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = keyword_hits.event_id)`)
	return errs.Wrap(err, "drop keyword hits of deleted events")
}

func report(p Progress, done, total int) {
	if p != nil {
		p(done, total)
	}
}

// loadMatcher compiles the stored list; ids maps each word's text to its id.
func loadMatcher(ctx context.Context, tx *sql.Tx) (*Matcher, map[string]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, text, category, severity, note FROM watch_words`)
	if err != nil {
		return nil, nil, errs.Wrap(err, "load watch words")
	}
	defer rows.Close()
	var words []Word
	ids := map[string]int64{}
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.Text, &e.Category, &e.Severity, &e.Note); err != nil {
			return nil, nil, errs.Wrap(err, "load watch words")
		}
		words = append(words, e.Word)
		ids[e.Text] = e.ID
	}
	if err := rows.Err(); err != nil {
		return nil, nil, errs.Wrap(err, "load watch words")
	}
	return New(words), ids, nil
}
