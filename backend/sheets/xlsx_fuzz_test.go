package sheets

import "testing"

func FuzzReadXLSX(f *testing.F) {
	f.Add(workbook(f, []string{"名单"}, map[string][][]any{"名单": {{"昵称", "抖音号", "关注天数"}, {"张三", "dy001", 120}, {"=1+1", 45292.5, true}}}))
	f.Add(workbook(f, []string{"Sheet1", "二"}, map[string][][]any{"Sheet1": {{"昵称"}}, "二": {{nil, "a"}, {"b"}}}))
	f.Add(workbook(f, []string{"Sheet1"}, nil))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := ReadXLSX(b, "")
		if err != nil {
			return
		}
		checkTable(t, tb, 2)
		if len(tb.Headers) > MaxColumns || len(tb.Headers)*(len(tb.Rows)+1) > MaxCells || len(tb.Sheets) == 0 {
			t.Fatalf("table %d wide, %d rows, sheets %q", len(tb.Headers), len(tb.Rows), tb.Sheets)
		}
	})
}
