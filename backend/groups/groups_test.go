package groups_test

import (
	"context"
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/storetest"
)

func valid() groups.Input {
	return groups.Input{Name: "铁粉一群", Platform: "douyin", Purpose: "core", Capacity: 500,
		MinDaysFollowed: 30, MinFanLevel: 5, IronFansOnly: true, JoinCode: "宠粉888",
		Announcement: "欢迎来到铁粉群", Rules: "不发广告"}
}

func TestValidate(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*groups.Input)
		field  string
		key    string
		params errs.Params
	}{
		{"empty name", func(in *groups.Input) { in.Name = "   " }, "name", "err.field.required", nil},
		{"long name", func(in *groups.Input) { in.Name = strings.Repeat("群", 61) }, "name", "err.field.too_long", errs.Params{"Max": 60}},
		{"bad platform", func(in *groups.Input) { in.Platform = "myspace" }, "platform", "err.group.platform", nil},
		{"bad purpose", func(in *groups.Input) { in.Purpose = "fun" }, "purpose", "err.group.purpose", nil},
		{"custom purpose unnamed", func(in *groups.Input) { in.Purpose = "custom" }, "customPurpose", "err.field.required", nil},
		{"zero capacity", func(in *groups.Input) { in.Capacity = 0 }, "capacity", "err.field.range", errs.Params{"Min": 1, "Max": groups.MaxCapacity}},
		{"negative capacity", func(in *groups.Input) { in.Capacity = -5 }, "capacity", "err.field.range", nil},
		{"negative days", func(in *groups.Input) { in.MinDaysFollowed = -1 }, "minDaysFollowed", "err.field.range", nil},
		{"level too high", func(in *groups.Input) { in.MinFanLevel = 100 }, "minFanLevel", "err.field.range", nil},
		{"long join code", func(in *groups.Input) { in.JoinCode = strings.Repeat("a", 33) }, "joinCode", "err.field.too_long", nil},
		{"long rules", func(in *groups.Input) { in.Rules = strings.Repeat("规", groups.MaxRules+1) }, "rules", "err.field.too_long", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := valid()
			c.edit(&in)
			in.Normalize()
			e := errs.As(in.Validate())
			f, ok := e.Fields[c.field]
			if e.Code != errs.Invalid || !ok || f.Key != c.key {
				t.Fatalf("Validate() = %v, want field %s with %s", e, c.field, c.key)
			}
			for k, v := range c.params {
				if f.Params[k] != v {
					t.Errorf("param %s = %v, want %v", k, f.Params[k], v)
				}
			}
		})
	}
	in := valid()
	if err := in.Validate(); err != nil {
		t.Errorf("valid input rejected: %v", err)
	}
}

func TestCreateGetList(t *testing.T) {
	s := groups.NewService(storetest.Open(t))
	ctx := context.Background()
	if gs, err := s.List(ctx, groups.Filter{}); err != nil || len(gs) != 0 {
		t.Fatalf("empty list = %v, %v", gs, err)
	}
	in := valid()
	in.Name = "  铁粉一群 "
	g, err := s.Create(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if g.ID == 0 || g.Name != "铁粉一群" || g.CreatedAt.IsZero() || g.ArchivedAt != nil {
		t.Errorf("created = %+v", g)
	}
	got, err := s.Get(ctx, g.ID)
	if err != nil || got.Input != g.Input {
		t.Errorf("Get = %+v, %v; want %+v", got.Input, err, g.Input)
	}
	if _, err := s.Get(ctx, 999); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("Get(999) = %v, want not_found", err)
	}
}

func TestDuplicateNames(t *testing.T) {
	s := groups.NewService(storetest.Open(t))
	ctx := context.Background()
	first, err := s.Create(ctx, groups.Input{Name: "Fan Club", Platform: "wechat", Purpose: "welfare", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		platform string
		taken    bool
	}{
		{"Fan Club", "wechat", true},
		{"ｆａｎ　ｃｌｕｂ", "wechat", true}, // full-width, other case
		{"fan  club", "wechat", true},
		{"Fan Club", "qq", false},
		{"Fan Club 2", "wechat", false},
	}
	for _, c := range cases {
		_, err := s.Create(ctx, groups.Input{Name: c.name, Platform: c.platform, Purpose: "core", Capacity: 200})
		gotTaken := errs.As(err).Fields["name"].Key == "err.group.name_taken"
		if gotTaken != c.taken || (!c.taken && err != nil) {
			t.Errorf("Create(%q on %s) = %v, want taken=%v", c.name, c.platform, err, c.taken)
		}
	}
	// Renaming to itself is fine; renaming onto another's name is not.
	in := first.Input
	in.Announcement = "new"
	if _, err := s.Update(ctx, first.ID, in); err != nil {
		t.Errorf("update keeping own name: %v", err)
	}
	in.Name = "fan club 2"
	if _, err := s.Update(ctx, first.ID, in); errs.As(err).Fields["name"].Key != "err.group.name_taken" {
		t.Errorf("rename onto taken name = %v", err)
	}
}

func TestUpdateArchiveRestore(t *testing.T) {
	s := groups.NewService(storetest.Open(t))
	ctx := context.Background()
	g, err := s.Create(ctx, valid())
	if err != nil {
		t.Fatal(err)
	}
	in := g.Input
	in.Purpose, in.CustomPurpose, in.Capacity = "custom", "读书会", 321
	up, err := s.Update(ctx, g.ID, in)
	if err != nil || up.CustomPurpose != "读书会" || up.Capacity != 321 {
		t.Fatalf("Update = %+v, %v", up, err)
	}
	bad := in
	bad.Capacity = 0
	if _, err := s.Update(ctx, g.ID, bad); errs.CodeOf(err) != errs.Invalid {
		t.Fatalf("invalid update = %v", err)
	}
	if still, _ := s.Get(ctx, g.ID); still.Capacity != 321 {
		t.Errorf("invalid update changed capacity to %d", still.Capacity)
	}
	arch, err := s.Archive(ctx, g.ID)
	if err != nil || arch.ArchivedAt == nil {
		t.Fatalf("Archive = %+v, %v", arch, err)
	}
	active, _ := s.List(ctx, groups.Filter{})
	archived, _ := s.List(ctx, groups.Filter{Archived: true})
	if len(active) != 0 || len(archived) != 1 {
		t.Errorf("after archive: %d active, %d archived", len(active), len(archived))
	}
	if n, err := s.Active(ctx); n != 0 || err != nil {
		t.Errorf("Active after archive = %d, %v; want 0", n, err)
	}
	back, err := s.Restore(ctx, g.ID)
	if err != nil || back.ArchivedAt != nil || back.Capacity != 321 {
		t.Errorf("Restore = %+v, %v", back, err)
	}
	if n, err := s.Active(ctx); n != 1 || err != nil {
		t.Errorf("Active after restore = %d, %v; want 1", n, err)
	}
	if _, err := s.Archive(ctx, 4242); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("Archive(missing) = %v", err)
	}
	if _, err := s.Update(ctx, 4242, in); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("Update(missing) = %v", err)
	}
}

func TestCreateManyIsAllOrNothing(t *testing.T) {
	s := groups.NewService(storetest.Open(t))
	ctx := context.Background()
	ins := []groups.Input{valid(), valid(), valid()}
	ins[1].Name = "二群"
	ins[2].Name = "" // row 3 is bad
	_, err := s.CreateMany(ctx, ins, nil)
	e := errs.As(err)
	if e.Key != "err.import.row" || e.Params["Row"] != 3 || e.Fields["name"].Key != "err.field.required" {
		t.Fatalf("CreateMany = %v, want row 3 name required", err)
	}
	if gs, _ := s.List(ctx, groups.Filter{}); len(gs) != 0 {
		t.Errorf("%d groups stored after a failed import, want 0", len(gs))
	}
	ins[2].Name = "三群"
	var calls []int
	n, err := s.CreateMany(ctx, ins, func(done, total int) { calls = append(calls, done) })
	if err != nil || n != 3 || len(calls) != 3 || calls[2] != 3 {
		t.Fatalf("CreateMany = %d, %v, progress %v", n, err, calls)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	more := []groups.Input{valid()}
	more[0].Name = "四群"
	if _, err := s.CreateMany(cancelled, more, nil); errs.CodeOf(err) != errs.Cancelled {
		t.Error("cancelled import succeeded")
	}
	if gs, _ := s.List(ctx, groups.Filter{}); len(gs) != 3 {
		t.Errorf("%d groups after cancelled import, want 3", len(gs))
	}
}
