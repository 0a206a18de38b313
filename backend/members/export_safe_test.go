package members_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/members"
)

// formulaNames are nicknames a spreadsheet would run if exported as they are.
var formulaNames = []string{`=HYPERLINK("http://evil.example","点我")`, "+1", "-2", "@x"}

func seedFormulaNames(t *testing.T, s *members.Service) {
	t.Helper()
	for i, n := range formulaNames {
		in := members.Input{Nickname: n, Remark: "=1+1", Platform: "douyin", PlatformID: "f" + strings.Repeat("0", i), FanLevel: 7,
			FollowSince: date(2026, 1, 1)}
		if _, err := s.Create(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
}

func formulaExport(format, path string) members.ExportRequest {
	return members.ExportRequest{Selection: members.Selection{Filter: &members.Filter{}}, Sort: "platformId",
		Columns: []string{"nickname", "remark", "fanLevel", "daysFollowed"}, Headers: []string{"昵称", "备注", "等级", "天数"},
		Format: format, Path: path}
}

func TestExportCSVEscapesFormulas(t *testing.T) {
	s, _ := newService(t)
	seedFormulaNames(t, s)
	req := formulaExport("csv", filepath.Join(t.TempDir(), "out.csv"))
	if n, err := s.Export(context.Background(), req); err != nil || n != len(formulaNames) {
		t.Fatalf("export = %d, %v", n, err)
	}
	raw, _ := os.ReadFile(req.Path)
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\uFEFF"))).ReadAll()
	if err != nil || len(rows) != len(formulaNames)+1 {
		t.Fatalf("csv rows %q %v", rows, err)
	}
	for i, name := range formulaNames {
		got := rows[i+1]
		if got[0] != "'"+name || got[1] != "'=1+1" || got[2] != "7" || got[3] != "325" {
			t.Errorf("row %d = %q, want %q escaped, level 7, 325 days", i+1, got, name)
		}
	}
}

func TestExportXLSXKeepsTextAsText(t *testing.T) {
	s, _ := newService(t)
	seedFormulaNames(t, s)
	req := formulaExport("xlsx", filepath.Join(t.TempDir(), "out.xlsx"))
	if _, err := s.Export(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(req.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, name := range formulaNames {
		row := i + 2
		cells := []struct {
			col, want string
			typ       excelize.CellType
		}{{"A", name, excelize.CellTypeInlineString}, {"B", "=1+1", excelize.CellTypeInlineString},
			{"C", "7", excelize.CellTypeUnset}, {"D", "325", excelize.CellTypeUnset}}
		for _, c := range cells {
			ref, _ := excelize.JoinCellName(c.col, row)
			got, _ := f.GetCellValue("Sheet1", ref, excelize.Options{RawCellValue: true})
			typ, _ := f.GetCellType("Sheet1", ref)
			formula, _ := f.GetCellFormula("Sheet1", ref)
			if got != c.want || typ != c.typ || formula != "" {
				t.Errorf("%s = %q type %v formula %q; want %q type %v (numbers have no type attribute)", ref, got, typ, formula, c.want, c.typ)
			}
		}
	}
}
