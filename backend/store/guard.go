package store

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"

	"modernc.org/sqlite"
)

// Every connection this process opens through the "sqlite" driver gets an
// authorizer refusing ATTACH, DETACH and load_extension: a statement that
// slipped through (from a crafted file, say) cannot write a file of its
// choosing or run native code. The one ATTACH Qunzhu makes is VACUUM INTO's
// of its own target, allowed while VacuumInto runs.
func init() {
	sqlite.RegisterConnectionHook(func(c sqlite.ExecQuerierContext, _ string) error {
		a, ok := c.(sqlite.AuthorizerRegisterer)
		if !ok {
			return fmt.Errorf("sqlite driver without an authorizer")
		}
		return a.RegisterAuthorizer(authorize)
	})
}

// vacuumTargets are the files VACUUM INTO is writing now.
var vacuumTargets sync.Map

func authorize(action sqlite.AuthorizerActionCode, arg1, arg2, _, _ string) sqlite.AuthorizerReturnCode {
	switch action {
	case sqlite.AuthAttach:
		if _, ok := vacuumTargets.Load(arg1); ok {
			return sqlite.AuthorizerOK
		}
		return sqlite.AuthorizerDeny
	case sqlite.AuthDetach:
		return sqlite.AuthorizerDeny
	case sqlite.AuthFunction:
		if strings.EqualFold(arg2, "load_extension") {
			return sqlite.AuthorizerDeny
		}
	}
	return sqlite.AuthorizerOK
}

// allowVacuumInto lets VACUUM INTO attach dest until the returned func runs.
func allowVacuumInto(dest string) (done func()) {
	vacuumTargets.Store(dest, struct{}{})
	return func() { vacuumTargets.Delete(dest) }
}

// fileURI is path as a SQLite URI (https://sqlite.org/uri.html), so that
// SQLite's own parameters (mode=ro) apply and a '?' or '#' in a folder name
// is part of the name, not the start of the parameters.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/Users/... → /C:/Users/...
	}
	return "file://" + (&url.URL{Path: p}).EscapedPath()
}
