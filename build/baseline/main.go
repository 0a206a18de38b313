// Command baseline is the yardstick of `make perf-window`: the smallest Wails
// app with Qunzhu's Wails version and window options (size, limits, menu,
// program name) and one static page, so the window, first paint and memory of
// Qunzhu can be compared with an app that does nothing (issue 16).
//
//	go build -tags desktop,production -o build/bin/baseline ./build/baseline
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
)

// Title is what the perf script looks for.
const Title = "Wails baseline"

//go:embed page
var page embed.FS

func main() {
	assets, _ := fs.Sub(page, "page")
	m := menu.NewMenu()
	m.Append(menu.AppMenu())
	m.Append(menu.EditMenu())
	err := wails.Run(&options.App{
		Title: Title, Width: 1200, Height: 780, MinWidth: 960, MinHeight: 620,
		AssetServer: &assetserver.Options{Assets: assets},
		Menu:        m,
		Linux:       &linux.Options{ProgramName: "baseline"},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}
