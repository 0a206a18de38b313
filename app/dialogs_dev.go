//go:build dev

package app

import (
	"os"
	"path/filepath"
	"strings"
)

// scriptedDialog lets the browser tests answer native dialogs, which they
// cannot click: with QUNZHU_E2E_DIALOGS set, a dialog of kind "save" or
// "open" answers with the path written in that folder's file of the same
// name (used once), or is cancelled when there is none.
func scriptedDialog(kind string) (string, bool) {
	dir := os.Getenv("QUNZHU_E2E_DIALOGS")
	if dir == "" {
		return "", false
	}
	file := filepath.Join(dir, kind)
	b, err := os.ReadFile(file)
	if err != nil {
		return "", true
	}
	os.Remove(file)
	return strings.TrimSpace(string(b)), true
}
