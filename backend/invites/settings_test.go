package invites

import (
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
)

func TestSettingsValidateAndKeep(t *testing.T) {
	f := newFixture(t)
	st, err := f.svc.Settings(ctx)
	if err != nil || st.Limit("douyin") != 300 || st.Limit("nowhere") != DefaultLimit || st.RecentDays != DefaultRecentDays {
		t.Fatalf("defaults %+v %v", st, err)
	}
	bad := []struct {
		name  string
		edit  func(*Settings)
		field string
	}{
		{"unknown platform", func(s *Settings) { s.Limits["myspace"] = 10 }, "limits"},
		{"zero limit", func(s *Settings) { s.Limits["qq"] = 0 }, "limits"},
		{"negative days", func(s *Settings) { s.RecentDays = -1 }, "recentDays"},
		{"same max 0", func(s *Settings) { s.SameMax = 0 }, "sameMax"},
		{"empty word", func(s *Settings) { s.Words = []keywords.Word{{Text: " ", Severity: 2}} }, "words"},
	}
	for _, c := range bad {
		s, _ := f.svc.Settings(ctx)
		c.edit(&s)
		_, err := f.svc.SaveSettings(ctx, s)
		if e := errs.As(err); e.Code != errs.Invalid || e.Fields[c.field].Key == "" {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	st.Creator = "  阿May "
	st.Limits["douyin"] = 120
	st.Words = []keywords.Word{{Text: "秒杀", Category: "negative", Severity: 2, Note: "自定"}}
	got, err := f.svc.SaveSettings(ctx, st)
	if err != nil || got.Creator != "阿May" || got.Limit("douyin") != 120 || len(got.Words) != 1 || got.Words[0].Category != keywords.AdLaw {
		t.Fatalf("saved %+v %v", got, err)
	}
	// Seeding is not undone by saving settings.
	f.svc.Templates(ctx, "zh-CN")
	got.Seeded = false
	f.svc.SaveSettings(ctx, got)
	if again, _ := f.svc.Settings(ctx); !again.Seeded {
		t.Errorf("saving settings cleared the seeded mark")
	}
}
