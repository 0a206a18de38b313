//go:build linux && desktop

package app

/*
#cgo linux pkg-config: gtk+-3.0
#cgo !webkit2_41 pkg-config: webkit2gtk-4.0
#cgo webkit2_41 pkg-config: webkit2gtk-4.1
#include <webkit2/webkit2.h>

static void qunzhu_webkit_document_viewer(void) {
	webkit_web_context_set_cache_model(webkit_web_context_get_default(), WEBKIT_CACHE_MODEL_DOCUMENT_VIEWER);
}
*/
import "C"

// LightenWebView sets WebKitGTK's cache model to "document viewer": the app
// loads its own few files from memory, so WebKit's memory cache for pages,
// scripts and decoded images (sized for a web browser) only keeps what the
// screens visited once loaded (issue 16). It must run on the main thread
// before the window: main locks its goroutine to it.
func LightenWebView() { C.qunzhu_webkit_document_viewer() }
