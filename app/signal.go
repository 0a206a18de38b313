package app

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// quitOnSignal closes the window cleanly on SIGTERM/SIGINT (logout, kill,
// Ctrl+C in a terminal): the jobs are cancelled, the geometry saved and the
// database closed, as when the window is closed.
func (a *App) quitOnSignal(ctx context.Context) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGTERM, os.Interrupt)
	defer signal.Stop(ch)
	select {
	case <-ch:
		a.rememberWindow(ctx)
		runtime.Quit(ctx)
	case <-ctx.Done():
	}
}
