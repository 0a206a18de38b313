package members

import (
	"context"
	"runtime"
	"time"

	"qunzhu/backend/fold"
)

// prepared is a draft with everything worked out that needs no database:
// its exact name, and its form as a new member with that member's stored
// values, validated.
type prepared struct {
	Draft
	name   string // fold.Name of the draft's nickname (for matching)
	in     Input  // the draft as a new member
	err    error  // in's validation
	row    []any  // in's stored values after its id, without the time stamps
	search string
}

func prepare(d Draft, now time.Time) prepared {
	p := prepared{Draft: d, name: fold.Name(d.Nickname), in: d.input(Input{Source: "import"})}
	if p.err = p.in.Validate(); p.err == nil {
		p.row, p.search = storedRow(p.in, now)
		p.row = p.row[:len(p.row)-1] // the import's time stamps are in its statement
	}
	return p
}

// prepareAhead prepares drafts chunk by chunk on the spare cores, a few
// chunks ahead of the writer, as they arrive; chunks come out in order.
// Cancelling ctx stops it.
func prepareAhead(ctx context.Context, drafts <-chan []Draft, now time.Time) <-chan chan []prepared {
	order := make(chan chan []prepared, 8)
	workers := make(chan struct{}, max(1, runtime.NumCPU()-1))
	go func() {
		defer close(order)
		for {
			var part []Draft
			select {
			case d, ok := <-drafts:
				if !ok {
					return
				}
				part = d
			case <-ctx.Done():
				return
			}
			for start := 0; start < len(part); start += importChunk {
				if !prepareChunk(ctx, part[start:min(start+importChunk, len(part))], now, order, workers) {
					return
				}
			}
		}
	}()
	return order
}

// prepareChunk queues chunk's place in order and prepares it on a worker;
// false when ctx ended first.
func prepareChunk(ctx context.Context, chunk []Draft, now time.Time, order chan chan []prepared, workers chan struct{}) bool {
	done := make(chan []prepared, 1)
	select {
	case order <- done:
	case <-ctx.Done():
		return false
	}
	workers <- struct{}{}
	go func() {
		out := make([]prepared, len(chunk))
		for i, d := range chunk {
			out[i] = prepare(d, now)
		}
		done <- out
		<-workers
	}()
	return true
}
