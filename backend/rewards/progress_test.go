package rewards

import (
	"slices"
	"testing"
	"time"

	"qunzhu/backend/errs"
)

// A 3 -> 奖品A, 5 -> 奖品B ladder over May 2026. 小美 brings 3 joined in
// the period (step 1 exactly), 阿杰 2 (one short), Lily 5 (both steps);
// invitees joined outside the period, not joined, or only invited do
// not count.
func TestProgressAtExactThresholdsAndPeriodBoundaries(t *testing.T) {
	f := newFixture(t)
	g := f.group("粉丝群")
	f.members("小美", "阿杰", "Lily", "a1", "a2", "a3", "a4", "b1", "b2", "b3", "c1", "c2", "c3", "c4", "c5", "c6")
	c := f.campaign("五月拉新", "2026-05-01", "2026-05-31", 0, Step{5, "奖品B"}, Step{3, "奖品A"})
	joins := []struct{ inviter, invitee, date, status string }{
		{"小美", "a1", "2026-05-01", "joined"}, // first day: counts
		{"小美", "a2", "2026-05-31", "joined"}, // last day: counts
		{"小美", "a3", "2026-05-15", "joined"},
		{"小美", "a4", "2026-04-30", "joined"}, // the day before: not
		{"阿杰", "b1", "2026-05-02", "joined"},
		{"阿杰", "b2", "2026-05-03", "joined"},
		{"阿杰", "b3", "2026-06-01", "joined"},   // the day after: not
		{"Lily", "c1", "2026-05-04", "joined"}, // Lily: 5 joined
		{"Lily", "c2", "2026-05-05", "joined"},
		{"Lily", "c3", "2026-05-06", "joined"},
		{"Lily", "c4", "2026-05-07", "joined"},
		{"Lily", "c5", "2026-05-08", "joined"},
		{"Lily", "c6", "2026-05-09", "invited"}, // invited to the group, not joined: not
	}
	for _, j := range joins {
		f.membership(j.invitee, g, j.status, j.date)
		f.invite(j.inviter, j.invitee)
	}
	got := f.standing(c)
	want := []string{"Lily:5:2", "小美:3:1", "阿杰:2:0"}
	if !slices.Equal(got, want) {
		t.Fatalf("standing = %v, want %v", got, want)
	}
	if c.Steps[0].Prize != "奖品A" {
		t.Errorf("steps not sorted: %+v", c.Steps)
	}
	ins, err := f.svc.Invitees(ctx, f.ids["Lily"])
	var lily []string
	for _, in := range ins {
		lily = append(lily, in.Nickname+"@"+in.Joined)
	}
	wantLily := []string{"c1@2026-05-04", "c2@2026-05-05", "c3@2026-05-06", "c4@2026-05-07", "c5@2026-05-08", "c6@"}
	if err != nil || !slices.Equal(lily, wantLily) {
		t.Errorf("Lily's invitees = %v %v, want %v (c6 only invited to the group)", lily, err, wantLily)
	}
	may1, may31 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.Local), time.Date(2026, 5, 31, 0, 0, 0, 0, time.Local)
	cases := []struct {
		who      string
		from, to time.Time
		want     int
	}{
		{"小美", may1, may31, 3},
		{"小美", may1.AddDate(0, 0, -1), may31, 4},
		{"小美", may1.AddDate(0, 0, 1), may31.AddDate(0, 0, -1), 1},
		{"阿杰", may1, may31.AddDate(0, 0, 1), 3},
		{"Lily", may1, may31, 5},
	}
	for _, k := range cases {
		n, err := f.svc.InvitedCount(ctx, f.ids[k.who], k.from, k.to)
		if err != nil || n != k.want {
			t.Errorf("InvitedCount(%s, %s..%s) = %d, %v; want %d", k.who, day(k.from), day(k.to), n, err, k.want)
		}
	}
}

// A campaign on one group counts joins to that group only; a joined
// membership with no date counts from the day the link was recorded.
func TestProgressGroupScopeAndUndatedJoins(t *testing.T) {
	f := newFixture(t)
	g1, g2 := f.group("一群"), f.group("二群")
	f.members("小美", "x", "y", "z")
	f.joined("x", g1, "2026-05-03")
	f.joined("y", g2, "2026-05-04")
	f.joined("z", g1, "") // no date: counts from the link's day, 2026-05-10
	for _, n := range []string{"x", "y", "z"} {
		f.invite("小美", n)
	}
	one := f.campaign("一群活动", "2026-05-01", "2026-05-31", g1, Step{2, "贴纸"})
	all := f.campaign("全部", "2026-05-01", "2026-05-09", 0, Step{2, "贴纸"})
	if got := f.standing(one); !slices.Equal(got, []string{"小美:2:1"}) {
		t.Errorf("one group: %v", got)
	}
	if got := f.standing(all); !slices.Equal(got, []string{"小美:2:1"}) { // z counts on the 10th: outside
		t.Errorf("all groups to the 9th: %v", got)
	}
}

func TestRewardsMarkedGivenAndUndone(t *testing.T) {
	f := newFixture(t)
	g := f.group("粉丝群")
	f.members("小美", "a", "b", "c")
	for _, n := range []string{"a", "b", "c"} {
		f.joined(n, g, "2026-05-05")
		f.invite("小美", n)
	}
	c := f.campaign("拉新", "2026-05-01", "2026-05-31", 0, Step{3, "奖品A"}, Step{10, "奖品B"})
	me := f.ids["小美"]
	if err := f.svc.MarkGiven(ctx, c.ID, me, 10); keyOf(err) != "err.rewards.not_reached" {
		t.Errorf("giving an unreached step: %v", err)
	}
	if err := f.svc.MarkGiven(ctx, c.ID, me, 3); err != nil {
		t.Fatal(err)
	}
	st, _ := f.svc.Progress(ctx, c.ID)
	r := st.Inviters[0].Rewards
	if len(r) != 1 || r[0].Prize != "奖品A" || r[0].GivenAt == "" || st.Inviters[0].Next.Prize != "奖品B" {
		t.Fatalf("after giving: %+v next %+v", r, st.Inviters[0].Next)
	}
	// The inviter loses an invitee: the given reward still shows, as given.
	if err := f.svc.SetInviter(ctx, f.ids["c"], 0); err != nil {
		t.Fatal(err)
	}
	st, _ = f.svc.Progress(ctx, c.ID)
	if p := st.Inviters[0]; p.Invited != 2 || len(p.Rewards) != 1 || p.Rewards[0].Reached || p.Rewards[0].GivenAt == "" {
		t.Errorf("given but no longer reached: %+v", p)
	}
	if err := f.svc.UnmarkGiven(ctx, c.ID, me, 3); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.UnmarkGiven(ctx, c.ID, me, 3); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("undo twice: %v", err)
	}
	st, _ = f.svc.Progress(ctx, c.ID)
	if p := st.Inviters[0]; len(p.Rewards) != 0 {
		t.Errorf("after undo: %+v", p.Rewards)
	}
}

func TestCampaignInputIsChecked(t *testing.T) {
	f := newFixture(t)
	ok := CampaignInput{Name: "拉新", From: "2026-05-01", To: "2026-05-31", Steps: []Step{{3, "A"}}}
	bad := func(edit func(*CampaignInput)) CampaignInput {
		in := ok
		in.Steps = slices.Clone(ok.Steps)
		edit(&in)
		return in
	}
	cases := []struct {
		name  string
		in    CampaignInput
		field string
		key   string
	}{
		{"no name", bad(func(in *CampaignInput) { in.Name = " " }), "name", "err.field.required"},
		{"bad date", bad(func(in *CampaignInput) { in.From = "2026-13-01" }), "from", "err.rewards.date"},
		{"backwards", bad(func(in *CampaignInput) { in.To = "2026-04-30" }), "to", "err.rewards.period"},
		{"no steps", bad(func(in *CampaignInput) { in.Steps = nil }), "steps", "err.rewards.steps"},
		{"zero", bad(func(in *CampaignInput) { in.Steps[0].Invites = 0 }), "steps", "err.rewards.step_invites"},
		{"twice", bad(func(in *CampaignInput) { in.Steps = append(in.Steps, Step{3, "B"}) }), "steps", "err.rewards.step_twice"},
		{"no prize", bad(func(in *CampaignInput) { in.Steps[0].Prize = "" }), "steps", "err.rewards.step_prize"},
	}
	for _, c := range cases {
		_, err := f.svc.SaveCampaign(ctx, 0, c.in)
		if e := errs.As(err); e.Code != errs.Invalid || e.Fields[c.field].Key != c.key {
			t.Errorf("%s: %v, want %s on %s", c.name, err, c.key, c.field)
		}
	}
	if _, err := f.svc.SaveCampaign(ctx, 0, ok); err != nil {
		t.Fatal(err)
	}
	_, err := f.svc.SaveCampaign(ctx, 0, bad(func(in *CampaignInput) { in.Name = "拉新 " }))
	if e := errs.As(err); e.Fields["name"].Key != "err.rewards.name_taken" {
		t.Errorf("same name twice: %v", err)
	}
	if _, err := f.svc.CampaignNamed(ctx, "拉新"); err != nil {
		t.Errorf("CampaignNamed: %v", err)
	}
}
