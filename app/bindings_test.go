package app_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"qunzhu/app"
	"qunzhu/backend/workspace"
)

// No bound method takes or returns a backend type, nor a struct that holds
// one, and no event payload holds one: the frontend sees app DTOs only, so
// a change in a domain struct cannot change the bindings unnoticed.
func TestBoundMethodsUseOnlyDTOs(t *testing.T) {
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	seen := map[reflect.Type]bool{}
	for _, b := range app.New(ws).Bindings() {
		bt := reflect.TypeOf(b)
		for i := range bt.NumMethod() {
			m := bt.Method(i)
			where := bt.Elem().Name() + "." + m.Name
			for j := 1; j < m.Type.NumIn(); j++ {
				reportBackend(t, where, m.Type.In(j), seen)
			}
			for j := range m.Type.NumOut() {
				reportBackend(t, where, m.Type.Out(j), seen)
			}
		}
	}
	for _, payload := range []any{app.JobProgressDTO{}, app.JobFailedDTO{}, app.ImportDoneDTO{}, app.ActivityDoneDTO{},
		app.ScanDoneDTO{}, app.SampleDoneDTO{}, app.TiersDoneDTO{}, app.BadgesDoneDTO{}, app.PointsDoneDTO{}} {
		reportBackend(t, "event payload", reflect.TypeOf(payload), seen)
	}
}

// reportBackend fails the test for every backend type reachable from typ
// (where: how it was reached), once per type.
func reportBackend(t *testing.T, where string, typ reflect.Type, seen map[reflect.Type]bool) {
	t.Helper()
	if seen[typ] {
		return
	}
	seen[typ] = true
	if strings.HasPrefix(typ.PkgPath(), "qunzhu/backend/") {
		t.Errorf("%s: %s is a backend type", where, typ)
	}
	switch typ.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		reportBackend(t, where, typ.Elem(), seen)
	case reflect.Map:
		reportBackend(t, where, typ.Key(), seen)
		reportBackend(t, where, typ.Elem(), seen)
	case reflect.Struct:
		for i := range typ.NumField() {
			f := typ.Field(i)
			reportBackend(t, where+" "+typ.Name()+"."+f.Name, f.Type, seen)
		}
	}
}
