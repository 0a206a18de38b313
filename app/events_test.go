package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The event names in events.go and in the frontend's mirror
// (frontend/src/api/events.ts) are the same: a rename on one side only
// would leave the window listening for an event nobody sends.
func TestEventNamesMatchTheFrontend(t *testing.T) {
	src, err := os.ReadFile("../frontend/src/api/events.ts")
	if err != nil {
		t.Fatal(err)
	}
	ts := map[string]string{} // name -> where
	for _, m := range regexp.MustCompile(`export const (\w+) = '([^']+)'`).FindAllStringSubmatch(string(src), -1) {
		ts[m[2]] = m[1]
	}
	job := regexp.MustCompile(`(\w+): \{ progress: '([^']+)', done: '([^']+)', failed: '([^']+)' \}`)
	for _, m := range job.FindAllStringSubmatch(string(src), -1) {
		for i, part := range []string{"progress", "done", "failed"} {
			ts[m[2+i]] = "JOBS." + m[1] + "." + part
		}
	}
	goNames := eventsGo(t)
	if got, want := sortedKeys(ts), sortedKeys(goNames); !reflect.DeepEqual(got, want) {
		t.Errorf("events.ts names %v\nevents.go names %v", got, want)
	}
	for name, where := range goNames {
		if strings.HasPrefix(where, "JOBS.") && ts[name] != where {
			t.Errorf("%q is %s in events.ts, %s in events.go", name, ts[name], where)
		}
	}
}

// eventsGo reads events.go: its string constants, and its jobEvents
// variables (xJob = jobEvents{progress, done, failed} is JOBS.x in
// events.ts); name -> where.
func eventsGo(t *testing.T) map[string]string {
	f, err := parser.ParseFile(token.NewFileSet(), "events.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || (g.Tok != token.CONST && g.Tok != token.VAR) {
			continue
		}
		for _, spec := range g.Specs {
			v := spec.(*ast.ValueSpec)
			for i, val := range v.Values {
				addEventNames(out, v.Names[i].Name, val)
			}
		}
	}
	return out
}

// addEventNames adds the names a constant or jobEvents literal holds.
func addEventNames(out map[string]string, ident string, val ast.Expr) {
	if lit, ok := val.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		out[strings.Trim(lit.Value, "\"`")] = ident
		return
	}
	c, ok := val.(*ast.CompositeLit)
	if !ok || types.ExprString(c.Type) != "jobEvents" {
		return
	}
	for i, part := range []string{"progress", "done", "failed"} {
		if lit, ok := c.Elts[i].(*ast.BasicLit); ok {
			out[strings.Trim(lit.Value, "\"`")] = "JOBS." + strings.TrimSuffix(ident, "Job") + "." + part
		}
	}
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
