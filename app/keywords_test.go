package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"qunzhu/backend/activity"
	"qunzhu/backend/workspace"
)

// After an import the new messages are scanned (the list seeded first when
// new); when the list has changed since the last scan the import leaves the
// full rescan to the keyword screen. The DTOs carry the split snippet.
func TestKeywordsAfterImport(t *testing.T) {
	ctx := context.Background()
	ws, err := workspace.Open(ctx, filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	a := New(ws)
	a.setLanguage("zh-CN")
	imp := func(name string, lines ...string) {
		path := filepath.Join(t.TempDir(), name)
		body := ""
		for _, l := range lines {
			body += l + "\n"
		}
		os.WriteFile(path, []byte(body), 0o644)
		if _, err := ws.Activity.Import(ctx, activity.Request{Path: path}, nil); err != nil {
			t.Fatal(err)
		}
		a.Keywords.afterImport(ctx)
	}
	total := func() int {
		p, err := a.Keywords.Hits(HitFilterDTO{})
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	imp("a.txt", "01.05.2024, 10:05 - 阿明: 国家级品质")
	if n := total(); n != 1 {
		t.Fatalf("%d hits after the first import, want 1", n)
	}
	page, _ := a.Keywords.Hits(HitFilterDTO{To: "2024-05-01"})
	if h := page.Hits; len(h) != 1 || h[0].Before != "" || h[0].Match != "国家级" || h[0].After != "品质" ||
		h[0].Nickname != "阿明" || h[0].At != "2024-05-01T10:05:00" || h[0].Word.Level != "act" || page.Stale {
		t.Errorf("page = %+v", page)
	}
	imp("b.txt", "02.05.2024, 09:00 - 小刚: 我要退款")
	if n := total(); n != 2 {
		t.Errorf("%d hits after the second import, want 2", n)
	}
	if _, err := a.Keywords.AddWord(WatchWordInputDTO{Text: "品质", Category: "custom", Severity: 1}); err != nil {
		t.Fatal(err)
	}
	imp("c.txt", "03.05.2024, 09:00 - 小刚: 最好的品质")
	if p, _ := a.Keywords.Hits(HitFilterDTO{}); p.Total != 2 || !p.Stale {
		t.Errorf("after a list change and an import: %d hits, stale %v; want the old 2, stale", p.Total, p.Stale)
	}
	if _, err := a.Keywords.Hits(HitFilterDTO{From: "May 1"}); err == nil {
		t.Error("a bad date was accepted")
	}
}
