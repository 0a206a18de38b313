package app_test

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"qunzhu/app"
	"qunzhu/backend/workspace"
)

// Wails is imported only by app/ and main.go.
func TestOnlyAppImportsWails(t *testing.T) {
	for _, dir := range []string{"../backend", "../locales"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
			if err != nil {
				return err
			}
			for _, imp := range f.Imports {
				if strings.Contains(imp.Path.Value, "github.com/wailsapp/") {
					t.Errorf("%s imports %s", path, imp.Path.Value)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// Every exported method of a bound service starts with
// `defer <receiver>.a.catchPanic(&err)`, err being its named error result:
// Wails answers a panicking call with nothing, so the window's promise
// would never settle.
func TestBoundMethodsCatchPanics(t *testing.T) {
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	methods := map[string]int{} // bound type -> exported methods
	for _, b := range app.New(ws).Bindings() {
		methods[reflect.TypeOf(b).Elem().Name()] = reflect.TypeOf(b).NumMethod()
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	checked := map[string]int{}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || !fn.Name.IsExported() {
				continue
			}
			recv, typ := receiver(fn)
			if _, bound := methods[typ]; !bound {
				continue
			}
			checked[typ]++
			if !catchesPanic(fn, recv) {
				t.Errorf("%s: %s.%s does not start with `defer %s.a.catchPanic(&err)` (err: its named error result)",
					path, typ, fn.Name.Name, recv)
			}
		}
	}
	for typ, n := range methods {
		if checked[typ] != n {
			t.Errorf("%s has %d exported methods, %d found in app/*.go", typ, n, checked[typ])
		}
	}
}

// receiver returns a method's receiver name and type name (for *T: T).
func receiver(fn *ast.FuncDecl) (name, typ string) {
	r := fn.Recv.List[0]
	if len(r.Names) > 0 {
		name = r.Names[0].Name
	}
	t := r.Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	if id, ok := t.(*ast.Ident); ok {
		typ = id.Name
	}
	return name, typ
}

// catchesPanic: fn's last result is `err error` and its first statement is
// `defer recv.a.catchPanic(&err)`.
func catchesPanic(fn *ast.FuncDecl, recv string) bool {
	res := fn.Type.Results
	if res == nil || fn.Body == nil || len(fn.Body.List) == 0 {
		return false
	}
	last := res.List[len(res.List)-1]
	if id, ok := last.Type.(*ast.Ident); !ok || id.Name != "error" || len(last.Names) == 0 || last.Names[len(last.Names)-1].Name != "err" {
		return false
	}
	d, ok := fn.Body.List[0].(*ast.DeferStmt)
	if !ok || len(d.Call.Args) != 1 {
		return false
	}
	return types.ExprString(d.Call.Fun) == recv+".a.catchPanic" && types.ExprString(d.Call.Args[0]) == "&err"
}

// Each type's methods in app/ use one receiver name.
func TestOneReceiverNamePerType(t *testing.T) {
	for _, dir := range []string{".", "cli"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]string{} // type -> receiver name, first seen
		for _, path := range files {
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || fn.Recv == nil {
					continue
				}
				recv, typ := receiver(fn)
				if first, seen := names[typ]; seen && first != recv {
					t.Errorf("%s: %s.%s names its receiver %q, other methods %q", path, typ, fn.Name.Name, recv, first)
				} else if !seen {
					names[typ] = recv
				}
			}
		}
	}
}
