//go:build !windows

package app

import "testing"

// On Linux the GTK_THEME variable's :dark variant is the system's preference.
func TestSystemPrefersDarkFromGTKTheme(t *testing.T) {
	for _, tt := range []struct {
		env  string
		dark bool
	}{{"", false}, {"Adwaita", false}, {"Adwaita:dark", true}} {
		t.Setenv("GTK_THEME", tt.env)
		if got := systemPrefersDark(); got != tt.dark {
			t.Errorf("GTK_THEME=%q: systemPrefersDark() = %v, want %v", tt.env, got, tt.dark)
		}
	}
}
