package sheets

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

func TestCheckFieldCounts(t *testing.T) {
	wide := strings.Repeat(",", MaxColumns) // MaxColumns+1 fields
	cases := []struct {
		name, text string
		params     errs.Params // nil: accepted
	}{
		{"at the limit", "a\n" + wide[1:] + "\n", nil},
		{"one over", "a\n" + wide + "\n", errs.Params{"Row": 2, "Column": "AMK", "Max": MaxColumns}},
		{"quoted delimiters do not count", "a\n\"" + wide + "\"\n", nil},
		{"quoted line breaks keep the row", "a\n\"x\ny\"\n" + wide, errs.Params{"Row": 3, "Column": "AMK", "Max": MaxColumns}},
		{"escaped quotes stay quoted", "\"a\"\"" + wide + "\"", nil},
		{"a stray quote opens nothing", "ab\"c" + wide, errs.Params{"Row": 1, "Column": "AMK", "Max": MaxColumns}},
		{"lazy quote inside a quoted field", "\"a\"b" + wide + "\"", nil},
	}
	for _, c := range cases {
		err := checkFieldCounts(c.text, ',')
		if c.params == nil {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		e := errs.As(err)
		if err == nil || e.Key != "err.import.limit.columns" || fmt.Sprint(e.Params) != fmt.Sprint(c.params) {
			t.Errorf("%s: err = %v, want columns %v", c.name, err, c.params)
		}
	}
}

func TestReadLimits(t *testing.T) {
	wide := strings.Repeat("a,", 19) + "b\n" + strings.Repeat(strings.Repeat("x,", 19)+"y\n", MaxCells/20)
	tall := "a\n" + strings.Repeat("x\n", MaxRows+1)
	cases := []struct {
		name, file string
		b          []byte
		key        string
		params     errs.Params
	}{
		{"too many cells", "m.csv", []byte(wide), "err.import.limit.cells", errs.Params{"Row": MaxCells/20 + 1, "Max": MaxCells}},
		{"too many rows", "m.csv", []byte(tall), "err.import.limit.members", errs.Params{"Row": MaxRows + 2, "Max": MaxRows}},
		{"too wide", "m.csv", []byte("a\tb\n" + strings.Repeat("x\t", MaxColumns) + "y"), "err.import.limit.columns",
			errs.Params{"Row": 2, "Column": "AMK", "Max": MaxColumns}},
		{"xlsx far column", "m.xlsx", workbook(t, []string{"S"}, map[string][][]any{"S": {{"昵称"}, append(make([]any, 2000), "x")}}),
			"err.import.limit.columns", errs.Params{"Row": 2, "Column": "BXY", "Max": MaxColumns}},
	}
	for _, c := range cases {
		_, err := Read(c.file, c.b, "")
		if e := errs.As(err); e.Key != c.key || fmt.Sprint(e.Params) != fmt.Sprint(c.params) {
			t.Errorf("%s: err = %v, want %s %v", c.name, err, c.key, c.params)
		}
	}
	if err := CheckSize(MaxFileBytes + 1); errs.As(err).Key != "err.import.limit.file" {
		t.Errorf("CheckSize over the limit: %v", err)
	}
	if err := CheckSize(MaxFileBytes); err != nil {
		t.Errorf("CheckSize at the limit: %v", err)
	}
}

func TestReadContextStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	long := []byte("a\n" + strings.Repeat("x\n", 5000))
	xlsx := workbook(t, []string{"S"}, map[string][][]any{"S": rowsOf(5000)})
	for name, b := range map[string][]byte{"m.csv": long, "m.xlsx": xlsx} {
		if _, err := ReadContext(ctx, name, b, ""); errs.CodeOf(err) != errs.Cancelled {
			t.Errorf("%s: err = %v, want cancelled", name, err)
		}
		if _, err := ReadContext(context.Background(), name, b, ""); err != nil {
			t.Errorf("%s not cancelled: %v", name, err)
		}
	}
}

func rowsOf(n int) [][]any {
	out := make([][]any, n)
	for i := range out {
		out[i] = []any{fmt.Sprint("粉丝", i)}
	}
	return out
}
