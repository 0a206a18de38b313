//go:build !(linux && desktop)

package app

// LightenWebView does nothing here: WebView2 and macOS' WebKit size their
// caches themselves.
func LightenWebView() {}
