package app

import (
	"testing"
	"testing/fstest"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/mac"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
)

// The window is created with the saved theme's title bar and background, so
// a dark workspace never opens on a white frame; changing the theme in
// Settings changes what the next window starts with.
func TestWindowOptionsFollowSavedTheme(t *testing.T) {
	system := lookFor("system", systemPrefersDark()).background()
	tests := []struct {
		saved      string // "" = never saved
		background options.RGBA
		windows    windows.Theme
		mac        mac.AppearanceType
	}{
		{"", *system, windows.SystemDefault, mac.DefaultAppearance},
		{"dark", darkBackground, windows.Dark, mac.NSAppearanceNameDarkAqua},
		{"light", lightBackground, windows.Light, mac.NSAppearanceNameAqua},
		{"system", *system, windows.SystemDefault, mac.DefaultAppearance},
	}
	for _, tt := range tests {
		t.Run("saved="+tt.saved, func(t *testing.T) {
			a, ws := openApp(t, nil)
			defer ws.Close()
			if tt.saved != "" {
				theme := tt.saved
				if _, err := a.Settings.Update(SettingsPatch{Theme: &theme}); err != nil {
					t.Fatal(err)
				}
			}
			o := a.Options(fstest.MapFS{})
			if o.BackgroundColour == nil || *o.BackgroundColour != tt.background {
				t.Errorf("background = %+v, want %+v", o.BackgroundColour, tt.background)
			}
			if o.Windows.Theme != tt.windows {
				t.Errorf("Windows theme = %v, want %v", o.Windows.Theme, tt.windows)
			}
			if o.Mac.Appearance != tt.mac {
				t.Errorf("macOS appearance = %q, want %q", o.Mac.Appearance, tt.mac)
			}
		})
	}
}

// "system" follows the system's preference; a manual choice ignores it.
func TestLookForResolvesSystemTheme(t *testing.T) {
	tests := []struct {
		theme      string
		systemDark bool
		dark       bool
	}{
		{"system", false, false},
		{"system", true, true},
		{"dark", false, true},
		{"light", true, false},
		{"unknown", true, true}, // an unknown value reads as "system", like settings.Get
	}
	for _, tt := range tests {
		if got := lookFor(tt.theme, tt.systemDark).dark; got != tt.dark {
			t.Errorf("lookFor(%q, systemDark=%v).dark = %v, want %v", tt.theme, tt.systemDark, got, tt.dark)
		}
	}
}
