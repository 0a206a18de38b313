package activity

import (
	"context"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
)

// aheadBatch is how many parsed events travel together from the parser to
// the writer.
const aheadBatch = 512

// parseAhead parses the export on a goroutine of its own while fn stores
// the events on the caller's, a batch behind: reading and matching text
// then costs the import no time of its own on a machine with two cores.
// fn sees every event in file order; when fn fails, parsing stops and its
// error is returned.
func parseAhead(parent context.Context, src *source, req Request, fn func(chatlog.Event) error) (chatlog.Stats, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	batches := make(chan []chatlog.Event, 4)
	type result struct {
		stats chatlog.Stats
		err   error
	}
	parsed := make(chan result, 1)
	go func() {
		defer close(batches)
		batch := make([]chatlog.Event, 0, aheadBatch)
		send := func() error {
			select {
			case batches <- batch:
				batch = make([]chatlog.Event, 0, aheadBatch)
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		stats, err := src.parse(req, func(e chatlog.Event) error {
			if batch = append(batch, e); len(batch) == aheadBatch {
				return send()
			}
			return nil
		})
		if err == nil && len(batch) > 0 {
			err = send()
		}
		parsed <- result{stats, err}
	}()
	var failed error
	for batch := range batches {
		for _, e := range batch {
			if failed == nil {
				failed = fn(e)
			}
		}
		if failed != nil {
			cancel() // the parser stops at its next batch
		}
	}
	r := <-parsed
	switch {
	case failed != nil:
		return r.stats, failed
	case parent.Err() != nil: // stopped by the user while the parser was ahead
		return r.stats, errs.ErrCancelled
	}
	return r.stats, r.err
}
