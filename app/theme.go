package app

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/mac"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// The window's background behind the page: Naive UI's body colours, so the
// first frame (before the page paints) is the colour the page will have.
var (
	darkBackground  = options.RGBA{R: 16, G: 16, B: 20, A: 255}
	lightBackground = options.RGBA{R: 255, G: 255, B: 255, A: 255}
)

// windowLook is how the native window looks for a theme setting: the title
// bar's theme and the background colour behind the webview.
type windowLook struct {
	theme string // system | light | dark, as saved
	dark  bool   // the theme the page shows: the setting, or the system's for "system"
}

// lookFor resolves a saved theme; systemDark is the system's preference,
// used when the theme follows the system.
func lookFor(theme string, systemDark bool) windowLook {
	switch theme {
	case "dark":
		return windowLook{theme: theme, dark: true}
	case "light":
		return windowLook{theme: theme}
	}
	return windowLook{theme: "system", dark: systemDark}
}

// background is the window's background colour.
func (l windowLook) background() *options.RGBA {
	c := lightBackground
	if l.dark {
		c = darkBackground
	}
	return &c
}

// windowsTheme is the Windows title bar's theme.
func (l windowLook) windowsTheme() windows.Theme {
	switch l.theme {
	case "dark":
		return windows.Dark
	case "light":
		return windows.Light
	}
	return windows.SystemDefault
}

// macAppearance is the macOS window's appearance (fixed at start in Wails v2).
func (l windowLook) macAppearance() mac.AppearanceType {
	switch l.theme {
	case "dark":
		return mac.NSAppearanceNameDarkAqua
	case "light":
		return mac.NSAppearanceNameAqua
	}
	return mac.DefaultAppearance
}

// apply changes the open window to l: the title bar's theme (Windows; the
// other platforms' title bars follow the system) and the background colour.
// Without a window (tests, the command line) it does nothing.
func (l windowLook) apply(ctx context.Context) {
	if ctx.Value("frontend") == nil {
		return
	}
	switch l.windowsTheme() {
	case windows.Dark:
		runtime.WindowSetDarkTheme(ctx)
	case windows.Light:
		runtime.WindowSetLightTheme(ctx)
	default:
		runtime.WindowSetSystemDefaultTheme(ctx)
	}
	c := l.background()
	runtime.WindowSetBackgroundColour(ctx, c.R, c.G, c.B, c.A)
}

// savedLook is the window look for the saved theme, read once before the
// window is created (one small query on the already open database).
func (a *App) savedLook() windowLook {
	theme := "system"
	if a.ws != nil {
		if s, err := a.ws.Settings.Get(context.Background()); err == nil {
			theme = s.Theme
		}
	}
	return lookFor(theme, systemPrefersDark())
}
