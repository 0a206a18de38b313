package funnel_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/funnel"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// shopA is group A's history, imported as a generic CSV: each member joins A
// on their first row. In November 2026:
//
//	阿花 joined 10-10; click 11-01, inquiry 11-01, purchase 11-02 ¥99.5 (23 days)
//	小林 joined 11-05; clicks 11-05 and 11-06, inquiry 11-06, purchases 11-19 ¥200 (14 days) and 11-28 ¥20
//	大熊 joined 11-10; click 11-10, purchase 11-25 ¥50 (15 days)
//	老王 joined 11-03; click 11-03, purchase 11-19 ¥30 (16 days)
//	小雨 joined 10-31; click 10-31 23:59:59 (before), inquiry 11-01 00:00:00 (first second),
//	     click 11-30 23:59:59 (last second), purchase 12-01 00:00:00 (after)
//	阿杰 joined 11-20; purchase 11-20 ¥10 without a click (0 days)
var shopA = []string{
	"昵称,用户id,时间,类型,金额",
	"阿花,u1,2026-10-10 08:00:00,message,",
	"小雨,u5,2026-10-31 23:59:59,click,",
	"阿花,u1,2026-11-01 09:00:00,click,",
	"阿花,u1,2026-11-01 10:00:00,inquiry,",
	"小雨,u5,2026-11-01 00:00:00,咨询,",
	"阿花,u1,2026-11-02 12:00:00,purchase,¥99.5",
	"老王,u4,2026-11-03 08:00:00,点击,",
	"小林,u2,2026-11-05 20:00:00,click,",
	"小林,u2,2026-11-06 20:00:00,click,",
	"小林,u2,2026-11-06 21:00:00,inquiry,",
	"大熊,u3,2026-11-10 09:00:00,click,",
	"小林,u2,2026-11-19 10:00:00,purchase,200",
	"老王,u4,2026-11-19 11:00:00,购买,30",
	"阿杰,u6,2026-11-20 15:00:00,purchase,10",
	"大熊,u3,2026-11-25 09:00:00,purchase,50",
	"小林,u2,2026-11-28 10:00:00,purchase,20",
	"小雨,u5,2026-11-30 23:59:59,click,",
	"小雨,u5,2026-12-01 00:00:00,purchase,500",
}

// shopB is another group's: 阿花 joins B on 11-03 and buys there the next day.
var shopB = []string{
	"昵称,用户id,时间,类型,金额",
	"阿花,u1,2026-11-03 08:00:00,click,",
	"阿花,u1,2026-11-04 08:00:00,purchase,1000",
}

type fixture struct {
	db   *store.DB
	svc  *funnel.Service
	set  *settings.Service
	a, b int64
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	ctx := context.Background()
	db := storetest.Open(t)
	m := members.NewService(db)
	act := activity.NewService(db, m)
	gs := groups.NewService(db)
	f := fixture{db: db, set: settings.NewService(db)}
	f.svc = funnel.NewService(db, f.set)
	for i, rows := range [][]string{shopA, shopB} {
		g, err := gs.Create(ctx, groups.Input{Name: []string{"店铺群", "福利群"}[i], Platform: "douyin", Purpose: "welfare", Capacity: 500})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "shop.csv")
		if err := os.WriteFile(path, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := act.Import(ctx, activity.Request{Path: path, GroupID: g.ID, Platform: "douyin"}, nil); err != nil {
			t.Fatal(err)
		}
		f.a, f.b = f.b, g.ID
	}
	f.setTiers(t, map[string]string{"u1": "core", "u2": "active", "u3": "active", "u4": "lurker"})
	return f
}

// setTiers stands in for a re-scoring: the tiers the funnel reads.
func (f fixture) setTiers(t *testing.T, tiers map[string]string) {
	for pid, tier := range tiers {
		_, err := f.db.Write().Exec(`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary,
			tier, tier_since, stage, stage_since, role, computed_at)
			SELECT id, 1, 1, 1, 0, 0, 0, ?, '', 'growing', '', 'observer', '' FROM members WHERE platform_id = ?`, tier, pid)
		if err != nil {
			t.Fatal(err)
		}
	}
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func (f fixture) get(t *testing.T, r funnel.Request) funnel.Funnel {
	t.Helper()
	got, err := f.svc.Get(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func rate(v float64) funnel.Rate { return funnel.Rate{Value: v, Known: true} }

type flagLine struct {
	Nickname, Group, Joined, First string
	Days                           int
}

func flagLines(fs []funnel.Flag) []flagLine {
	out := []flagLine{}
	for _, g := range fs {
		out = append(out, flagLine{g.Nickname, g.Group, g.Joined, g.FirstPurchase.Format("2006-01-02 15:04"), g.Days})
	}
	return out
}

var november = funnel.Request{From: date("2026-11-01"), To: date("2026-11-30")}

// Group A in November, counted by hand from shopA: group B's sale and the
// events before and after the month are left out.
func TestGroupFunnel(t *testing.T) {
	f := newFixture(t)
	r := november
	r.GroupID = f.a
	got := f.get(t, r)
	wantSteps := []funnel.Step{
		{Kind: "click", Events: 6, Members: 5},                                       // 阿花 老王 小林×2 大熊 小雨(11-30)
		{Kind: "inquiry", Events: 3, Members: 3, Rate: rate(3.0 / 5)},                // 阿花 小雨(11-01) 小林
		{Kind: "purchase", Events: 6, Members: 5, Value: 409.5, Rate: rate(5.0 / 3)}, // 阿花 小林×2 老王 阿杰 大熊
	}
	if !reflect.DeepEqual(got.Steps, wantSteps) {
		t.Errorf("steps = %+v\nwant %+v", got.Steps, wantSteps)
	}
	if got.Revenue != 409.5 || got.Overall != rate(1) || !got.Recorded || got.TrustDays != 15 {
		t.Errorf("revenue %v overall %+v recorded %v trust %d; want 409.5, 1, true, 15",
			got.Revenue, got.Overall, got.Recorded, got.TrustDays)
	}
	wantTiers := []funnel.TierLine{{Tier: "core", Purchases: 1, Buyers: 1, Revenue: 99.5},
		{Tier: "active", Purchases: 3, Buyers: 2, Revenue: 270}, {Tier: "lurker", Purchases: 1, Buyers: 1, Revenue: 30},
		{Tier: "dormant"}, {Tier: "invalid"}, {Tier: "", Purchases: 1, Buyers: 1, Revenue: 10}}
	if !reflect.DeepEqual(got.ByTier, wantTiers) {
		t.Errorf("by tier = %+v\nwant %+v", got.ByTier, wantTiers)
	}
	// 14 days is flagged, 15 and 16 are not; 0 days is.
	wantFlags := []flagLine{{"小林", "店铺群", "2026-11-05", "2026-11-19 10:00", 14},
		{"阿杰", "店铺群", "2026-11-20", "2026-11-20 15:00", 0}}
	if g := flagLines(got.Flagged); !reflect.DeepEqual(g, wantFlags) || got.FlaggedTotal != 2 {
		t.Errorf("flagged (%d) = %+v\nwant %+v", got.FlaggedTotal, g, wantFlags)
	}
}

// The trust days are a setting: at 16, 大熊's sale after 15 days is flagged
// too; a request's own days win over the setting.
func TestTrustDaysSetting(t *testing.T) {
	f := newFixture(t)
	if _, err := f.set.SaveFunnel(context.Background(), settings.Funnel{TrustDays: 16}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.set.SaveFunnel(context.Background(), settings.Funnel{TrustDays: 0}); err == nil {
		t.Error("trust days 0 saved, want an error")
	}
	r := november
	r.GroupID = f.a
	want := []string{"小林 14", "阿杰 0", "大熊 15"}
	for _, c := range []struct {
		trust int
		want  []string
	}{{0, want}, {17, []string{"小林 14", "老王 16", "阿杰 0", "大熊 15"}}, {14, []string{"阿杰 0"}}} {
		r.TrustDays = c.trust
		got := []string{}
		for _, g := range f.get(t, r).Flagged {
			got = append(got, g.Nickname+" "+strconv.Itoa(g.Days))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("trust %d: flagged %v, want %v", c.trust, got, c.want)
		}
	}
}

// All groups: B's sale counts, 阿花 is one clicker and one buyer though she
// bought in both groups, and she is flagged in B (1 day) but not in A.
func TestAllGroupsFunnel(t *testing.T) {
	f := newFixture(t)
	got := f.get(t, november)
	counts := [][2]int{}
	for _, s := range got.Steps {
		counts = append(counts, [2]int{s.Events, s.Members})
	}
	if want := [][2]int{{7, 5}, {3, 3}, {7, 5}}; !reflect.DeepEqual(counts, want) || got.Revenue != 1409.5 {
		t.Errorf("steps %v revenue %v; want %v, 1409.5", counts, got.Revenue, want)
	}
	wantFlags := []flagLine{{"阿花", "福利群", "2026-11-03", "2026-11-04 08:00", 1},
		{"小林", "店铺群", "2026-11-05", "2026-11-19 10:00", 14}, {"阿杰", "店铺群", "2026-11-20", "2026-11-20 15:00", 0}}
	if g := flagLines(got.Flagged); !reflect.DeepEqual(g, wantFlags) {
		t.Errorf("flagged = %+v\nwant %+v", g, wantFlags)
	}
}

// Period edges: the first and last seconds of the period count, the seconds
// around them don't; a one-day period holds that day only.
func TestPeriodBoundaries(t *testing.T) {
	f := newFixture(t)
	for _, c := range []struct {
		from, to string
		want     [3]int // events of each step
	}{
		{"2026-10-31", "2026-10-31", [3]int{1, 0, 0}},
		{"2026-11-01", "2026-11-01", [3]int{1, 2, 0}},
		{"2026-11-30", "2026-11-30", [3]int{1, 0, 0}},
		{"2026-12-01", "2026-12-01", [3]int{0, 0, 1}},
		{"2026-10-01", "2026-12-31", [3]int{7, 3, 7}},
	} {
		got := f.get(t, funnel.Request{GroupID: f.a, From: date(c.from), To: date(c.to)})
		n := [3]int{got.Steps[0].Events, got.Steps[1].Events, got.Steps[2].Events}
		if n != c.want {
			t.Errorf("%s..%s: events %v, want %v", c.from, c.to, n, c.want)
		}
	}
}

// A group without shop events has nothing on record and no rates; members
// in the trash are left out.
func TestEmptyAndTrash(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	g, err := groups.NewService(f.db).Create(ctx, groups.Input{Name: "空群", Platform: "douyin", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	r := november
	r.GroupID = g.ID
	empty := f.get(t, r)
	if empty.Recorded || empty.Steps[1].Rate.Known || empty.Overall.Known || empty.Revenue != 0 || len(empty.Flagged) != 0 {
		t.Errorf("empty group: %+v", empty)
	}
	var id int64
	if err := f.db.Read().QueryRow(`SELECT id FROM members WHERE platform_id = 'u6'`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	trash := members.BulkRequest{Selection: members.Selection{IDs: []int64{id}}, Action: members.ActionTrash}
	if _, err := members.NewService(f.db).Bulk(ctx, trash); err != nil {
		t.Fatal(err)
	}
	r.GroupID = f.a
	got := f.get(t, r)
	if got.Steps[2].Events != 5 || got.Revenue != 399.5 || got.FlaggedTotal != 1 {
		t.Errorf("阿杰 in the trash: purchases %d revenue %v flagged %d; want 5, 399.5, 1",
			got.Steps[2].Events, got.Revenue, got.FlaggedTotal)
	}
}

func TestRequestValidate(t *testing.T) {
	for _, r := range []funnel.Request{
		{},
		{From: date("2026-11-02"), To: date("2026-11-01")},
		{From: date("2000-01-01"), To: date("2026-11-01")},
		{GroupID: -1, From: date("2026-11-01"), To: date("2026-11-01")},
		{From: date("2026-11-01"), To: date("2026-11-01"), TrustDays: 400},
	} {
		if r.Validate() == nil {
			t.Errorf("%+v validated", r)
		}
	}
}
