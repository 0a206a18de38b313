package store_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// Every type in backend/ has one receiver name (issue 18).
func TestOneReceiverNamePerType(t *testing.T) {
	names := map[string]map[string]string{} // "dir.Type" -> receiver -> where
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List[0].Names) == 0 {
				continue
			}
			typ := fn.Recv.List[0].Type
			if star, ok := typ.(*ast.StarExpr); ok {
				typ = star.X
			}
			if idx, ok := typ.(*ast.IndexExpr); ok {
				typ = idx.X
			}
			id, ok := typ.(*ast.Ident)
			if !ok {
				continue
			}
			key := filepath.Dir(path) + "." + id.Name
			if names[key] == nil {
				names[key] = map[string]string{}
			}
			names[key][fn.Recv.List[0].Names[0].Name] = path + ": " + fn.Name.Name
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for key, recv := range names {
		if len(recv) > 1 {
			t.Errorf("%s has receivers named %v", key, recv)
		}
	}
}
