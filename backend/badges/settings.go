package badges

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
)

// Settings are the badges' thresholds.
type Settings struct {
	// StreakDays and LongStreakDays: check-in days in a row for 连续打卡
	// (7 and 21: a week, and the planner's 21-day challenge).
	StreakDays     int `json:"streakDays"`
	LongStreakDays int `json:"longStreakDays"`
	// 投票全勤: voted in every poll of the group closed in the last PollDays
	// days (30), when the group closed at least PollMin of them (3).
	// Anonymous polls keep no voter and do not count.
	PollDays int `json:"pollDays"`
	PollMin  int `json:"pollMin"`
	// 邀请达人: invited at least InviteMin people who joined (3: the first
	// step of seed 004's "invite 3 friends → reward A").
	InviteMin int `json:"inviteMin"`
}

// DefaultSettings are the thresholds Qunzhu ships with.
func DefaultSettings() Settings {
	return Settings{StreakDays: 7, LongStreakDays: 21, PollDays: 30, PollMin: 3, InviteMin: 3}
}

// Limits of the settings.
const (
	MaxDays    = 365
	MaxPolls   = 100
	MaxInvites = 1000
)

// Validate checks the ranges; the long streak is longer than the short one.
func (s Settings) Validate() error {
	f := errs.Fields{}
	in := func(field string, v, lo, hi int) {
		if v < lo || v > hi {
			f.Add(field, "err.field.range", errs.Params{"Min": lo, "Max": hi})
		}
	}
	in("streakDays", s.StreakDays, 2, MaxDays-1)
	in("longStreakDays", s.LongStreakDays, s.StreakDays+1, MaxDays)
	in("pollDays", s.PollDays, 1, MaxDays)
	in("pollMin", s.PollMin, 1, MaxPolls)
	in("inviteMin", s.InviteMin, 1, MaxInvites)
	return f.Err()
}

// settingsKey is the settings row holding the thresholds, as JSON.
const settingsKey = "badges"

// Settings returns the thresholds in use: the saved ones over the defaults
// (a damaged value falls back to the defaults).
func (s *Service) Settings(ctx context.Context) (Settings, error) {
	out := DefaultSettings()
	raw, ok, err := settings.RawValue(ctx, s.db.Read(), settingsKey)
	if err != nil || !ok {
		return out, errs.Wrap(err, "read badge settings")
	}
	saved := out
	if json.Unmarshal([]byte(raw), &saved) != nil || saved.Validate() != nil {
		return out, nil
	}
	return saved, nil
}

// SaveSettings validates and stores the thresholds (the next evaluation
// applies them).
func (s *Service) SaveSettings(ctx context.Context, set Settings) (Settings, error) {
	if err := set.Validate(); err != nil {
		return Settings{}, err
	}
	raw, _ := json.Marshal(set)
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return errs.Wrap(settings.PutRaw(ctx, tx, settingsKey, string(raw)), "save badge settings")
	})
	return set, err
}
