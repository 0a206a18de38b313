package settings_test

import (
	"context"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/storetest"
)

// The contact rhythm starts at the seed's guidance, saves whole, and
// refuses a bad threshold without changing what was stored.
func TestRhythm(t *testing.T) {
	ctx := context.Background()
	s := settings.NewService(storetest.Open(t))
	got, err := s.Rhythm(ctx)
	if err != nil || got != settings.DefaultRhythm || got.CoreMinPerDay != 3 || got.CoreMaxPerDay != 5 ||
		got.ActiveMinPerDay != 1 || got.ActiveMaxPerDay != 2 || got.LurkerMinPerWeek != 1 || got.LurkerMaxPerWeek != 2 {
		t.Fatalf("defaults %+v %v", got, err)
	}
	want := settings.Rhythm{CoreMinPerDay: 2, CoreMaxPerDay: 4, ActiveMinPerDay: 1, ActiveMaxPerDay: 1,
		LurkerMinPerWeek: 0, LurkerMaxPerWeek: 3}
	if got, err := s.SaveRhythm(ctx, want); err != nil || got != want {
		t.Fatalf("saved %+v %v", got, err)
	}
	cases := []struct {
		name  string
		edit  func(r *settings.Rhythm)
		field string
	}{
		{"min above max", func(r *settings.Rhythm) { r.CoreMinPerDay = 6 }, "rhythm.core_min"},
		{"negative", func(r *settings.Rhythm) { r.LurkerMinPerWeek = -1 }, "rhythm.lurker_min"},
		{"too many", func(r *settings.Rhythm) { r.ActiveMaxPerDay = settings.MaxContacts + 1 }, "rhythm.active_max"},
	}
	for _, c := range cases {
		r := want
		c.edit(&r)
		_, err := s.SaveRhythm(ctx, r)
		if e := errs.As(err); e.Code != errs.Invalid || e.Fields[c.field].Key == "" {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if got, _ := s.Rhythm(ctx); got != want {
		t.Errorf("after refusals %+v, want %+v", got, want)
	}
}
