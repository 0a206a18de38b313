package app

import (
	"context"
	"strconv"
	"sync"
	"time"
)

// jobs is the registry of the background jobs (imports, scans, the sample,
// re-scoring): each runs under an id the frontend can cancel, in a context
// the app's shutdown cancels.
type jobs struct {
	mu      sync.Mutex
	next    int
	cancel  map[string]context.CancelFunc
	running sync.WaitGroup
}

func newJobs() *jobs { return &jobs{cancel: map[string]context.CancelFunc{}} }

// A job is one run of a task, under its id and kind.
type job struct {
	id      string
	kind    jobEvents
	a       *App
	invalid []ProblemDTO // a failed member import's bad rows, for its failed event
}

// A task is a job's work: it reports progress through j and returns the
// payload of the done event (which carries j.id), or an error for the
// failed one. Cancelled, it returns errs.ErrCancelled and stores nothing.
type task func(ctx context.Context, j *job) (done any, err error)

// JobProgressDTO is every job's progress event: done of total.
type JobProgressDTO struct {
	JobID string `json:"jobId"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// JobFailedDTO is every job's failed event (code "cancelled" when stopped);
// Invalid lists a member import's bad rows when that is why nothing was stored.
type JobFailedDTO struct {
	JobID   string       `json:"jobId"`
	Error   ErrorDTO     `json:"error"`
	Invalid []ProblemDTO `json:"invalid,omitempty"`
}

// startJob runs t in the background and returns the job's id at once. The
// job emits kind's events: progress, then done or failed; a panic in t fails
// the job as an internal error, its stack logged, and the app lives on.
func (a *App) startJob(kind jobEvents, t task) string {
	ctx, cancel := context.WithCancel(a.life)
	j := &job{id: a.jobs.add(cancel), kind: kind, a: a}
	go func() {
		defer a.jobs.finish(j.id)
		done, err := j.run(ctx, t)
		if err != nil {
			a.emit(kind.failed, JobFailedDTO{JobID: j.id, Error: FormatError(err, a.language(), a.log), Invalid: j.invalid})
			return
		}
		a.emit(kind.done, done)
	}()
	return j.id
}

func (j *job) run(ctx context.Context, t task) (done any, err error) {
	defer j.a.catchPanic(&err)
	return t(ctx, j)
}

// progress emits the job's progress event.
func (j *job) progress(done, total int) {
	j.a.emit(j.kind.progress, JobProgressDTO{JobID: j.id, Done: done, Total: total})
}

// cancelJob stops a running job; an unknown or finished one is ignored.
func (a *App) cancelJob(id string) { a.jobs.stop(id) }

func (j *jobs) add(cancel context.CancelFunc) string {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.next++
	id := strconv.Itoa(j.next)
	j.cancel[id] = cancel
	j.running.Add(1)
	return id
}

func (j *jobs) finish(id string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if cancel, ok := j.cancel[id]; ok {
		cancel()
		delete(j.cancel, id)
		j.running.Done()
	}
}

func (j *jobs) stop(id string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if cancel, ok := j.cancel[id]; ok {
		cancel()
	}
}

func (j *jobs) idle() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.cancel) == 0
}

// wait waits until no job runs, at most d; it tells whether they all ended.
func (j *jobs) wait(d time.Duration) bool {
	ended := make(chan struct{})
	go func() {
		j.running.Wait()
		close(ended)
	}()
	select {
	case <-ended:
		return true
	case <-time.After(d):
		return false
	}
}
