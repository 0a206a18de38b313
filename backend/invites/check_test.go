package invites

import (
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/keywords"
)

func TestAdLawWithReasons(t *testing.T) {
	c := NewChecker(defaults(), "zh-CN")
	cases := []struct {
		text  string
		words []string
	}{
		{"这是全网最低价的国家级产品，100%有效", []string{"全网最低价", "国家级", "100%"}},
		{"我们是第一名", []string{"第一"}},
		{"普通的一句邀请", nil},
		{"{昵称}你好，顶级福利", []string{"顶级"}},
	}
	for _, cs := range cases {
		ps := c.AdLaw(cs.text)
		var got []string
		for _, p := range ps {
			got = append(got, p.Params["Word"].(string))
			if p.Params["Reason"] == "" || cs.text[p.Span.Start:p.Span.End] != p.Params["Word"] {
				t.Errorf("%q: %+v", cs.text, p)
			}
		}
		if strings.Join(got, ",") != strings.Join(cs.words, ",") {
			t.Errorf("AdLaw(%q) = %v, want %v", cs.text, got, cs.words)
		}
	}
	// The user's own list replaces the curated one.
	own := defaults()
	own.Words = []keywords.Word{{Text: "秒杀", Severity: 2, Note: "自定"}}
	c = NewChecker(own, "zh-CN")
	if ps := c.AdLaw("最低价秒杀"); len(ps) != 1 || ps[0].Params["Word"] != "秒杀" || ps[0].Params["Reason"] != "自定" {
		t.Errorf("own list: %+v", ps)
	}
}

func TestBodySpans(t *testing.T) {
	c := NewChecker(defaults(), "en")
	body := "{nickname}, the best [[group|cheapest club]] \\{x\\} best"
	tpl := template.Parse(body)
	var got []string
	for _, p := range c.Body(tpl) {
		got = append(got, body[p.Span.Start:p.Span.End])
	}
	// The last "best" sits in a text node with escapes: the hit covers the node.
	want := []string{"best", "cheapest", " \\{x\\} best"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
}

func TestLengthAndIdentical(t *testing.T) {
	st := defaults()
	st.Limits["douyin"] = 5
	st.SameMax = 2
	c := NewChecker(st, "zh-CN")
	if ps := c.Length("你好😀ab", "douyin"); len(ps) != 0 {
		t.Errorf("5 chars: %v", ps)
	}
	ps := c.Length("你好😀abc", "douyin")
	if len(ps) != 1 || ps[0].Params["Length"] != 6 || "你好😀abc"[ps[0].Span.Start:] != "c" || ps[0].Params["Platform"] != "抖音" {
		t.Errorf("6 chars: %+v", ps)
	}
	if got := c.Length(strings.Repeat("a", 501), "other"); len(got) != 1 || got[0].Params["Platform"] != "其他平台" {
		t.Errorf("other platform: %+v", got)
	}
	if got := c.Length(strings.Repeat("a", 2000), "wechat"); len(got) != 0 {
		t.Errorf("wechat default limit: %v", got)
	}
	if ps := c.Identical([]string{"a", "a", "b"}); len(ps) != 0 {
		t.Errorf("2 same: %v", ps)
	}
	ps = c.Identical([]string{"a", "a", "b", "a"})
	if len(ps) != 1 || ps[0].Params["Count"] != 3 || ps[0].Params["Total"] != 4 {
		t.Errorf("3 same: %+v", ps)
	}
}

func TestBatchWarnings(t *testing.T) {
	f := newFixture(t)
	st, _ := f.svc.Settings(ctx)
	st.SameMax = 2
	if _, err := f.svc.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"甲", "乙", "丙"} {
		f.member(n, "", 10, 1, false, "comment")
	}
	out, err := f.svc.Render(ctx, RenderRequest{Variants: []Variant{{Body: "{昵称}，{备注} 最好的群"}}, Lang: "zh-CN"})
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]int{}
	for _, w := range out.Warnings {
		keys[w.Key] = w.Count
	}
	if keys["ui.invites.check.empty_value"] != 3 || keys["ui.invites.check.adlaw"] != 3 || keys["ui.invites.check.identical"] != 3 {
		t.Errorf("warnings %v", keys)
	}
	_, err = f.svc.Render(ctx, RenderRequest{Variants: []Variant{{Body: "[[a|b"}, {Body: "ok"}}, Lang: "zh-CN"})
	if e := errs.As(err); e.Key != "err.invites.template_errors" || e.Params["Label"] != "A" {
		t.Errorf("template with errors: %v", err)
	}
}

func TestPreviewForMember(t *testing.T) {
	f := newFixture(t)
	g := f.group("铁粉一群", 100, 0, 0, false)
	m := f.member("小美", "dy1", 120, 0, false, "comment")
	p, err := f.svc.Preview(ctx, PreviewRequest{Body: "{昵称}，关注 {关注天数} 天，{粉丝团等级}级，来{群名} {头像} 第一", MemberID: m.ID,
		GroupID: g.ID, Lang: "zh-CN"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Text != "小美，关注 120 天，级，来铁粉一群 {头像} 第一" || p.Platform != "douyin" || p.Limit != 300 || p.Length != template.Length(p.Text) {
		t.Errorf("preview %+v", p)
	}
	keys := func(ps []template.Problem) (out []string) {
		for _, x := range ps {
			out = append(out, x.Key)
		}
		return out
	}
	if got := strings.Join(keys(p.Problems), ","); got != "ui.invites.check.unknown_field,ui.invites.check.adlaw" {
		t.Errorf("body problems %s", got)
	}
	if got := strings.Join(keys(p.Empty), ","); got != "ui.invites.check.empty_value" {
		t.Errorf("empty %s", got)
	}
	if got := strings.Join(keys(p.Checks), ","); got != "ui.invites.check.adlaw" {
		t.Errorf("text checks %s", got)
	}
	// Once tiers are worked out, {分层} and {阶段} fill in.
	if _, err := f.svc.db.Write().Exec(`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier, tier_since,
		stage, stage_since, role, computed_at) VALUES (?, 5, 5, 5, 1, 30, 0, 'core', '2026-05-01', 'mature', '2026-05-01', 'interactor', '2026-05-01')`, m.ID); err != nil {
		t.Fatal(err)
	}
	p, _ = f.svc.Preview(ctx, PreviewRequest{Body: "{分层}·{阶段}", MemberID: m.ID, Lang: "zh-CN"})
	if p.Text != "核心·成熟期" {
		t.Errorf("tier preview %q", p.Text)
	}
}
