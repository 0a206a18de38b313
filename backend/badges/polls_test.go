package badges_test

import (
	"testing"
	"time"

	"qunzhu/backend/badges"
	"qunzhu/backend/polls"
)

// poll runs a poll of the group through the polls service: opened, the
// named members' votes cast, closed on the day given (noon UTC).
func (f *fixture) poll(group int64, closed string, anonymous bool, voters ...string) {
	f.t.Helper()
	ps := polls.NewService(f.db)
	day, _ := time.Parse("2006-01-02", closed)
	ps.SetClock(func() time.Time { return day.Add(12 * time.Hour) })
	p, err := ps.Create(f.ctx, polls.Input{Question: "下期拍什么", Options: []string{"A", "B"}, GroupID: group, Anonymous: anonymous})
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := ps.SetStatus(f.ctx, p.ID, polls.StatusOpen); err != nil {
		f.t.Fatal(err)
	}
	var votes []polls.BallotIn
	for _, v := range voters {
		votes = append(votes, polls.BallotIn{MemberID: f.ids[v], Name: v, Choices: []int{0}})
	}
	if len(votes) > 0 {
		if _, err := ps.Cast(f.ctx, p.ID, polls.SourceMember, votes); err != nil {
			f.t.Fatal(err)
		}
	}
	if _, err := ps.SetStatus(f.ctx, p.ID, polls.StatusClosed); err != nil {
		f.t.Fatal(err)
	}
}

// 投票全勤: every named poll the group closed in the last 30 days (now is
// 11-26 12:00), at least 3 of them; one missed poll loses it.
func TestPollPerfect(t *testing.T) {
	f := setup(t, "全勤", "缺一次", "别的群", "只投旧的")
	f.poll(f.g1, "2026-10-20", false, "只投旧的") // 37 days ago: outside
	f.poll(f.g1, "2026-10-27", false, "全勤")   // 30 days ago to the day, 12:00: inside
	f.poll(f.g1, "2026-11-10", false, "全勤", "缺一次")
	f.poll(f.g1, "2026-11-20", false, "全勤", "缺一次")
	f.poll(f.g1, "2026-11-21", true, "缺一次")        // anonymous: keeps no voter, not counted
	f.poll(f.g2, "2026-11-12", false, "别的群", "全勤") // g2 has only 2 polls
	f.poll(f.g2, "2026-11-13", false, "别的群", "全勤")
	f.evaluate()
	if got, want := f.held(badges.PollPerfect, false), "全勤/g1/2026-11-20"; got != want {
		t.Errorf("poll perfect:\n got %s\nwant %s", got, want)
	}
	set := badges.DefaultSettings()
	set.PollMin = 2
	if _, err := f.svc.SaveSettings(f.ctx, set); err != nil {
		t.Fatal(err)
	}
	f.evaluate()
	if got, want := f.held(badges.PollPerfect, false), "全勤/g1/2026-11-20 全勤/g2/2026-11-13 别的群/g2/2026-11-13"; got != want {
		t.Errorf("poll perfect at 2 polls:\n got %s\nwant %s", got, want)
	}
	if _, err := f.svc.SaveSettings(f.ctx, badges.DefaultSettings()); err != nil {
		t.Fatal(err)
	}
	f.evaluate() // back at 3 polls: g2's badges no longer earned are dropped
	if got, want := f.held(badges.PollPerfect, false), "全勤/g1/2026-11-20"; got != want {
		t.Errorf("poll perfect back at 3 polls:\n got %s\nwant %s", got, want)
	}
}

// 话题发起者: on the KOC list now or ever (its history), from the day they
// first entered it, else the day of the scoring that flagged them.
func TestKOC(t *testing.T) {
	f := setup(t, "现任", "曾经", "老数据", "从未")
	tier := func(name string, koc int, computed string) {
		t.Helper()
		if _, err := f.db.Write().Exec(`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier,
			tier_since, stage, stage_since, role, koc, computed_at) VALUES (?, 3, 3, 3, 1, 10, 0, 'core', '', 'steady', '', 'member', ?, ?)`,
			f.ids[name], koc, computed); err != nil {
			t.Fatal(err)
		}
	}
	change := func(name, day, dir string) {
		t.Helper()
		if _, err := f.db.Write().Exec(`INSERT INTO list_changes (list, member_id, day, change) VALUES ('koc', ?, ?, ?)`,
			f.ids[name], day, dir); err != nil {
			t.Fatal(err)
		}
	}
	tier("现任", 1, "2026-11-25T01:00:00Z")
	change("现任", "2026-11-19", "in")
	change("现任", "2026-11-12", "in")
	change("现任", "2026-11-15", "out")
	tier("曾经", 0, "2026-11-25T01:00:00Z")
	change("曾经", "2026-11-05", "in")
	change("曾经", "2026-11-09", "out")
	tier("老数据", 1, "2026-11-20T15:30:00Z")
	tier("从未", 0, "2026-11-25T01:00:00Z")
	change("从未", "2026-11-05", "out")
	f.evaluate()
	want := "曾经/ws/2026-11-05 现任/ws/2026-11-12 老数据/ws/" + time.Date(2026, 11, 20, 15, 30, 0, 0, time.UTC).Local().Format("2006-01-02")
	if got := f.held(badges.KOC, false); got != want {
		t.Errorf("koc:\n got %s\nwant %s", got, want)
	}
}
