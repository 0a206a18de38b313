package members_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/members"
)

func TestExportCSVAndXLSX(t *testing.T) {
	s, _ := newService(t)
	seed(t, s)
	ctx := context.Background()
	dir := t.TempDir()
	yes := true
	req := members.ExportRequest{Selection: members.Selection{Filter: &members.Filter{IronFan: &yes}},
		Columns: []string{"nickname", "platformId", "ironFan", "tags"}, Headers: []string{"昵称", "ID", "铁粉", "标签"},
		Yes: "是", No: "否", Format: "csv", Path: filepath.Join(dir, "out.csv")}
	if n, err := s.Export(ctx, req); err != nil || n != 1 {
		t.Fatalf("csv export = %d, %v", n, err)
	}
	b, _ := os.ReadFile(req.Path)
	if want := "\uFEFF昵称,ID,铁粉,标签\r\n张三,zs001,是,铁粉\r\n"; string(b) != want {
		t.Errorf("csv = %q, want %q", b, want)
	}
	all := ids(t, s, members.Query{Sort: "nickname"})
	req.Selection = members.Selection{IDs: all[:3]}
	req.Format, req.Path, req.Sort = "xlsx", filepath.Join(dir, "out.xlsx"), "nickname"
	if n, err := s.Export(ctx, req); err != nil || n != 3 {
		t.Fatalf("xlsx export = %d, %v", n, err)
	}
	f, err := excelize.OpenFile(req.Path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Sheet1")
	if len(rows) != 4 || rows[0][0] != "昵称" || !strings.Contains(rows[1][0]+rows[2][0]+rows[3][0], "李四") {
		t.Errorf("xlsx rows = %v", rows)
	}
	req.Columns = []string{"password"}
	req.Headers = []string{"x"}
	if _, err := s.Export(ctx, req); err == nil {
		t.Error("unknown column accepted")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".part-*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
