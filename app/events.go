package app

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Event names the frontend listens to.
const (
	EventRestored = "workspace:restored"
)

// emitRestored tells the frontend its data was replaced by a backup.
func emitRestored(ctx context.Context, name string) {
	if ctx.Value("events") == nil { // not running inside Wails (tests, CLI)
		return
	}
	runtime.EventsEmit(ctx, EventRestored, name)
}
