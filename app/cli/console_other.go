//go:build !windows

package cli

// AttachConsole is needed only on Windows.
func AttachConsole() {}
