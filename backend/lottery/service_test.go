package lottery_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
	"qunzhu/backend/lottery"
	"qunzhu/backend/members"
	"qunzhu/backend/polls"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

type fixture struct {
	ctx     context.Context
	db      *store.DB
	lottery *lottery.Service
	polls   *polls.Service
	members *members.Service
	ids     map[string]int64
	now     time.Time
}

func newFixture(t *testing.T, names ...string) *fixture {
	t.Helper()
	db := storetest.Open(t)
	f := &fixture{ctx: context.Background(), db: db, members: members.NewService(db), polls: polls.NewService(db),
		ids: map[string]int64{}, now: time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)}
	f.lottery = lottery.NewService(db, f.members, f.polls)
	f.lottery.UseCheckins(activity.CheckinsSince)
	f.lottery.SetClock(func() time.Time { return f.now })
	for _, n := range names {
		m, err := f.members.Create(f.ctx, members.Input{Nickname: n, Platform: "douyin"})
		if err != nil {
			t.Fatal(err)
		}
		f.ids[n] = m.ID
	}
	return f
}

var twelve = strings.Fields("阿花 小红 Tom 李雷 王姐 小刚 阿强 小美 大壮 琳琳 豆豆 米粒")

func (f *fixture) freeze(t *testing.T, in lottery.Setup) lottery.Lottery {
	t.Helper()
	l, err := f.lottery.Freeze(f.ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func memberSetup(tiers ...lottery.Tier) lottery.Setup {
	return lottery.Setup{Title: "周年抽奖", Mode: lottery.ModeVerifiable, Entry: lottery.Entry{From: lottery.FromMembers},
		Sources: []string{"12月5日福彩3D", "12月5日上证收盘"}, Tiers: tiers, Alternates: -1}
}

func TestFreezeDrawAndVerify(t *testing.T) {
	f := newFixture(t, twelve...)
	l := f.freeze(t, memberSetup(lottery.Tier{Name: "一等奖", Count: 1}, lottery.Tier{Name: "二等奖", Count: 2}))
	list, _ := f.lottery.Entries(f.ctx, l.ID)
	if l.Status != lottery.StatusFrozen || l.Entrants != 12 || l.ListSHA256 != lottery.ListSHA256(list) || l.Alternates != 4 {
		t.Fatalf("frozen %+v", l)
	}
	if len(l.Sources) != 2 || l.Sources[0].Values != "" {
		t.Fatalf("sources named before the draw: %+v", l.Sources)
	}
	d, err := f.lottery.Draw(f.ctx, l.ID, []string{"4 0 7", "3245.67"})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := lottery.Draw(lottery.Spec{Entrants: list, Sources: d.Sources, Tiers: d.Tiers, Alternates: 4})
	if d.Status != lottery.StatusDrawn || d.Key != "0.4.7./3245.67./" || !samePositions(d.Winners, want.Winners) ||
		!samePositions(d.Backups, want.Alternates) || len(d.Winners) != 3 || len(d.Backups) != 4 {
		t.Fatalf("drawn %+v, want %+v", d, want)
	}
	if _, err := f.lottery.Draw(f.ctx, l.ID, []string{"1", "2"}); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("a second draw: %v", err)
	}
	cert, err := f.lottery.Certificate(f.ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(cert)
	var back lottery.Certificate
	json.Unmarshal(b, &back)
	if rep := lottery.Verify(back, list); !rep.Verified {
		t.Fatalf("certificate does not verify: %+v", rep)
	}
}

func samePositions(a, b []lottery.Pick) bool {
	return slices.EqualFunc(a, b, func(x, y lottery.Pick) bool { return x.Position == y.Position && x.Tier == y.Tier })
}

// Nothing drawn can be changed behind the app's back: the database refuses.
func TestDrawnRecordsAreKept(t *testing.T) {
	f := newFixture(t, twelve...)
	l := f.freeze(t, memberSetup(lottery.Tier{Name: "奖", Count: 2}))
	f.lottery.Draw(f.ctx, l.ID, []string{"1 2 3", "4"})
	for _, q := range []string{
		`UPDATE lottery_picks SET position = 1`,
		`DELETE FROM lottery_picks`,
		`UPDATE lottery_entrants SET name = 'x'`,
		`DELETE FROM lottery_entrants`,
		`UPDATE lotteries SET draw_key = 'x'`,
		`DELETE FROM lotteries`,
		`INSERT INTO lottery_picks VALUES (1, 99, 0, 1, 'x', NULL, 0)`,
		`INSERT INTO lottery_entrants VALUES (1, 99, 'x', NULL)`,
	} {
		if _, err := f.db.Write().ExecContext(f.ctx, q); err == nil {
			t.Errorf("%s: allowed", q)
		}
	}
}

func TestReplaceTakesNextAlternate(t *testing.T) {
	f := newFixture(t, twelve[:6]...)
	l := f.freeze(t, memberSetup(lottery.Tier{Name: "奖", Count: 2}))
	l, _ = f.lottery.Draw(f.ctx, l.ID, []string{"8", "9"})
	if len(l.Backups) != 3 {
		t.Fatalf("alternates %+v", l.Backups)
	}
	if _, err := f.lottery.Replace(f.ctx, l.ID, 1, " "); errs.CodeOf(err) != errs.Invalid {
		t.Fatalf("no reason: %v", err)
	}
	r, err := f.lottery.Replace(f.ctx, l.ID, 1, "联系不上")
	if err != nil {
		t.Fatal(err)
	}
	got := r.Replacements[0]
	if got.Order != 1 || got.ByOrder != l.Backups[0].Order || got.ByName != l.Backups[0].Name || got.Reason != "联系不上" || got.Tier != 0 {
		t.Fatalf("replacement %+v", got)
	}
	if _, err := f.lottery.Replace(f.ctx, l.ID, 1, "again"); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("replacing the same winner twice: %v", err)
	}
	// the alternate who took the prize can be replaced in turn, by the next one
	r, err = f.lottery.Replace(f.ctx, l.ID, l.Backups[0].Order, "放弃")
	if err != nil || r.Replacements[1].ByOrder != l.Backups[1].Order || r.Replacements[1].Tier != 0 {
		t.Fatalf("second replacement %+v %v", r.Replacements, err)
	}
	if _, err := f.lottery.Replace(f.ctx, l.ID, l.Backups[2].Order, "not a holder"); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("an alternate without a prize replaced: %v", err)
	}
	r, _ = f.lottery.Replace(f.ctx, l.ID, 2, "重复账号")
	if _, err := f.lottery.Replace(f.ctx, l.ID, r.Replacements[2].ByOrder, "x"); errs.As(err).Key != "err.lottery.no_alternates" {
		t.Fatalf("out of alternates: %v", err)
	}
	cert, _ := f.lottery.Certificate(f.ctx, l.ID)
	list, _ := f.lottery.Entries(f.ctx, l.ID)
	if rep := lottery.Verify(cert, list); !rep.Verified || len(cert.Replacements) != 3 {
		t.Fatalf("certificate with replacements: %+v", rep)
	}
}

func TestRedrawIsLinkedAndKeepsBoth(t *testing.T) {
	f := newFixture(t, twelve...)
	l := f.freeze(t, memberSetup(lottery.Tier{Name: "奖", Count: 3}))
	l, _ = f.lottery.Draw(f.ctx, l.ID, []string{"1", "2"})
	if _, err := f.lottery.Redraw(f.ctx, l.ID, "", []string{"x"}, lottery.ModeVerifiable, true); errs.CodeOf(err) != errs.Invalid {
		t.Fatalf("redraw without a reason: %v", err)
	}
	r, err := f.lottery.Redraw(f.ctx, l.ID, "开奖号码公布有误", []string{"12月6日福彩3D"}, lottery.ModeVerifiable, true)
	if err != nil {
		t.Fatal(err)
	}
	if r.RedrawOf != l.ID || r.RedrawReason != "开奖号码公布有误" || r.Entrants != 12-3 || r.Status != lottery.StatusFrozen {
		t.Fatalf("redraw %+v", r)
	}
	list, _ := f.lottery.Entries(f.ctx, r.ID)
	for _, w := range l.Winners {
		if slices.Contains(list, w.Name) {
			t.Errorf("earlier winner %s is in the redraw", w.Name)
		}
	}
	old, _ := f.lottery.Get(f.ctx, l.ID)
	if old.RedrawnBy != r.ID || old.Status != lottery.StatusDrawn || len(old.Winners) != 3 {
		t.Fatalf("the first draw is not kept: %+v", old)
	}
	if _, err := f.lottery.Redraw(f.ctx, l.ID, "again", []string{"y"}, lottery.ModeVerifiable, false); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("a second redo of the same draw: %v", err)
	}
	all, _ := f.lottery.List(f.ctx)
	if len(all) != 2 {
		t.Fatalf("lotteries on record: %d", len(all))
	}
}

func TestInstantModeDrawsFromARecordedSeed(t *testing.T) {
	f := newFixture(t, twelve...)
	in := memberSetup(lottery.Tier{Name: "红包", Count: 2})
	in.Mode, in.Sources = lottery.ModeInstant, nil
	l := f.freeze(t, in)
	if l.Status != lottery.StatusDrawn || len(l.Sources) != 1 || len(l.Sources[0].Values) != 32 || len(l.Winners) != 2 {
		t.Fatalf("instant %+v", l)
	}
	cert, _ := f.lottery.Certificate(f.ctx, l.ID)
	list, _ := f.lottery.Entries(f.ctx, l.ID)
	if rep := lottery.Verify(cert, list); cert.Mode != lottery.ModeInstant || rep.Outcome != lottery.NotVerifiable || rep.Verified {
		t.Fatalf("instant certificate %+v", cert)
	}
}

func TestEntrantsFromPollVoters(t *testing.T) {
	f := newFixture(t, twelve...)
	p, _ := f.polls.Create(f.ctx, polls.Input{Question: "选题", Options: []string{"A", "B"}})
	f.polls.SetStatus(f.ctx, p.ID, polls.StatusOpen)
	f.polls.Cast(f.ctx, p.ID, polls.SourceChat, []polls.BallotIn{{MemberID: f.ids["阿花"], Choices: []int{0}},
		{MemberID: f.ids["Tom"], Choices: []int{1}}, {Name: "路人甲", Choices: []int{1}}})
	e := lottery.Entry{From: lottery.FromPoll, PollID: p.ID}
	if _, err := f.lottery.Build(f.ctx, e); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("an open poll's voters: %v", err)
	}
	f.polls.SetStatus(f.ctx, p.ID, polls.StatusClosed)
	got, err := f.lottery.Build(f.ctx, e)
	if err != nil || names(got) != "阿花,Tom,路人甲" {
		t.Fatalf("voters %+v %v", got, err)
	}
}

func names(e lottery.Entrants) string {
	var out []string
	for _, p := range e.People {
		out = append(out, p.Name)
	}
	return strings.Join(out, ",")
}

func TestEntrantFilters(t *testing.T) {
	f := newFixture(t, "小粉丝", "阿花", "Tom")
	comments := "小粉丝: 冲冲冲 @阿花 @Tom\n阿花：抽我抽我 @小粉丝\n路人: 来了\n没有冒号的一行\nTom: 冲冲冲\n小粉丝: 冲冲冲 @a @b\n"
	cases := []struct {
		name  string
		entry lottery.Entry
		want  string
		out   map[string]int
	}{
		{"all, once each", lottery.Entry{}, "小粉丝,阿花,路人,Tom", map[string]int{lottery.OutRepeat: 1}},
		{"keyword", lottery.Entry{Keyword: "冲冲冲"}, "小粉丝,Tom", map[string]int{lottery.OutKeyword: 2, lottery.OutRepeat: 1}},
		{"two mentions", lottery.Entry{Mentions: 2}, "小粉丝", map[string]int{lottery.OutMentions: 3, lottery.OutRepeat: 1}},
		{"members only", lottery.Entry{MinLevel: 0, IronOnly: true}, "", map[string]int{lottery.OutMember: 1, lottery.OutIron: 4}},
	}
	for _, c := range cases {
		c.entry.From, c.entry.Text = lottery.FromComments, comments
		got, err := f.lottery.Build(f.ctx, c.entry)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if names(got) != c.want || fmt.Sprint(got.Excluded) != fmt.Sprint(c.out) || fmt.Sprint(got.Unread) != "[4]" {
			t.Errorf("%s: got %q excluded %v unread %v, want %q %v", c.name, names(got), got.Excluded, got.Unread, c.want, c.out)
		}
	}
}

func TestDouyinExportWindowAndWeights(t *testing.T) {
	f := newFixture(t, "小粉丝", "阿花", "Tom")
	export := `[
 {"comment_id":"1","create_time":1764720000,"aweme_id":"9","content":"抽我 @Tom","user_id":"1","sec_uid":"s1","nickname":"小粉丝","parent_comment_id":"0"},
 {"comment_id":"2","create_time":1764723600,"aweme_id":"9","content":"抽我","user_id":"2","sec_uid":"s2","nickname":"阿花","parent_comment_id":"0"},
 {"comment_id":"3","create_time":1764810000,"aweme_id":"9","content":"抽我","user_id":"3","sec_uid":"s3","nickname":"Tom","parent_comment_id":"0"}
]`
	path := filepath.Join(t.TempDir(), "comments.json")
	os.WriteFile(path, []byte(export), 0o644)
	// 阿花 checked in 5 times this week: she is listed twice
	for i := range 5 {
		f.db.Write().ExecContext(f.ctx, `INSERT INTO events (member_id, at, kind, key) VALUES (?, ?, 'checkin', ?)`,
			f.ids["阿花"], f.now.Add(-time.Duration(i)*24*time.Hour).Unix(), 1000+i)
	}
	before := time.Unix(1764730000, 0).UTC()
	e := lottery.Entry{From: lottery.FromDouyin, Path: path, Before: &before, Weight: &lottery.Weight{Days: 7, Checkins: 5, Times: 2}}
	got, err := f.lottery.Build(f.ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	if names(got) != "小粉丝,阿花" || got.Lines != 3 || got.Excluded[lottery.OutTime] != 1 || got.People[1].Weight != 2 {
		t.Fatalf("douyin %+v", got)
	}
	in := memberSetup(lottery.Tier{Name: "奖", Count: 1})
	in.Entry = e
	l := f.freeze(t, in)
	list, _ := f.lottery.Entries(f.ctx, l.ID)
	if strings.Join(list, ",") != "小粉丝,阿花,阿花" {
		t.Fatalf("weighted list %q", list)
	}
}

func TestExcludeRecentWinners(t *testing.T) {
	f := newFixture(t, twelve[:4]...)
	l := f.freeze(t, memberSetup(lottery.Tier{Name: "奖", Count: 2}))
	l, _ = f.lottery.Draw(f.ctx, l.ID, []string{"5", "6"})
	f.now = f.now.Add(3 * 24 * time.Hour)
	got, _ := f.lottery.Build(f.ctx, lottery.Entry{From: lottery.FromMembers, ExcludeWonDays: 7})
	if len(got.People) != 2 || got.Excluded[lottery.OutWon] != 2 {
		t.Fatalf("recent winners kept: %+v", got)
	}
	for _, p := range got.People {
		for _, w := range l.Winners {
			if p.Name == w.Name {
				t.Errorf("%s won 3 days ago", p.Name)
			}
		}
	}
	if got, _ := f.lottery.Build(f.ctx, lottery.Entry{From: lottery.FromMembers, ExcludeWonDays: 2}); len(got.People) != 4 {
		t.Fatalf("a 2-day window excluded a win 3 days old: %+v", got)
	}
}

func TestFreezeValidates(t *testing.T) {
	f := newFixture(t, twelve[:2]...)
	bad := []lottery.Setup{
		{Mode: lottery.ModeVerifiable, Sources: []string{"x"}, Tiers: []lottery.Tier{{Name: "a", Count: 1}}},
		{Title: "t", Mode: "magic", Sources: []string{"x"}, Tiers: []lottery.Tier{{Name: "a", Count: 1}}},
		{Title: "t", Mode: lottery.ModeVerifiable, Tiers: []lottery.Tier{{Name: "a", Count: 1}}},
		{Title: "t", Mode: lottery.ModeVerifiable, Sources: []string{"x"}},
	}
	for i, in := range bad {
		in.Entry = lottery.Entry{From: lottery.FromMembers}
		if _, err := f.lottery.Freeze(f.ctx, in); errs.CodeOf(err) != errs.Invalid {
			t.Errorf("setup %d: %v", i, err)
		}
	}
	if _, err := f.lottery.Freeze(f.ctx, memberSetup(lottery.Tier{Name: "奖", Count: 3})); errs.As(err).Key != "err.lottery.too_few" {
		t.Errorf("3 prizes for 2 people: %v", err)
	}
}
