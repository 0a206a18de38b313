package sheets_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/sheets"
)

// hostile are cells a spreadsheet would run as formulas if written as they are.
var hostile = []string{`=HYPERLINK("http://evil.example","点我")`, "+1", "-2", "@x", "\tcmd", "\r=1"}

func TestSafe(t *testing.T) {
	cases := []struct{ in, want string }{
		{`=HYPERLINK("http://x","点我")`, `'=HYPERLINK("http://x","点我")`},
		{"+1", "'+1"}, {"-2", "'-2"}, {"@x", "'@x"}, {"\tx", "'\tx"}, {"\rx", "'\rx"},
		{"", ""}, {"张三", "张三"}, {"a=b", "a=b"}, {"'=1", "'=1"}, {" =1", " =1"}, {"1-2", "1-2"},
	}
	for _, c := range cases {
		if got := sheets.Safe(c.in); got != c.want {
			t.Errorf("Safe(%q) = %q, want %q", c.in, got, c.want)
		}
		if back := sheets.Unsafe(sheets.Safe(c.in)); back != c.in && c.in != "'=1" {
			t.Errorf("Unsafe(Safe(%q)) = %q", c.in, back)
		}
	}
	for _, c := range []struct{ in, want string }{{"'abc", "'abc"}, {"'", "'"}, {"'-3", "-3"}, {"x'=", "x'="}} {
		if got := sheets.Unsafe(c.in); got != c.want {
			t.Errorf("Unsafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWriteCSVEscapesTextNotNumbers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.csv")
	rows := [][]any{{"name", "n"}}
	for i, h := range hostile {
		rows = append(rows, []any{h, -i})
	}
	if err := sheets.WriteFile(path, sheets.CSV, rows); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	want := "\uFEFFname,n\r\n" + `"'=HYPERLINK(""http://evil.example"",""点我"")",0` + "\r\n'+1,-1\r\n'-2,-2\r\n'@x,-3\r\n" +
		"'\tcmd,-4\r\n\"'=1\",-5\r\n" // encoding/csv drops a lone CR with UseCRLF
	if string(b) != want {
		t.Errorf("csv =\n%q\nwant\n%q", b, want)
	}
}

func TestWriteXLSXKeepsCellTypes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.xlsx")
	rows := [][]any{}
	for _, h := range hostile {
		rows = append(rows, []any{h, 42, nil, "007"})
	}
	if err := sheets.WriteFile(path, sheets.XLSX, rows); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, h := range hostile {
		checkCell(t, f, "A", i+1, h, excelize.CellTypeInlineString)
		checkCell(t, f, "B", i+1, "42", excelize.CellTypeUnset) // a number: no t attribute
		checkCell(t, f, "D", i+1, "007", excelize.CellTypeInlineString)
	}
}

func checkCell(t *testing.T, f *excelize.File, col string, row int, want string, typ excelize.CellType) {
	t.Helper()
	cell := col + itoa(row)
	got, _ := f.GetCellValue("Sheet1", cell, excelize.Options{RawCellValue: true})
	gotType, _ := f.GetCellType("Sheet1", cell)
	formula, _ := f.GetCellFormula("Sheet1", cell)
	if got != want || gotType != typ || formula != "" {
		t.Errorf("%s = %q type %v formula %q, want %q type %v", cell, got, gotType, formula, want, typ)
	}
}

func itoa(n int) string { return string(rune('0' + n)) }
