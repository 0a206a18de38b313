//go:build !dev

package app

// scriptedDialog is for browser tests of dev builds; release builds always
// show the native dialog.
func scriptedDialog(string) (string, bool) { return "", false }
