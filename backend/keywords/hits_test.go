package keywords_test

import (
	"context"
	"maps"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
)

var adChat = []string{
	"01.05.2024, 10:00 - 小红: 这款是全网第一的面霜",
	"01.05.2024, 10:05 - 小明: 国家级品质，最好用",
	"02.05.2024, 09:00 - 小刚: 我要退款！",
	"02.05.2024, 09:30 - 小红: 大家好",
	"03.05.2024, 20:00 - 小明: 最近很忙",
}

func day(d int) time.Time { return time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC) }

// Hits of the default list in an imported chat, filtered every way, newest
// first, with the message around them, the sender and the group.
func TestHitsFiltered(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.seed(t)
	f.importChat(t, "chat.txt", true, adChat...)
	if rep := f.scan(t); !rep.Full || rep.Events != 5 || rep.Hits != 5 {
		t.Fatalf("scan = %+v, want 5 events, 5 hits", rep)
	}
	all := f.hits(t, keywords.Filter{})
	if all.Total != 5 || matches(all) != "最 退款 国家级 最好 全网第一" {
		t.Fatalf("hits = %d %q", all.Total, matches(all))
	}
	top := all.Hits[0]
	if top.Nickname != "小明" || top.Group != "粉丝群" || top.GroupID != f.group.ID || top.MemberID == 0 ||
		top.At != time.Date(2024, 5, 3, 20, 0, 0, 0, time.UTC) || top.Word.Text != "最" || top.Word.Category != "adlaw" {
		t.Errorf("newest hit = %+v", top)
	}
	if s := all.Hits[2].Snippet; s.Before != "" || s.Match != "国家级" || s.After != "品质，最好用" {
		t.Errorf("snippet = %+v", s)
	}
	xiaoming := top.MemberID
	cases := []struct {
		name   string
		filter keywords.Filter
		want   string
		total  int
	}{
		{"group", keywords.Filter{GroupID: f.group.ID}, "最 退款 国家级 最好 全网第一", 5},
		{"other group", keywords.Filter{GroupID: f.group.ID + 1}, "", 0},
		{"category", keywords.Filter{Category: "negative"}, "退款", 1},
		{"severity act", keywords.Filter{Severity: 3}, "国家级 全网第一", 2},
		{"severity notice", keywords.Filter{Severity: 1}, "最 最好", 2},
		{"word", keywords.Filter{WordID: f.wordID(t, "最好")}, "最好", 1},
		{"member", keywords.Filter{MemberID: xiaoming}, "最 国家级 最好", 3},
		{"period", keywords.Filter{From: day(2), To: day(3)}, "退款", 1},
		{"from", keywords.Filter{From: day(2)}, "最 退款", 2},
		{"combined", keywords.Filter{MemberID: xiaoming, Category: "adlaw", Severity: 3}, "国家级", 1},
		{"page", keywords.Filter{Limit: 2, Offset: 1}, "退款 国家级", 5},
		{"past the end", keywords.Filter{Offset: 9}, "", 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := f.hits(t, c.filter)
			if got := matches(p); got != c.want || p.Total != c.total {
				t.Errorf("hits = %q of %d, want %q of %d", got, p.Total, c.want, c.total)
			}
		})
	}
	counts, err := f.kw.Count(ctx, keywords.Filter{MemberID: xiaoming, Category: "negative"})
	want := map[string]int{"adlaw": 3}
	if err != nil || counts.Total != 3 || !maps.Equal(counts.Categories, want) || counts.Words[f.wordID(t, "最")] != 1 {
		t.Errorf("counts = %+v, %v", counts, err)
	}
}

// A bad filter is refused with its fields named.
func TestHitsFilterInvalid(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		filter keywords.Filter
		field  string
	}{
		{keywords.Filter{Category: "spam"}, "category"},
		{keywords.Filter{Severity: 4}, "severity"},
		{keywords.Filter{Limit: keywords.MaxPage + 1}, "limit"},
		{keywords.Filter{Offset: -1}, "offset"},
		{keywords.Filter{From: day(3), To: day(2)}, "to"},
	}
	for _, c := range cases {
		_, err := f.kw.Hits(context.Background(), c.filter)
		if errs.CodeOf(err) != errs.Invalid || fieldKeys(err)[c.field] == "" {
			t.Errorf("Hits(%+v) = %v, want %s invalid", c.filter, err, c.field)
		}
	}
}
