package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestMembersImportListExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "铁粉群", "--platform", "douyin", "--capacity", "500")
	csv := "用户昵称,抖音号,关注天数,粉丝团等级,是否铁粉\r\n张三,dy001,120,5,是\r\n李四,dy002,30,2,否\r\n王五,dy003,10,abc,否\r\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(csv)
	file := filepath.Join(dir, "fans.csv")
	os.WriteFile(file, []byte(gbk), 0o644)

	r := run(t, db, "members", "import", file, "--group", "铁粉群")
	rep := decode[map[string]any](t, r)
	invalid, _ := rep["invalid"].([]any)
	if r.code != 1 || rep["added"] != 0.0 || len(invalid) != 1 || invalid[0].(map[string]any)["row"] != 4.0 {
		t.Fatalf("import with a bad row: exit %d, %v, stderr %q", r.code, rep, r.stderr)
	}
	if !strings.Contains(invalid[0].(map[string]any)["reason"].(string), "abc") {
		t.Errorf("reason = %v", invalid[0])
	}
	if l := decode[map[string]any](t, run(t, db, "members", "list", "--json")); l["total"] != 0.0 {
		t.Fatalf("a refused import stored members: %v", l)
	}
	r = run(t, db, "members", "import", file, "--group", "铁粉群", "--skip-invalid")
	if rep := decode[map[string]any](t, r); r.code != 0 || rep["added"] != 2.0 {
		t.Fatalf("import --skip-invalid: %d %v %s", r.code, rep, r.stderr)
	}
	if rep := decode[map[string]any](t, run(t, db, "members", "import", file, "--skip-invalid")); rep["added"] != 0.0 || rep["skipped"] != 2.0 {
		t.Errorf("re-import changed something: %v", rep)
	}
	l := decode[map[string]any](t, run(t, db, "members", "list", "--search", "zs", "--group", "铁粉群", "--json"))
	ms, _ := l["members"].([]any)
	if l["total"] != 1.0 || len(ms) != 1 || ms[0].(map[string]any)["nickname"] != "张三" || ms[0].(map[string]any)["platformId"] != "dy001" {
		t.Errorf("list --search zs = %v", l)
	}
	out := filepath.Join(dir, "out.csv")
	if e := decode[map[string]any](t, run(t, db, "members", "export", "--out", out)); e["rows"] != 2.0 {
		t.Fatalf("export = %v", e)
	}
	b, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(b), "\uFEFF") || !strings.Contains(string(b), "张三,,douyin,dy001,120,5,") {
		t.Errorf("export file = %q", b)
	}
	if r := run(t, db, "members", "import", filepath.Join(dir, "missing.csv")); r.code != 1 || !strings.Contains(r.stderr, "missing.csv") {
		t.Errorf("missing file: %d %q", r.code, r.stderr)
	}
}

// Two fans named 王伟 with their own ids are two members; a 王伟 without an
// id is reported ambiguous with both, and --choose settles it.
func TestMembersImportNamesakes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	file := filepath.Join(dir, "fans.csv")
	os.WriteFile(file, []byte("用户昵称,抖音号\n王伟,dy001\n王伟,dy002\n王伟🌸,dy003\n"), 0o644)
	if rep := decode[map[string]any](t, run(t, db, "members", "import", file)); rep["added"] != 3.0 || rep["updated"] != 0.0 {
		t.Fatalf("import = %v", rep)
	}
	noID := filepath.Join(dir, "names.csv")
	os.WriteFile(noID, []byte("用户昵称,备注\n王伟,老粉\n"), 0o644)
	r := run(t, db, "members", "import", noID, "--platform", "douyin")
	rep := decode[map[string]any](t, r)
	amb, _ := rep["ambiguous"].([]any)
	if r.code != 0 || rep["added"] != 0.0 || len(amb) != 1 {
		t.Fatalf("import without ids: exit %d %v", r.code, rep)
	}
	cands := amb[0].(map[string]any)["candidates"].([]any)
	if amb[0].(map[string]any)["row"] != 2.0 || len(cands) != 2 || cands[1].(map[string]any)["platformId"] != "dy002" {
		t.Fatalf("ambiguous = %v", amb)
	}
	for _, c := range []struct{ choose, field string }{{"2=2", "updated"}, {"2=new", "added"}} {
		r := run(t, db, "members", "import", noID, "--platform", "douyin", "--choose", c.choose)
		if rep := decode[map[string]any](t, r); rep[c.field] != 1.0 || len(rep["ambiguous"].([]any)) != 0 {
			t.Errorf("--choose %s = %v", c.choose, rep)
		}
	}
	if r := run(t, db, "members", "import", noID, "--choose", "2=someone"); r.code != 2 {
		t.Errorf("--choose 2=someone: exit %d", r.code)
	}
	if l := decode[map[string]any](t, run(t, db, "members", "list", "--json")); l["total"] != 4.0 {
		t.Errorf("%v members, want 4", l["total"])
	}
}
