// Package badges gives members badges: from rules over what Qunzhu already
// records (check-in streaks, the first message in a group, the KOC list,
// voting in every poll) in one evaluation that rewrites the rule badges,
// and by a creator's hand, with a reason. Each badge has the local day it
// was earned; the member list filters on them through one index.
package badges

import (
	"context"
	"database/sql"
	"time"
)

// The badges. Rule badges come from the records; Praised only by hand.
const (
	Streak       = "streak"        // checked in StreakDays days in a row in a group
	LongStreak   = "streak_long"   // ... LongStreakDays days in a row
	FirstMessage = "first_message" // spoke in a group for the first time
	KOC          = "koc"           // on the KOC list (starts topics, answers others) once
	PollPerfect  = "poll_perfect"  // voted in every poll a group closed in the last PollDays days
	Inviter      = "inviter"       // 邀请达人: invited InviteMin people who joined
	Praised      = "praised"       // a creator's praise, by hand only
)

// Earned is one badge a member holds in a group (0: across the workspace),
// from the local day On (midnight UTC of that wall-clock day).
type Earned struct {
	MemberID int64
	GroupID  int64
	Badge    string
	On       time.Time
}

// Input is what a rule reads besides the records.
type Input struct {
	Settings Settings
	Now      time.Time
	// InvitedNth is, for each member who invited at least n people who
	// joined, the day (YYYY-MM-DD) the n-th joined (the rewards' records);
	// nil: nobody earns 邀请达人.
	InvitedNth func(ctx context.Context, n int) (map[int64]string, error)
	// Records are the owners' read models the other rules read.
	Records Records
}

// A Rule earns its badges from the records.
type Rule struct {
	Name string // for the log
	Earn func(ctx context.Context, db *sql.DB, in Input) ([]Earned, error)
}

// Rules are the evaluation's rules, in order.
var Rules = []Rule{
	{Name: "streaks", Earn: earnStreaks},
	{Name: "first_message", Earn: earnFirstMessages},
	{Name: "koc", Earn: earnKOC},
	{Name: "poll_perfect", Earn: earnPollPerfect},
	{Name: "inviter", Earn: earnInviter},
}

// Kinds lists every badge a member can hold, in the order screens show them.
var Kinds = []string{Streak, LongStreak, FirstMessage, KOC, PollPerfect, Inviter, Praised}

// IsKind tells whether b is a badge.
func IsKind(b string) bool {
	for _, k := range Kinds {
		if k == b {
			return true
		}
	}
	return false
}

// dateLayout is how a day is stored.
const dateLayout = "2006-01-02"

// wallDay is the day of a wall-clock reading stored as unix seconds (the
// way events store it: the time the export shows, read as UTC).
func wallDay(unix int64) time.Time {
	return time.Unix(unix/86400*86400, 0).UTC()
}

// localDay is the local calendar day of an instant, as a wall day.
func localDay(t time.Time) time.Time {
	y, m, d := t.In(time.Local).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
