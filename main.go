// Qunzhu (群主): an offline desktop app for creators who run fan group chats.
// This file is the composition root: with arguments (other than --db and
// Wails' own flags) it runs the command line, which answers a usage error to
// an unknown command; without, it opens the database and the window.
package main

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/wailsapp/wails/v2"

	"qunzhu/app"
	"qunzhu/app/cli"
	"qunzhu/backend/applog"
	"qunzhu/backend/workspace"
)

//go:embed all:frontend/dist
var assets embed.FS

func main() {
	db, rest := cli.SplitDB(os.Args[1:])
	if !cli.OpensWindow(rest) {
		cli.AttachConsole()
		os.Exit(cli.Run(&cli.Env{Ctx: context.Background(), DB: db, Args: rest, Stdout: os.Stdout, Stderr: os.Stderr}))
	}
	os.Exit(runWindow(db))
}

func runWindow(db string) int {
	if db == "" {
		var err error
		if db, err = workspace.DefaultDBPath(); err != nil {
			fmt.Fprintln(os.Stderr, "qunzhu:", err)
			return 1
		}
	}
	dist, _ := fs.Sub(assets, "frontend/dist")
	ws, err := workspace.Open(context.Background(), db)
	var a *app.App
	if err != nil {
		fmt.Fprintln(os.Stderr, "qunzhu:", err)
		a = app.NewFailed(db, err, fallbackLog(db))
	} else {
		a = app.New(ws)
		defer closeWhenIdle(a, ws)
	}
	a.Prewarm()
	if err := wails.Run(a.Options(dist)); err != nil {
		fmt.Fprintln(os.Stderr, "qunzhu:", err)
		return 1
	}
	return 0
}

// closeWhenIdle closes the database after the window, unless a job outlived
// the shutdown's grace: then the process exits without waiting on it, and
// SQLite rolls its transaction back on the next open.
func closeWhenIdle(a *app.App, ws *workspace.Workspace) {
	if a.Idle() {
		ws.Close()
	}
}

// fallbackLog logs to the data folder when the workspace could not open.
func fallbackLog(db string) *slog.Logger {
	if err := os.MkdirAll(filepath.Dir(db), 0o755); err == nil {
		if log, _, err := applog.Open(filepath.Dir(db)); err == nil {
			return log
		}
	}
	return slog.Default()
}
