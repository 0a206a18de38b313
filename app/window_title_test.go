package app

import (
	"testing"

	"qunzhu/locales"
)

// The window's title is a constant so that opening the window does not load
// a catalog; it must stay the catalogs' app.title in every language.
func TestWindowTitleIsEveryCatalogsAppTitle(t *testing.T) {
	for _, lang := range locales.Languages {
		if got := locales.Localize(lang, "app.title", nil); got != WindowTitle {
			t.Errorf("%s: app.title is %q, the window's title %q", lang, got, WindowTitle)
		}
	}
}
