package app

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Event names the frontend listens to.
const (
	EventRestored       = "workspace:restored"
	EventImportProgress = "import:progress"
	EventImportDone     = "import:done"
	EventImportFailed   = "import:failed"
)

// emit sends an event to the frontend; outside Wails (tests, CLI) it does nothing.
func emit(ctx context.Context, name string, data any) {
	if ctx.Value("events") == nil {
		return
	}
	runtime.EventsEmit(ctx, name, data)
}

// emitRestored tells the frontend its data was replaced by a backup.
func emitRestored(ctx context.Context, name string) { emit(ctx, EventRestored, name) }
