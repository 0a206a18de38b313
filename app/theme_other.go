//go:build !windows

package app

import (
	"os"
	"strings"
)

// systemPrefersDark is true when GTK is told to use a dark theme variant
// (GTK_THEME=Name:dark). macOS and other desktops answer false here without
// starting a process: the page then follows the system itself once it loads.
func systemPrefersDark() bool {
	return strings.HasSuffix(os.Getenv("GTK_THEME"), ":dark")
}
