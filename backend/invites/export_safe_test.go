package invites

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportBatchCSVEscapesFormulas(t *testing.T) {
	f := newFixture(t)
	g := f.group("g", 50, 0, 0, false)
	f.member(`=HYPERLINK("http://evil.example","点我")`, "dy001", 10, 1, false, "comment")
	f.member("@x", "dy002", 10, 1, false, "comment")
	tpl := f.template("t", "-你好 {昵称}")
	b, _, err := f.svc.CreateBatch(ctx, BatchRequest{RenderRequest: RenderRequest{TemplateID: tpl.ID, Selection: Selection{GroupID: g.ID}, Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "drafts.csv")
	if _, err := f.svc.ExportBatch(ctx, b.ID, path, "en"); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\uFEFF"))).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv rows %q %v", rows, err)
	}
	for _, r := range rows[1:] {
		if !strings.HasPrefix(r[0], "'") || !strings.HasPrefix(r[5], "'-你好 ") {
			t.Errorf("row %q: nickname and text should start with '", r)
		}
	}
}
