package app

import (
	"qunzhu/backend/points"
	"qunzhu/locales"
)

// PointsRulesDTO is the rules in force: the workspace's, each group's
// override and the shipped defaults.
type PointsRulesDTO struct {
	Workspace PointsRuleSetDTO    `json:"workspace"`
	Overrides []PointsOverrideDTO `json:"overrides"`
	Defaults  PointsRuleSetDTO    `json:"defaults"`
}

// PointsRuleSetDTO is the points each kind of contribution earns.
type PointsRuleSetDTO struct {
	Message         int     `json:"message"`         // a chat message, comment or post
	MessageDailyCap int     `json:"messageDailyCap"` // messages counted per member, group and day
	Reply           int     `json:"reply"`           // a reply to or @mention of someone
	Checkin         int     `json:"checkin"`         // 打卡, once a day
	Vote            int     `json:"vote"`            // a ballot in a poll
	Jielong         int     `json:"jielong"`         // a 接龙 entry
	Lottery         int     `json:"lottery"`         // entering a lottery
	Invitation      int     `json:"invitation"`      // an invitation accepted (the draft marked joined)
	PurchaseUnit    float64 `json:"purchaseUnit"`    // one point per this amount spent
	Violation       int     `json:"violation"`       // a logged violation (≤ 0)
}

// PointsOverrideDTO is one group's override.
type PointsOverrideDTO struct {
	GroupID  int64                 `json:"groupId"`
	Override PointsRuleOverrideDTO `json:"override"`
}

// PointsRuleOverrideDTO is a group's own rules where it has them (null:
// the workspace's).
type PointsRuleOverrideDTO struct {
	Message         *int     `json:"message,omitempty"`
	MessageDailyCap *int     `json:"messageDailyCap,omitempty"`
	Reply           *int     `json:"reply,omitempty"`
	Checkin         *int     `json:"checkin,omitempty"`
	Vote            *int     `json:"vote,omitempty"`
	Jielong         *int     `json:"jielong,omitempty"`
	Lottery         *int     `json:"lottery,omitempty"`
	Invitation      *int     `json:"invitation,omitempty"`
	PurchaseUnit    *float64 `json:"purchaseUnit,omitempty"`
	Violation       *int     `json:"violation,omitempty"`
}

// PointsLevelDTO is a level: its name, the points it starts at and its perks.
type PointsLevelDTO struct {
	Name  string `json:"name"`
	Min   int    `json:"min"`
	Perks string `json:"perks"`
}

// PointsDoneDTO is a "points:done" event: what the recompute counted.
type PointsDoneDTO struct {
	JobID   string `json:"jobId"`
	Members int    `json:"members"`
	Events  int    `json:"events"`
}

// LeaderboardDTO is a leaderboard with its text to paste; stale: the
// totals miss recent changes.
type LeaderboardDTO struct {
	Period  string         `json:"period"`
	GroupID int64          `json:"groupId"`
	Stale   bool           `json:"stale"`
	Text    string         `json:"text"`
	Rows    []PointsRowDTO `json:"rows"`
}

// PointsRowDTO is one place on a leaderboard.
type PointsRowDTO struct {
	Rank       int    `json:"rank"`
	MemberID   int64  `json:"memberId"`
	Nickname   string `json:"nickname"`
	PlatformID string `json:"platformId"`
	Points     int64  `json:"points"`
	Level      string `json:"level"`
}

func toLeaderboardDTO(b points.Board, text string) LeaderboardDTO {
	out := LeaderboardDTO{Period: string(b.Period), GroupID: b.GroupID, Stale: b.Stale, Text: text, Rows: []PointsRowDTO{}}
	for i, r := range b.Rows {
		out.Rows = append(out.Rows, PointsRowDTO{Rank: i + 1, MemberID: r.MemberID, Nickname: r.Nickname,
			PlatformID: r.PlatformID, Points: r.Points, Level: r.Level})
	}
	return out
}

// ManualInputDTO is a manual award or deduction to log.
type ManualInputDTO struct {
	MemberID int64  `json:"memberId"`
	GroupID  int64  `json:"groupId"` // 0: none
	Points   int    `json:"points"`
	Reason   string `json:"reason"`
}

// ManualDTO is a logged manual award or deduction.
type ManualDTO struct {
	ID       int64  `json:"id"`
	MemberID int64  `json:"memberId"`
	GroupID  int64  `json:"groupId"`
	Points   int    `json:"points"`
	Reason   string `json:"reason"`
	At       string `json:"at"` // local wall time YYYY-MM-DDTHH:MM
	Undone   bool   `json:"undone"`
}

func toManualDTO(m points.Manual) ManualDTO {
	return ManualDTO{ID: m.ID, MemberID: m.MemberID, GroupID: m.GroupID, Points: m.Points, Reason: m.Reason,
		At: m.At.Format("2006-01-02T15:04"), Undone: m.Undone}
}

// EarnedDTO is the points from one source over the three periods.
type EarnedDTO struct {
	Source string `json:"source"`
	Label  string `json:"label"` // the source, localized
	Total  int64  `json:"total"`
	Month  int64  `json:"month"`
	Week   int64  `json:"week"`
}

// MemberPointsDTO is a member's points for its drawer.
type MemberPointsDTO struct {
	Total     int64       `json:"total"`
	Month     int64       `json:"month"`
	Week      int64       `json:"week"`
	Level     string      `json:"level"`
	Perks     string      `json:"perks"`
	NextLevel string      `json:"nextLevel"` // "" at the top
	ToNext    int64       `json:"toNext"`    // points still needed for it
	Sources   []EarnedDTO `json:"sources"`
	Manual    []ManualDTO `json:"manual"`
}

func toMemberPointsDTO(b points.Breakdown, manual []points.Manual, lang string) MemberPointsDTO {
	out := MemberPointsDTO{Total: b.Total, Month: b.Month, Week: b.Week, Level: b.Level.Name, Perks: b.Level.Perks,
		Sources: []EarnedDTO{}, Manual: []ManualDTO{}}
	if b.Next != nil {
		out.NextLevel, out.ToNext = b.Next.Name, int64(b.Next.Min)-b.Total
	}
	for _, e := range b.Sources {
		out.Sources = append(out.Sources, EarnedDTO{Source: string(e.Source), Total: e.Total, Month: e.Month, Week: e.Week,
			Label: locales.Localize(lang, "ui.engagement.points.source."+string(e.Source), nil)})
	}
	for _, m := range manual {
		out.Manual = append(out.Manual, toManualDTO(m))
	}
	return out
}

// ChallengeDTO is a group's 21-day challenge and its check-in leaderboard.
type ChallengeDTO struct {
	Found  bool     `json:"found"`
	ItemID int64    `json:"itemId"`
	Title  string   `json:"title"`
	Board  BoardDTO `json:"board"`
}
