package members_test

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

var today = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func newService(t testing.TB) (*members.Service, *groups.Service) {
	db := storetest.Open(t)
	s := members.NewService(db)
	s.UseEvents(activity.Log{}) // as the workspace wires it
	s.SetClock(func() time.Time { return today })
	return s, groups.NewService(db)
}

func date(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

func TestCreateGetUpdate(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	m, err := s.Create(ctx, members.Input{Nickname: " 张三 ", Platform: "douyin", PlatformID: "dy123",
		FollowSince: date(2026, 11, 2), FanLevel: 7, IronFan: true, Tags: []string{"铁粉", " 铁粉", "早鸟"}})
	if err != nil {
		t.Fatal(err)
	}
	if m.Nickname != "张三" || len(m.Tags) != 2 || len(m.Identities) != 1 || m.Source != "manual" {
		t.Errorf("created %+v", m)
	}
	if d := m.DaysFollowed(today); d == nil || *d != 20 {
		t.Errorf("days followed = %v, want 20", d)
	}
	in := m.Input
	in.Remark, in.Tags = "老粉", []string{"核心"}
	up, err := s.Update(ctx, m.ID, in)
	if err != nil || up.Remark != "老粉" || len(up.Tags) != 1 || up.Tags[0] != "核心" {
		t.Fatalf("Update = %+v, %v", up, err)
	}
	_, err = s.Create(ctx, members.Input{Nickname: "李四", Platform: "douyin", PlatformID: "dy123"})
	if errs.As(err).Fields["platformId"].Key != "err.member.id_taken" {
		t.Errorf("second member with the same id: %v", err)
	}
	if _, err := s.Get(ctx, 999); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("Get(999) = %v", err)
	}
}

func TestValidation(t *testing.T) {
	s, _ := newService(t)
	cases := []struct {
		in    members.Input
		field string
	}{
		{members.Input{Platform: "qq"}, "nickname"},
		{members.Input{Nickname: "a", Platform: "myspace"}, "platform"},
		{members.Input{Nickname: "a", Platform: "qq", FanLevel: 100}, "fanLevel"},
		{members.Input{Nickname: "a", Platform: "qq", Source: "telepathy"}, "source"},
		{members.Input{Nickname: "a", Platform: "qq", FollowSince: date(2099, 1, 1)}, "followSince"},
		{members.Input{Nickname: "a", Platform: "qq", Tags: []string{"这个标签实在是太长了超过了二十个字的限制啊啊啊"}}, "tags"},
	}
	for _, c := range cases {
		_, err := s.Create(context.Background(), c.in)
		if _, ok := errs.As(err).Fields[c.field]; !ok {
			t.Errorf("Create(%+v) = %v, want a %s error", c.in, err, c.field)
		}
	}
}
