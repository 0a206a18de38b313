package app

import (
	"testing"

	"qunzhu/backend/errs"
)

// A chart that is not a whole PNG is refused, in the user's language,
// before any save dialog opens (the API here has no app to open one with).
func TestSaveChartRefusesAnythingButAPNG(t *testing.T) {
	api := &ActivityAPI{}
	for _, in := range []string{"", "hello", "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==", "data:image/png;base64,aGVsbG8="} {
		path, err := api.SaveChart(in, "chart")
		d := FormatError(err, "en", nil)
		if path != "" || d.Code != errs.Invalid || d.Key != "err.health.not_png" ||
			d.Message != "This is not a whole PNG image, so nothing was saved." {
			t.Errorf("SaveChart(%q) = %q, %+v; want refused with err.health.not_png", in, path, d)
		}
	}
}
