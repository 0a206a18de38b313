package invites

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

func TestResolveSkipsAndPresets(t *testing.T) {
	f := newFixture(t)
	g := f.group("铁粉一群", 5, 30, 3, false)
	a := f.member("小美", "a1", 100, 5, true, "comment")
	b := f.member("阿强", "b2", 10, 8, false, "dm")    // too new for the group
	c := f.member("Lily", "c3", 60, 1, false, "dm")  // level too low
	d := f.member("老王", "d4", 400, 10, true, "live") // already in the group
	f.join(d, g)
	_ = c
	yes := true
	cases := []struct {
		name string
		sel  Selection
		want []int64
		cnt  Counts
	}{
		{"all, no group", Selection{}, []int64{d.ID, c.ID, b.ID, a.ID}, Counts{Matched: 4, Invite: 4, Free: -1}},
		{"entry conditions", Selection{Preset: "entry", GroupID: g.ID}, []int64{a.ID}, Counts{Matched: 2, InGroup: 1, Invite: 1, Free: 4}},
		{"iron fans", Selection{Preset: "iron", GroupID: g.ID}, []int64{a.ID}, Counts{Matched: 2, InGroup: 1, Invite: 1, Free: 4}},
		{"DM'd first", Selection{Preset: "dm"}, []int64{c.ID, b.ID}, Counts{Matched: 2, Invite: 2, Free: -1}},
		{"filter", Selection{Filter: &members.Filter{IronFan: &yes}}, []int64{d.ID, a.ID}, Counts{Matched: 2, Invite: 2, Free: -1}},
	}
	for _, c := range cases {
		got, err := f.svc.Resolve(ctx, c.sel)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var ids []int64
		for _, m := range got.Members {
			ids = append(ids, m.ID)
		}
		if !slices.Equal(ids, c.want) || got.Counts != c.cnt {
			t.Errorf("%s: got %v %+v, want %v %+v", c.name, ids, got.Counts, c.want, c.cnt)
		}
	}
	if _, err := f.svc.Resolve(ctx, Selection{Preset: "nope"}); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("unknown preset: %v", err)
	}
}

func TestSegmentSelection(t *testing.T) {
	f := newFixture(t)
	f.member("小美", "a1", 100, 5, true, "comment")
	b := f.member("阿强", "b2", 10, 8, false, "dm")
	sg, err := f.mem.SaveSegment(ctx, 0, "私信粉", members.Filter{Sources: []string{"dm"}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := f.svc.Resolve(ctx, Selection{SegmentID: sg.ID})
	if err != nil || got.Invite != 1 || got.Members[0].ID != b.ID {
		t.Fatalf("segment: %+v, %v", got.Counts, err)
	}
}

func TestBatchQueueFunnelAndRecentSkip(t *testing.T) {
	f := newFixture(t)
	g := f.group("铁粉一群", 500, 0, 0, false)
	for i, n := range []string{"甲", "乙", "丙", "丁", "戊", "己"} {
		f.member(n, "id"+n, 10+i, 1, false, "comment")
	}
	tpl := f.template("核心", "[[嗨|你好]] {昵称}，来{群名}玩，口令 {群口令}", "{昵称|朋友}，想邀请你进{群名}")
	b, out, err := f.svc.CreateBatch(ctx, BatchRequest{RenderRequest: RenderRequest{TemplateID: tpl.ID,
		Selection: Selection{GroupID: g.ID}, Lang: "zh-CN"}, Name: "第一批"})
	if err != nil {
		t.Fatal(err)
	}
	if b.Total != 6 || b.States[StateDrafted] != 6 || len(out.Drafts) != 6 {
		t.Fatalf("batch %+v, %d drafts", b, len(out.Drafts))
	}
	q, err := f.svc.Queue(ctx, b.ID, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	variants := map[string]int{}
	for i, d := range q {
		variants[d.Variant]++
		if d.Position != i+1 || !strings.Contains(d.Text, d.Nickname) || !strings.Contains(d.Text, "铁粉一群") {
			t.Errorf("draft %d: %+v", i, d)
		}
	}
	if variants["A"] == 0 || variants["B"] == 0 {
		t.Errorf("variants %v: both should be used", variants)
	}
	// Copy three, send two, one joins, one declines, one is skipped.
	steps := []struct {
		i     int
		state string
	}{{0, StateCopied}, {1, StateCopied}, {2, StateCopied}, {0, StateSent}, {1, StateSent}, {0, StateJoined}, {1, StateDeclined}, {5, StateSkipped}}
	for _, s := range steps {
		if _, err := f.svc.SetState(ctx, q[s.i].ID, s.state, "zh-CN"); err != nil {
			t.Fatal(err)
		}
	}
	funnel, err := f.svc.Funnel(ctx, FunnelQuery{BatchID: b.ID})
	if err != nil {
		t.Fatal(err)
	}
	var total Stage
	for _, s := range funnel {
		total.Drafted += s.Drafted
		total.Copied += s.Copied
		total.Sent += s.Sent
		total.Joined += s.Joined
		total.Declined += s.Declined
		total.Skipped += s.Skipped
	}
	if want := (Stage{Drafted: 5, Copied: 3, Sent: 2, Joined: 1, Declined: 1, Skipped: 1}); total != want {
		t.Errorf("funnel total %+v, want %+v", total, want)
	}
	byTpl, _ := f.svc.Funnel(ctx, FunnelQuery{TemplateID: tpl.ID})
	if !slices.Equal(byTpl, funnel) {
		t.Errorf("template funnel %+v != batch funnel %+v", byTpl, funnel)
	}
	// The one who joined is now in the group.
	m, _ := f.mem.Get(ctx, q[0].MemberID)
	if len(m.Groups) != 1 || m.Groups[0].GroupID != g.ID || m.Groups[0].Status != "joined" {
		t.Errorf("joined member's groups: %+v", m.Groups)
	}
	// A second batch skips the joined member (in the group) and the three copied ones (recent).
	again, err := f.svc.Resolve(ctx, Selection{GroupID: g.ID})
	if err != nil {
		t.Fatal(err)
	}
	// Left: the skipped one. The two still drafted wait in the queue.
	if again.InGroup != 1 || again.Recent != 2 || again.Queued != 2 || again.Invite != 1 {
		t.Errorf("second selection %+v", again.Counts)
	}
	// Back to drafted clears the stamps: no longer recent, queued again.
	if _, err := f.svc.SetState(ctx, q[2].ID, StateDrafted, "zh-CN"); err != nil {
		t.Fatal(err)
	}
	if again, _ = f.svc.Resolve(ctx, Selection{GroupID: g.ID}); again.Recent != 1 || again.Queued != 3 {
		t.Errorf("after undo %+v", again.Counts)
	}
	// Thirty-one days later nobody is recent.
	f.now = f.now.AddDate(0, 0, 31)
	if again, _ = f.svc.Resolve(ctx, Selection{GroupID: g.ID}); again.Recent != 0 || again.Invite != 2 {
		t.Errorf("a month later %+v", again.Counts)
	}
	// Deleting the batch frees the queued ones.
	if err := f.svc.DeleteBatch(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if again, _ = f.svc.Resolve(ctx, Selection{GroupID: g.ID}); again.Queued != 0 || again.Invite != 5 {
		t.Errorf("after deleting the batch %+v", again.Counts)
	}
}

func TestDraftsRenderStableAcrossBatches(t *testing.T) {
	f := newFixture(t)
	for _, n := range []string{"甲", "乙", "丙", "丁"} {
		f.member(n, "", 10, 1, false, "comment")
	}
	tpl := f.template("t", "[[嗨|你好|哈喽|嘿]] {昵称}", "[[早|晚]] {昵称}")
	r := RenderRequest{TemplateID: tpl.ID, Lang: "zh-CN"}
	one, err := f.svc.Render(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	two, _ := f.svc.Render(ctx, r)
	for i := range one.Drafts {
		if one.Drafts[i].Text != two.Drafts[i].Text || one.Drafts[i].Variant != two.Drafts[i].Variant {
			t.Errorf("draft %d changed: %q -> %q", i, one.Drafts[i].Text, two.Drafts[i].Text)
		}
	}
}

func TestEditExportAndMatchJoins(t *testing.T) {
	f := newFixture(t)
	g := f.group("g", 50, 0, 0, false)
	f.member("小美", "dy001", 10, 1, false, "comment")
	f.member("✨Lily✨", "dy002", 10, 1, false, "comment")
	f.member("Tom", "dy003", 10, 1, false, "comment")
	tpl := f.template("t", "你好 {昵称}，来 {群名}")
	b, _, err := f.svc.CreateBatch(ctx, BatchRequest{RenderRequest: RenderRequest{TemplateID: tpl.ID, Selection: Selection{GroupID: g.ID}, Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	q, _ := f.svc.Queue(ctx, b.ID, "en")
	d, err := f.svc.Edit(ctx, q[0].ID, "全网最低价，快来", "zh-CN")
	if err != nil || !d.Edited || len(d.Problems) == 0 || d.Problems[0].Key != "ui.invites.check.adlaw" {
		t.Fatalf("edit: %+v %v", d, err)
	}
	if _, err := f.svc.Edit(ctx, q[0].ID, "  ", "zh-CN"); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("empty edit: %v", err)
	}
	// 小美 is also known on QQ: that id names her too.
	if _, err := f.mem.AddIdentity(ctx, q[2].MemberID, members.Identity{Platform: "qq", PlatformID: "10001"}); err != nil {
		t.Fatal(err)
	}
	rep, err := f.svc.MatchJoins(ctx, b.ID, "\uFEFF\u200f✨Lily✨\u200e\n dy003 \n陌生人\n10001\n\n")
	if err != nil || rep.Lines != 4 || rep.Matched != 3 || !slices.Equal(rep.Unmatched, []string{"陌生人"}) {
		t.Fatalf("match joins %+v %v", rep, err)
	}
	rep, _ = f.svc.MatchJoins(ctx, b.ID, "Tom")
	if rep.Already != 1 || rep.Matched != 0 {
		t.Errorf("second match %+v", rep)
	}
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "drafts.csv")
	if n, err := f.svc.ExportBatch(ctx, b.ID, csvPath, "zh-CN"); err != nil || n != 3 {
		t.Fatalf("export csv %d %v", n, err)
	}
	raw, _ := os.ReadFile(csvPath)
	if !strings.HasPrefix(string(raw), "\uFEFF") {
		t.Errorf("csv has no BOM")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\uFEFF"))).ReadAll()
	if err != nil || len(rows) != 4 || rows[0][0] != "昵称" || rows[1][5] != "全网最低价，快来" || rows[2][4] != "已入群" {
		t.Errorf("csv rows %q %v", rows, err)
	}
	xPath := filepath.Join(dir, "drafts.xlsx")
	if _, err := f.svc.ExportBatch(ctx, b.ID, xPath, "en"); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenFile(xPath)
	if err != nil {
		t.Fatal(err)
	}
	xr, _ := x.GetRows("Sheet1")
	x.Close()
	if len(xr) != 4 || xr[0][5] != "Invitation" || xr[3][0] != "小美" || xr[1][4] != "Joined" || xr[3][4] != "Joined" {
		t.Errorf("xlsx rows %q", xr)
	}
	if _, err := f.svc.ExportBatch(ctx, b.ID, filepath.Join(dir, "x.txt"), "en"); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("txt export: %v", err)
	}
}
