package cli_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/invites"
	"qunzhu/backend/members"
	"qunzhu/backend/workspace"
)

func TestInvitesRender(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "铁粉群", "--platform", "douyin", "--capacity", "500", "--min-days", "60", "--join-code", "芝麻")
	fans := "用户昵称,抖音号,关注天数,粉丝团等级,是否铁粉\r\n张三,dy001,120,5,是\r\n李四,dy002,30,2,否\r\n🌸Lily,dy003,90,1,否\r\n"
	os.WriteFile(filepath.Join(dir, "fans.csv"), []byte(fans), 0o644)
	if r := run(t, db, "members", "import", filepath.Join(dir, "fans.csv")); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	ws, err := workspace.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	yes := true
	if _, err := ws.Members.SaveSegment(context.Background(), 0, "铁粉", members.Filter{IronFan: &yes}); err != nil {
		t.Fatal(err)
	}
	ws.Close()
	tpl := filepath.Join(dir, "t.txt")
	os.WriteFile(tpl, []byte("[[嗨|你好]] {昵称|朋友}，{群名} 口令 {群口令|私信}，全网最低价 {头像}\n---\n{昵称}，来{群名}！\n"), 0o644)
	out := filepath.Join(dir, "out.csv")

	// --group alone: the fans meeting its entry conditions (60 days).
	r := run(t, db, "invites", "render", "--template-file", tpl, "--group", "铁粉群", "--out", out)
	got := decode[struct {
		Drafts   int
		Warnings []map[string]any
	}](t, r)
	if r.code != 0 || got.Drafts != 2 {
		t.Fatalf("render --group: exit %d, %+v, %s", r.code, got, r.stderr)
	}
	keys := map[string]bool{}
	for _, w := range got.Warnings {
		keys[w["key"].(string)] = true
		if w["message"] == "" || w["message"] == w["key"] {
			t.Errorf("warning not localized: %v", w)
		}
	}
	if !keys["ui.invites.check.adlaw"] || !keys["ui.invites.check.unknown_field"] {
		t.Errorf("warnings %v", got.Warnings)
	}
	raw, _ := os.ReadFile(out)
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\uFEFF"))).ReadAll()
	if err != nil || len(rows) != 3 || strings.Join(rows[0], ",") != "nickname,platform,platformId,text" {
		t.Fatalf("csv %q %v", rows, err)
	}
	for _, row := range rows[1:] {
		if !strings.Contains(row[3], row[0]) || !strings.Contains(row[3], "铁粉群") || row[1] != "douyin" {
			t.Errorf("row %q", row)
		}
	}
	// Rendering again gives the same texts.
	first := string(raw)
	run(t, db, "invites", "render", "--template-file", tpl, "--group", "铁粉群", "--out", out)
	if again, _ := os.ReadFile(out); string(again) != first {
		t.Errorf("second render differs")
	}
	// --segment: the iron fans.
	r = run(t, db, "invites", "render", "--template-file", tpl, "--segment", "铁粉", "--out", out)
	if got := decode[map[string]any](t, r); got["drafts"] != 1.0 {
		t.Errorf("render --segment: %v", got)
	}
	// A stored template by name: the same texts as a batch in the window would hold.
	r = run(t, db, "invites", "render", "--template", "core fan invitation", "--group", "铁粉群", "--out", out)
	if got := decode[map[string]any](t, r); r.code != 0 || got["drafts"] != 2.0 {
		t.Errorf("render --template: %d %v %s", r.code, got, r.stderr)
	}
	ws, err = workspace.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	tp, _ := ws.Invites.TemplateByName(context.Background(), "Core fan invitation")
	g, _ := ws.Groups.FindByName(context.Background(), "铁粉群")
	want, err := ws.Invites.Render(context.Background(), invites.RenderRequest{TemplateID: tp.ID,
		Selection: invites.Selection{GroupID: g.ID, Preset: "entry"}, Lang: "en"})
	ws.Close()
	raw, _ = os.ReadFile(out)
	if err != nil || tp.ID == 0 || len(want.Drafts) != 2 {
		t.Fatalf("stored template %d: %v", tp.ID, err)
	}
	got2, _ := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\uFEFF"))).ReadAll()
	if len(got2) != 3 {
		t.Fatalf("csv %q", got2)
	}
	for i, d := range want.Drafts {
		if got2[i+1][3] != d.Text {
			t.Errorf("row %d: %q, want %q", i+1, got2[i+1][3], d.Text)
		}
	}
	if r := run(t, db, "invites", "render", "--template", "nope", "--out", out); r.code != 1 || !strings.Contains(r.stderr, "nope") {
		t.Errorf("unknown template: %d %q", r.code, r.stderr)
	}
	if r := run(t, db, "invites", "render", "--template", "x", "--template-file", tpl, "--out", out); r.code != 2 {
		t.Errorf("both --template and --template-file: %d", r.code)
	}
	// A template with errors stops with a localized message.
	os.WriteFile(tpl, []byte("[[嗨|你好 {昵称}"), 0o644)
	if r := run(t, db, "invites", "render", "--template-file", tpl, "--out", out); r.code != 1 || !strings.Contains(r.stderr, "Variant A") {
		t.Errorf("bad template: %d %q", r.code, r.stderr)
	}
	if r := run(t, db, "invites", "render", "--template-file", tpl, "--out", "x.txt"); r.code != 2 {
		t.Errorf("bad --out: %d", r.code)
	}
}
