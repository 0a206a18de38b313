package app

import (
	"context"
	"time"
)

// How long closing may take: the jobs get jobGrace to roll back, then the
// window's geometry gets what is left of closeBudget.
const (
	closeBudget = 3 * time.Second
	jobGrace    = 2500 * time.Millisecond
)

// shutdown is OnShutdown, after the window closed: it cancels every job,
// background loop and bound call, waits for the jobs to roll back (as on Stop) at most
// jobGrace, then stores the window's geometry. It returns within closeBudget.
func (a *App) shutdown(context.Context) {
	start := time.Now()
	a.mu.RLock()
	quit := a.quit
	a.mu.RUnlock()
	quit()
	if !a.jobs.wait(jobGrace) {
		a.log.Error("jobs still running at exit", "waited", jobGrace)
	}
	if a.ws == nil {
		return
	}
	ctx, cancel := context.WithDeadline(context.Background(), start.Add(closeBudget))
	defer cancel()
	a.storeWindow(ctx)
}

// Idle tells whether no job runs, so that the database can be closed
// without waiting on one.
func (a *App) Idle() bool { return a.jobs.idle() }
