package app

import (
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// saveDialog asks where to save a file; "" when the user cancels.
func (a *App) saveDialog(o runtime.SaveDialogOptions) (string, error) {
	if answer, ok := scriptedDialog("save"); ok {
		return answer, nil
	}
	return runtime.SaveFileDialog(a.call(), o)
}

// openDialog asks which file to open; "" when the user cancels.
func (a *App) openDialog(o runtime.OpenDialogOptions) (string, error) {
	if answer, ok := scriptedDialog("open"); ok {
		return answer, nil
	}
	return runtime.OpenFileDialog(a.call(), o)
}
