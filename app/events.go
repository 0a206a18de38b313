package app

import "github.com/wailsapp/wails/v2/pkg/runtime"

// The events the frontend listens to, all of them (frontend/src/api/events.ts
// holds the same names).
const (
	EventRestored = "workspace:restored" // the data was replaced by a backup; payload: its name
)

// jobEvents are a kind of job's three events: progress (JobProgressDTO),
// done (the kind's report, with its job id) and failed (JobFailedDTO).
type jobEvents struct{ progress, done, failed string }

// The seven kinds of background job (events.ts: JOBS.<name without Job>).
var (
	memberImportJob = jobEvents{"import:progress", "import:done", "import:failed"}
	activityJob     = jobEvents{"activity:progress", "activity:done", "activity:failed"}
	keywordScanJob  = jobEvents{"keywords:progress", "keywords:done", "keywords:failed"}
	sampleJob       = jobEvents{"sample:progress", "sample:done", "sample:failed"}
	rescoreJob      = jobEvents{"tiers:progress", "tiers:done", "tiers:failed"}
	badgesJob       = jobEvents{"badges:progress", "badges:done", "badges:failed"}
	pointsJob       = jobEvents{"points:progress", "points:done", "points:failed"}
)

// emit sends an event to the frontend: through the sink when one is set (a
// test's), else through Wails once the window has started, else nowhere
// (the command line).
func (a *App) emit(name string, data any) {
	a.mu.RLock()
	sink, ctx := a.sink, a.ctx
	a.mu.RUnlock()
	switch {
	case sink != nil:
		sink(name, data)
	case ctx.Value("events") != nil:
		runtime.EventsEmit(ctx, name, data)
	}
}

// emitRestored tells the frontend its data was replaced by a backup.
func (a *App) emitRestored(name string) { a.emit(EventRestored, name) }
