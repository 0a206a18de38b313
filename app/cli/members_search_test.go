package cli_test

import (
	"path/filepath"
	"slices"
	"testing"
)

// A Big5 CSV, as Excel saves it on a Traditional Chinese Windows, imports
// with its names intact, and `members list --search` finds them in either
// script and by every reading of a surname.
func TestMembersBig5ImportAndFoldedSearch(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	file, _ := filepath.Abs(filepath.Join("..", "..", "backend", "charset", "testdata", "members_big5.csv"))
	r := run(t, db, "members", "import", file, "--platform", "douyin")
	if rep := decode[map[string]any](t, r); r.code != 0 || rep["added"] != 5.0 {
		t.Fatalf("import: exit %d, %v, stderr %q", r.code, rep, r.stderr)
	}
	want := []string{"陳大文", "單曉明", "曾小賢", "解曉東", "廣告小號"}
	if got := listNames(t, db, "--limit", "10"); !sameNames(got, want) {
		t.Errorf("stored names = %v, want %v", got, want)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"陈", []string{"陳大文"}},
		{"陳", []string{"陳大文"}},
		{"广告", []string{"廣告小號"}},
		{"shan", []string{"單曉明"}},
		{"dan", []string{"單曉明"}},
		{"单晓明", []string{"單曉明"}},
		{"zeng", []string{"曾小賢"}},
		{"ceng", []string{"曾小賢"}},
		{"xie", []string{"解曉東"}},
		{"jiexiaodong", []string{"解曉東"}},
		{"老粉丝", []string{"陳大文"}}, // the remark, also Big5
	}
	for _, tt := range tests {
		if got := listNames(t, db, "--search", tt.q); !sameNames(got, tt.want) {
			t.Errorf("members list --search %s = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func listNames(t *testing.T, db string, args ...string) []string {
	t.Helper()
	r := run(t, db, append([]string{"members", "list", "--json"}, args...)...)
	l := decode[map[string]any](t, r)
	var out []string
	ms, _ := l["members"].([]any)
	for _, m := range ms {
		out = append(out, m.(map[string]any)["nickname"].(string))
	}
	return out
}

func sameNames(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
