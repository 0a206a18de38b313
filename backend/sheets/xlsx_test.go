package sheets

import (
	"reflect"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
)

// workbook writes sheets (name -> rows of cells, nil cells left blank) to
// XLSX bytes.
func workbook(t testing.TB, names []string, sheets map[string][][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range names {
		if i == 0 {
			must(t, f.SetSheetName("Sheet1", name))
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range sheets[name] {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				must(t, f.SetCellValue(name, cell, v))
			}
		}
	}
	buf, err := f.WriteToBuffer()
	must(t, err)
	return buf.Bytes()
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadXLSX(t *testing.T) {
	b := workbook(t, []string{"粉丝", "Sheet2", "空表"}, map[string][][]any{
		"粉丝": {
			{"用户昵称", "抖音号", "关注时间", "粉丝团等级", "是否铁粉"},
			{"张三✨", "dy001", 45293, 5, true},
			{},
			{"\u200b李四 ", 1234567890123, "2024/3/4", "Lv.12", "否"},
		},
		"Sheet2": {{"Nickname", "UID"}, {"Tom", "u1"}},
		"空表":     {{nil}},
	})
	tb, err := Read("fans.xlsx", b, "")
	must(t, err)
	wantRows := [][]string{{"张三✨", "dy001", "45293", "5", "1"}, {"李四", "1234567890123", "2024/3/4", "Lv.12", "否"}}
	if tb.Sheet != "粉丝" || !slices.Equal(tb.Sheets, []string{"粉丝", "Sheet2", "空表"}) ||
		!reflect.DeepEqual(tb.Rows, wantRows) || !slices.Equal(tb.Lines, []int{2, 4}) {
		t.Fatalf("got sheet %q %q rows %q lines %v", tb.Sheet, tb.Sheets, tb.Rows, tb.Lines)
	}
	recs, bad := Records(tb, GuessMapping(tb.Headers), Options{Platform: "douyin", Now: testNow})
	if len(bad) != 0 || len(recs) != 2 {
		t.Fatalf("records %+v problems %+v", recs, bad)
	}
	if d := recs[0].FollowSince.Format("2006-01-02"); d != "2024-01-02" || !*recs[0].IronFan || *recs[1].FanLevel != 12 || recs[1].Row != 4 {
		t.Errorf("records = %+v / %+v (date %s)", recs[0], recs[1], d)
	}

	tb, err = ReadXLSX(b, "Sheet2")
	must(t, err)
	if tb.Sheet != "Sheet2" || tb.Headers[0] != "Nickname" || tb.Rows[0][1] != "u1" {
		t.Errorf("Sheet2 = %+v", tb)
	}
}

func TestReadXLSXErrors(t *testing.T) {
	b := workbook(t, []string{"A", "B", "C"}, map[string][][]any{
		"A": {{"昵称"}, {"x"}},
		"B": {{"昵称", "QQ号"}},
	})
	cases := []struct {
		name, sheet string
		in          []byte
		code, key   string
		params      errs.Params
		sheets      bool
	}{
		{"missing sheet", "Nope", b, errs.NotFound, "err.import.sheet", errs.Params{"Name": "Nope"}, true},
		{"header only", "B", b, errs.Invalid, "err.import.no_rows", nil, true},
		{"empty sheet", "C", b, errs.Invalid, "err.import.sheet_empty", errs.Params{"Name": "C"}, true},
		{"broken zip", "", []byte("PK\x03\x04garbage"), errs.Invalid, "err.import.xlsx", nil, false},
		{"truncated", "", b[:len(b)/2], errs.Invalid, "err.import.xlsx", nil, false},
	}
	for _, c := range cases {
		tb, err := Read("x.xlsx", c.in, c.sheet)
		e := errs.As(err)
		if err == nil || e.Code != c.code || e.Key != c.key || !reflect.DeepEqual(e.Params, c.params) {
			t.Errorf("%s: err = %v, want %s %s %v", c.name, err, c.code, c.key, c.params)
		}
		if c.sheets != (len(tb.Sheets) == 3) {
			t.Errorf("%s: sheets = %q", c.name, tb.Sheets)
		}
	}
}

func TestReadSniffsContent(t *testing.T) {
	cases := []struct {
		name, file string
		in         []byte
		key        string
	}{
		{"old excel", "fans.xls", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, "err.import.xls"},
		{"csv named xlsx", "fans.xlsx", []byte("a,b\n1,2\n"), "err.import.xlsx"},
		{"blank", "fans.csv", []byte(" \n\t"), "err.import.empty"},
		{"xlsx named csv", "fans.csv", workbook(t, []string{"S"}, map[string][][]any{"S": {{"昵称"}, {"x"}}}), ""},
		{"txt is csv", "fans.txt", []byte("昵称\tQQ号\n张三\t10001\n"), ""},
	}
	for _, c := range cases {
		_, err := Read(c.file, c.in, "")
		if got := errs.As(err).Key; (err == nil) != (c.key == "") || (err != nil && got != c.key) {
			t.Errorf("%s: err = %v, want %q", c.name, err, c.key)
		}
	}
}
