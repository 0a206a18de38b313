package app

import (
	"context"
	"strconv"
	"sync"
)

// jobs runs long work (imports, re-scoring) in the background, each under a
// job id the frontend can cancel.
type jobs struct {
	mu     sync.Mutex
	next   int
	cancel map[string]context.CancelFunc
}

func newJobs() *jobs { return &jobs{cancel: map[string]context.CancelFunc{}} }

// start runs fn in the background under a new job id, which it returns.
func (j *jobs) start(parent context.Context, fn func(ctx context.Context, id string)) string {
	ctx, cancel := context.WithCancel(parent)
	j.mu.Lock()
	j.next++
	id := strconv.Itoa(j.next)
	j.cancel[id] = cancel
	j.mu.Unlock()
	go func() {
		defer j.finish(id)
		fn(ctx, id)
	}()
	return id
}

func (j *jobs) finish(id string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if cancel, ok := j.cancel[id]; ok {
		cancel()
		delete(j.cancel, id)
	}
}

// stop cancels a running job; an unknown or finished one is ignored.
func (j *jobs) stop(id string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if cancel, ok := j.cancel[id]; ok {
		cancel()
	}
}
