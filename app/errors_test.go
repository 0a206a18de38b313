package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

func TestFormatErrorLocalizesFields(t *testing.T) {
	f := errs.Fields{}
	f.Add("capacity", "err.field.range", errs.Params{"Min": 1, "Max": 200000})
	d := FormatError(f.Err(), "en", nil)
	if d.Code != errs.Invalid || d.Key != "err.invalid_input" || d.Message != "Some fields need fixing." {
		t.Errorf("top = %+v", d)
	}
	c := d.Fields["capacity"]
	if c.Key != "err.field.range" || c.Message != "Must be between 1 and 200000." || c.Params["Max"] != 200000 {
		t.Errorf("capacity field = %+v", c)
	}
	zh := FormatError(f.Err(), "zh-CN", nil)
	if !strings.Contains(zh.Fields["capacity"].Message, "200000") || zh.Fields["capacity"].Message == c.Message {
		t.Errorf("zh-CN field message = %q", zh.Fields["capacity"].Message)
	}
}

func TestFormatErrorHidesAndLogsInternals(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	d := FormatError(errors.New("disk I/O error at page 7"), "en", log)
	if d.Code != errs.Internal || strings.Contains(d.Message, "disk") || d.Params == nil {
		t.Errorf("internal error shown as %+v", d)
	}
	if !strings.Contains(buf.String(), "disk I/O error at page 7") {
		t.Errorf("internal error not logged: %q", buf.String())
	}
	buf.Reset()
	FormatError(errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": 3}), "en", log)
	if buf.Len() != 0 {
		t.Errorf("an expected error was logged as internal: %q", buf.String())
	}
}

func TestAppFormatErrorIsJSONText(t *testing.T) {
	a := &App{lang: "en"}
	out, ok := a.FormatError(errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": 7})).(string)
	var d ErrorDTO
	if !ok || json.Unmarshal([]byte(out), &d) != nil {
		t.Fatalf("FormatError returned %#v, want JSON text", out)
	}
	if d.Code != errs.NotFound || d.Message != "Group 7 does not exist." || d.Params["ID"] != 7.0 {
		t.Errorf("decoded %+v", d)
	}
}
