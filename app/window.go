package app

import (
	"context"
	"io/fs"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/options/mac"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/backend/settings"
	"qunzhu/locales"
)

// Window size limits.
const (
	defaultWidth, defaultHeight = 1200, 780
	minWidth, minHeight         = 960, 620
)

// Options are the window and app options for wails.Run.
func (a *App) Options(assets fs.FS) *options.App {
	var win settings.Window
	if a.ws != nil {
		win, _ = a.ws.Settings.Window(context.Background())
	}
	w, h := defaultWidth, defaultHeight
	if win.Known {
		w, h = max(win.Width, minWidth), max(win.Height, minHeight)
	}
	return &options.App{
		Title: locales.Localize(a.language(), "app.title", nil), Width: w, Height: h,
		MinWidth: minWidth, MinHeight: minHeight,
		AssetServer:        &assetserver.Options{Assets: assets},
		Menu:               appMenu(),
		OnStartup:          a.startup,
		OnDomReady:         func(ctx context.Context) { a.placeWindow(ctx, win) },
		OnBeforeClose:      a.saveWindow,
		Bind:               a.Bindings(),
		DragAndDrop:        &options.DragAndDrop{EnableFileDrop: true, DisableWebViewDrop: true},
		ErrorFormatter:     a.FormatError,
		SingleInstanceLock: &options.SingleInstanceLock{UniqueId: instanceID(a.dbPath), OnSecondInstanceLaunch: a.focus},
		Windows:            &windows.Options{Theme: windows.SystemDefault},
		Mac:                &mac.Options{Appearance: mac.DefaultAppearance, About: &mac.AboutInfo{Title: "Qunzhu 群主"}},
		Linux:              &linux.Options{ProgramName: "qunzhu"},
	}
}

func appMenu() *menu.Menu {
	m := menu.NewMenu()
	m.Append(menu.AppMenu())  // macOS only; empty elsewhere
	m.Append(menu.EditMenu()) // copy/paste shortcuts on macOS
	return m
}

func (a *App) placeWindow(ctx context.Context, win settings.Window) {
	if win.Known {
		runtime.WindowSetPosition(ctx, win.X, win.Y)
	}
}

// saveWindow remembers the window's size and position; it never blocks closing.
func (a *App) saveWindow(ctx context.Context) bool {
	if a.ws == nil || runtime.WindowIsMaximised(ctx) || runtime.WindowIsMinimised(ctx) {
		return false
	}
	w, h := runtime.WindowGetSize(ctx)
	x, y := runtime.WindowGetPosition(ctx)
	if err := a.ws.Settings.SaveWindow(ctx, settings.Window{Width: w, Height: h, X: x, Y: y}); err != nil {
		a.log.Error("save window geometry", "err", err)
	}
	return false
}

// focus brings the window forward when the app is launched again on the same database.
func (a *App) focus(options.SecondInstanceData) {
	ctx := a.call()
	runtime.WindowUnminimise(ctx)
	runtime.Show(ctx)
}
