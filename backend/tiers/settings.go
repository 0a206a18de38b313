package tiers

import "qunzhu/backend/errs"

// Settings hold every threshold. DefaultSettings documents each default.
type Settings struct {
	// WindowDays is how far back F, M and the role look (90).
	WindowDays int

	// Weights of the contribution score M. A content post takes effort and
	// feeds the group (3); a share brings the creator new reach (2); a
	// purchase is the strongest commitment (5); tips count per unit of value
	// (0.1), so a 30-yuan gift weighs as much as one post and money does not
	// drown content.
	WeightPost, WeightTip, WeightShare, WeightPurchase float64

	// Tier thresholds on the RFM total (3..15). The defaults put a typical
	// group near 20 % core, 30 % active, 40 % lurker and 10 % dormant of the
	// members who ever interacted (see calibrate_test.go). A total below
	// LurkerMin is dormant too.
	CoreMin, ActiveMin, LurkerMin int
	// DormantDays: no interaction for this long makes a member dormant
	// whatever the score, and is the dormant lifecycle stage (30).
	DormantDays int

	// Lifecycle (seed 001), on the last 7 days' rate.
	ObservingPerWeek float64 // fewer than this many a week: observing (2)
	GrowingPerDay    float64 // at least this many a day: growing (3)
	MaturePerDay     float64 // more than this many a day and posts content: mature (5)
	DeclineRatio     float64 // last 7 days below Baseline×ratio: declining (0.4) ...
	DeclineMinPerDay float64 // ... when the baseline is at least this many a day (1)

	// DemoteAfterDays: a lower tier or stage replaces the stored one only
	// after the member has stayed below it this many days in a row;
	// promotions apply at once (7).
	DemoteAfterDays int
	// SlippingDays: a core or active member silent this long is slipping away (14).
	SlippingDays int
	// NewDays: joined this recently and already active is new and promising (30).
	NewDays int
	// KOC: started at least KOCMinStarts conversations and answered others
	// at least KOCMinReplies times in the window (5 and 20: a new topic
	// every two to three weeks, an answer about twice a week).
	KOCMinStarts, KOCMinReplies int
	// CreatorMinPosts: this many content posts in the window make the role
	// creator (3: about one a month).
	CreatorMinPosts int

	// Group health (seed 004's KPIs): healthy above HealthyMessagesPer100
	// messages a day per 100 members (20) and HealthyParticipationPct % of
	// the members speaking in the period (30); alert when more than
	// SilentAlertPct % (40) have been silent SilentDays days (3).
	HealthyMessagesPer100                   float64
	HealthyParticipationPct, SilentAlertPct int
	SilentDays                              int
	// HealthyReachPct: the dashboard's reach is healthy above this share of
	// the members with any recorded interaction in the period (65).
	HealthyReachPct int
}

// DefaultSettings returns the documented defaults.
func DefaultSettings() Settings {
	return Settings{
		WindowDays: 90,
		WeightPost: 3, WeightTip: 0.1, WeightShare: 2, WeightPurchase: 5,
		CoreMin: 12, ActiveMin: 9, LurkerMin: 5,
		DormantDays:      30,
		ObservingPerWeek: 2, GrowingPerDay: 3, MaturePerDay: 5,
		DeclineRatio: 0.4, DeclineMinPerDay: 1,
		DemoteAfterDays: 7,
		SlippingDays:    14,
		NewDays:         30,
		KOCMinStarts:    5, KOCMinReplies: 20,
		CreatorMinPosts:       3,
		HealthyMessagesPer100: 20, HealthyParticipationPct: 30, SilentAlertPct: 40, SilentDays: 3,
		HealthyReachPct: 65,
	}
}

// Limits of the settings.
const (
	MinScore     = 3  // lowest RFM total
	MaxScore     = 15 // highest RFM total
	MaxDays      = 365
	MaxWeight    = 1000
	MaxPerDay    = 200
	MaxThreshold = 10000
)

// Validate checks every field; each problem is reported under the field's
// name with err.field.range and the allowed Min and Max. Order constraints
// (LurkerMin < ActiveMin < CoreMin, GrowingPerDay ≤ MaturePerDay, the
// observing rate below the growing rate) show up as ranges too, bounded by
// the neighbouring setting.
func (s Settings) Validate() error {
	f := errs.Fields{}
	intIn(f, "windowDays", s.WindowDays, 28, MaxDays)
	floatIn(f, "weightPost", s.WeightPost, 0, MaxWeight)
	floatIn(f, "weightTip", s.WeightTip, 0, MaxWeight)
	floatIn(f, "weightShare", s.WeightShare, 0, MaxWeight)
	floatIn(f, "weightPurchase", s.WeightPurchase, 0, MaxWeight)
	s.validateTiers(f)
	s.validateStages(f)
	intIn(f, "demoteAfterDays", s.DemoteAfterDays, 0, 90)
	intIn(f, "slippingDays", s.SlippingDays, 1, MaxDays)
	intIn(f, "newDays", s.NewDays, 1, MaxDays)
	intIn(f, "kocMinStarts", s.KOCMinStarts, 1, MaxThreshold)
	intIn(f, "kocMinReplies", s.KOCMinReplies, 1, MaxThreshold)
	intIn(f, "creatorMinPosts", s.CreatorMinPosts, 1, MaxThreshold)
	floatIn(f, "healthyMessagesPer100", s.HealthyMessagesPer100, 0.1, MaxThreshold)
	intIn(f, "healthyParticipationPct", s.HealthyParticipationPct, 1, 100)
	intIn(f, "silentAlertPct", s.SilentAlertPct, 1, 100)
	intIn(f, "silentDays", s.SilentDays, 1, 60)
	intIn(f, "healthyReachPct", s.HealthyReachPct, 1, 100)
	return f.Err()
}

// validateTiers keeps LurkerMin < ActiveMin < CoreMin inside 3..15: each
// threshold must lie above the one below it and leave room for the ones above.
func (s Settings) validateTiers(f errs.Fields) {
	lo := MinScore
	for i, t := range []struct {
		field string
		v     int
	}{{"lurkerMin", s.LurkerMin}, {"activeMin", s.ActiveMin}, {"coreMin", s.CoreMin}} {
		hi := MaxScore - 2 + i
		if !intIn(f, t.field, t.v, lo, hi) {
			lo++ // assume the lowest valid value and go on
			continue
		}
		lo = t.v + 1
	}
	intIn(f, "dormantDays", s.DormantDays, 7, MaxDays)
}

func (s Settings) validateStages(f errs.Fields) {
	if floatIn(f, "growingPerDay", s.GrowingPerDay, 0.1, MaxPerDay) {
		floatIn(f, "maturePerDay", s.MaturePerDay, s.GrowingPerDay, MaxPerDay)
		floatIn(f, "observingPerWeek", s.ObservingPerWeek, 0.1, 7*s.GrowingPerDay)
	} else {
		floatIn(f, "maturePerDay", s.MaturePerDay, 0.1, MaxPerDay)
		floatIn(f, "observingPerWeek", s.ObservingPerWeek, 0.1, 7*MaxPerDay)
	}
	floatIn(f, "declineRatio", s.DeclineRatio, 0.05, 0.95)
	floatIn(f, "declineMinPerDay", s.DeclineMinPerDay, 0, MaxPerDay)
}

// intIn records a range error unless min ≤ v ≤ max, and reports whether v is in range.
func intIn(f errs.Fields, field string, v, min, max int) bool {
	if v < min || v > max {
		f.Add(field, "err.field.range", errs.Params{"Min": min, "Max": max})
		return false
	}
	return true
}

// floatIn is intIn for floats; NaN is out of every range.
func floatIn(f errs.Fields, field string, v, min, max float64) bool {
	if !(v >= min && v <= max) {
		f.Add(field, "err.field.range", errs.Params{"Min": min, "Max": max})
		return false
	}
	return true
}
