package app

import (
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/backend/charts"
	"qunzhu/locales"
)

// SaveChart saves a chart as a PNG file where the user chooses: dataURL is
// the chart's image ("data:image/png;base64,…", as ECharts' getDataURL
// makes it), title the file name offered. It returns the path written, or
// "" when the user cancelled. Anything but a whole PNG is refused before
// the dialog opens.
func (v *ActivityAPI) SaveChart(dataURL, title string) (_ string, err error) {
	defer v.a.catchPanic(&err)
	img, err := charts.DecodePNG(dataURL)
	if err != nil {
		return "", err
	}
	lang := v.a.language()
	path, err := v.a.saveDialog(runtime.SaveDialogOptions{
		Title:           locales.Localize(lang, "ui.health.chart.save_title", nil),
		DefaultFilename: charts.FileName(title),
		Filters: []runtime.FileFilter{
			{DisplayName: locales.Localize(lang, "ui.health.chart.png_files", nil), Pattern: "*.png"},
		},
	})
	if err != nil || path == "" {
		return "", err
	}
	return charts.Write(path, img)
}
