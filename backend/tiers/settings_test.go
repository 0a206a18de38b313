package tiers

import (
	"errors"
	"math"
	"testing"

	"qunzhu/backend/errs"
)

func TestDefaultSettingsValid(t *testing.T) {
	if err := DefaultSettings().Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
}

func TestValidate(t *testing.T) {
	type want struct {
		field    string
		min, max any
	}
	cases := []struct {
		name   string
		change func(*Settings)
		want   []want
	}{
		{"window too short", func(s *Settings) { s.WindowDays = 27 }, []want{{"windowDays", 28, 365}}},
		{"window at min", func(s *Settings) { s.WindowDays = 28 }, nil},
		{"negative weight", func(s *Settings) { s.WeightTip = -0.1 }, []want{{"weightTip", 0.0, 1000.0}}},
		{"NaN weight", func(s *Settings) { s.WeightPost = math.NaN() }, []want{{"weightPost", 0.0, 1000.0}}},
		{"active equals core", func(s *Settings) { s.ActiveMin = s.CoreMin }, []want{{"coreMin", 13, 15}}},
		{"active below lurker", func(s *Settings) { s.ActiveMin = 4 }, []want{{"activeMin", 6, 14}}},
		{"core above 15", func(s *Settings) { s.CoreMin = 16 }, []want{{"coreMin", 10, 15}}},
		{"core at 15", func(s *Settings) { s.CoreMin = 15 }, nil},
		{"lurker at 3", func(s *Settings) { s.LurkerMin = 3 }, nil},
		{"lurker below 3", func(s *Settings) { s.LurkerMin = 2 }, []want{{"lurkerMin", 3, 13}}},
		{"chain checked past a bad link", func(s *Settings) { s.LurkerMin, s.ActiveMin, s.CoreMin = 0, 3, 3 },
			[]want{{"lurkerMin", 3, 13}, {"activeMin", 4, 14}, {"coreMin", 5, 15}}},
		{"dormant days", func(s *Settings) { s.DormantDays = 6 }, []want{{"dormantDays", 7, 365}}},
		{"mature below growing", func(s *Settings) { s.MaturePerDay = 2.9 }, []want{{"maturePerDay", 3.0, 200.0}}},
		{"mature equals growing", func(s *Settings) { s.MaturePerDay = 3 }, nil},
		{"observing above growing", func(s *Settings) { s.ObservingPerWeek = 21.5 }, []want{{"observingPerWeek", 0.1, 21.0}}},
		{"observing at growing", func(s *Settings) { s.ObservingPerWeek = 21 }, nil},
		{"growing zero", func(s *Settings) { s.GrowingPerDay = 0 },
			[]want{{"growingPerDay", 0.1, 200.0}}},
		{"decline ratio 1", func(s *Settings) { s.DeclineRatio = 1 }, []want{{"declineRatio", 0.05, 0.95}}},
		{"decline min negative", func(s *Settings) { s.DeclineMinPerDay = -1 }, []want{{"declineMinPerDay", 0.0, 200.0}}},
		{"demote 0 allowed", func(s *Settings) { s.DemoteAfterDays = 0 }, nil},
		{"demote too long", func(s *Settings) { s.DemoteAfterDays = 91 }, []want{{"demoteAfterDays", 0, 90}}},
		{"slipping 0", func(s *Settings) { s.SlippingDays = 0 }, []want{{"slippingDays", 1, 365}}},
		{"new 366", func(s *Settings) { s.NewDays = 366 }, []want{{"newDays", 1, 365}}},
		{"koc", func(s *Settings) { s.KOCMinStarts, s.KOCMinReplies = 0, 0 },
			[]want{{"kocMinStarts", 1, 10000}, {"kocMinReplies", 1, 10000}}},
		{"creator", func(s *Settings) { s.CreatorMinPosts = 0 }, []want{{"creatorMinPosts", 1, 10000}}},
		{"lively at zero", func(s *Settings) { s.HealthyMessagesPer100 = 0 }, []want{{"healthyMessagesPer100", 0.1, 10000.0}}},
		{"percentages past 100", func(s *Settings) { s.HealthyParticipationPct, s.SilentAlertPct = 101, 0 },
			[]want{{"healthyParticipationPct", 1, 100}, {"silentAlertPct", 1, 100}}},
		{"silent days", func(s *Settings) { s.SilentDays = 61 }, []want{{"silentDays", 1, 60}}},
		{"silent a day", func(s *Settings) { s.SilentDays = 1 }, nil},
	}
	for _, c := range cases {
		s := DefaultSettings()
		c.change(&s)
		err := s.Validate()
		if len(c.want) == 0 {
			if err != nil {
				t.Errorf("%s: got %v, want no error", c.name, err)
			}
			continue
		}
		var e *errs.Error
		if !errors.As(err, &e) || e.Code != errs.Invalid {
			t.Errorf("%s: got %v, want an invalid error", c.name, err)
			continue
		}
		if len(e.Fields) != len(c.want) {
			t.Errorf("%s: got fields %v, want %v", c.name, e.Fields, c.want)
		}
		for _, w := range c.want {
			f, ok := e.Fields[w.field]
			if !ok || f.Key != "err.field.range" || f.Params["Min"] != w.min || f.Params["Max"] != w.max {
				t.Errorf("%s: %s = %+v, want err.field.range Min %v Max %v", c.name, w.field, f, w.min, w.max)
			}
		}
	}
}
