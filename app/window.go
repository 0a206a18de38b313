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

// WindowTitle is the window's title: the catalogs' app.title, the same in
// every language (a test checks), so that opening the window does not wait
// for a catalog to load (issue 16).
const WindowTitle = "Qunzhu 群主"

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
	look := a.savedLook()
	w, h := defaultWidth, defaultHeight
	if win.Known {
		w, h = max(win.Width, minWidth), max(win.Height, minHeight)
	}
	return &options.App{
		Title: WindowTitle, Width: w, Height: h,
		MinWidth: minWidth, MinHeight: minHeight, BackgroundColour: look.background(),
		AssetServer:        &assetserver.Options{Assets: assets},
		Menu:               appMenu(),
		OnStartup:          a.startup,
		OnDomReady:         func(ctx context.Context) { a.placeWindow(ctx, win); a.domReady() },
		OnBeforeClose:      a.rememberWindow,
		OnShutdown:         a.shutdown,
		Bind:               a.Bindings(),
		DragAndDrop:        &options.DragAndDrop{EnableFileDrop: true, DisableWebViewDrop: true},
		ErrorFormatter:     a.FormatError,
		SingleInstanceLock: &options.SingleInstanceLock{UniqueId: instanceID(a.dbPath), OnSecondInstanceLaunch: a.focus},
		Windows:            &windows.Options{Theme: look.windowsTheme()},
		Mac:                &mac.Options{Appearance: look.macAppearance(), About: &mac.AboutInfo{Title: "Qunzhu 群主"}},
		Linux:              &linux.Options{ProgramName: "qunzhu"},
	}
}

// Prewarm loads in the background what the page's first calls need: the
// active language's catalog. main calls it just before opening the window,
// whose start keeps the first core busy.
func (a *App) Prewarm() {
	go locales.Warm(a.language())
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

// rememberWindow is OnBeforeClose: it keeps the window's size and position
// in memory for shutdown to store. It never touches the database: on Windows
// it runs on the UI thread, and a running import holds the writer.
func (a *App) rememberWindow(ctx context.Context) bool {
	if a.ws == nil || runtime.WindowIsMaximised(ctx) || runtime.WindowIsMinimised(ctx) {
		return false
	}
	w, h := runtime.WindowGetSize(ctx)
	x, y := runtime.WindowGetPosition(ctx)
	a.mu.Lock()
	a.window = &settings.Window{Width: w, Height: h, X: x, Y: y}
	a.mu.Unlock()
	return false
}

// storeWindow saves the geometry rememberWindow kept, waiting for the
// database writer at most until ctx ends.
func (a *App) storeWindow(ctx context.Context) {
	a.mu.RLock()
	win := a.window
	a.mu.RUnlock()
	if win == nil {
		return
	}
	if err := a.ws.Settings.SaveWindow(ctx, *win); err != nil {
		a.log.Error("save window geometry", "err", err)
	}
}

// focus brings the window forward when the app is launched again on the same database.
func (a *App) focus(options.SecondInstanceData) {
	ctx := a.call()
	runtime.WindowUnminimise(ctx)
	runtime.Show(ctx)
}
