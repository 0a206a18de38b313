package app

import "qunzhu/backend/badges"

// BadgeKindDTO is a badge with its name in the language and its holders.
type BadgeKindDTO struct {
	Badge   string `json:"badge"`
	Label   string `json:"label"`
	Holders int    `json:"holders"`
	Rule    bool   `json:"rule"` // earned from the records (else by hand only)
}

// BadgesOverviewDTO is every badge, how many members hold one, and the thresholds.
type BadgesOverviewDTO struct {
	Kinds    []BadgeKindDTO   `json:"kinds"`
	Members  int              `json:"members"`
	Settings BadgeSettingsDTO `json:"settings"`
}

// BadgeSettingsDTO are the thresholds of the rule badges.
type BadgeSettingsDTO struct {
	StreakDays     int `json:"streakDays"` // check-in days in a row (7)
	LongStreakDays int `json:"longStreakDays"`
	PollDays       int `json:"pollDays"` // voted in every poll closed in these days (30) ...
	PollMin        int `json:"pollMin"`  // ... when at least this many closed (3)
	InviteMin      int `json:"inviteMin"`
}

// BadgeHoldingDTO is a badge a member holds (or had taken back).
type BadgeHoldingDTO struct {
	MemberID  int64  `json:"memberId"`
	Nickname  string `json:"nickname"`
	GroupID   int64  `json:"groupId"` // 0: across the workspace
	GroupName string `json:"groupName"`
	Badge     string `json:"badge"`
	Label     string `json:"label"`
	EarnedOn  string `json:"earnedOn"` // YYYY-MM-DD
	Source    string `json:"source"`   // rule, hand, revoked
	Reason    string `json:"reason"`
}

// BadgeQueryDTO picks holdings: badge "" any, groupId 0 any, since
// YYYY-MM-DD or "", memberId 0 any; revoked: the taken-back ones instead.
type BadgeQueryDTO struct {
	Badge    string `json:"badge"`
	GroupID  int64  `json:"groupId"`
	Since    string `json:"since"`
	MemberID int64  `json:"memberId"`
	Revoked  bool   `json:"revoked"`
	Limit    int    `json:"limit"` // ≤ 1000, 0 = 1000
}

// BadgeChangeDTO is a hand award or a taking back, with the reason.
type BadgeChangeDTO struct {
	MemberID int64  `json:"memberId"`
	GroupID  int64  `json:"groupId"`
	Badge    string `json:"badge"`
	Reason   string `json:"reason"`
}

// BadgesWeekDTO is this week's new badges and the message to paste.
type BadgesWeekDTO struct {
	Since    string            `json:"since"` // the Monday, YYYY-MM-DD
	Holdings []BadgeHoldingDTO `json:"holdings"`
	Message  string            `json:"message"` // "" when there is none
}

// BadgesDoneDTO is a "badges:done" event.
type BadgesDoneDTO struct {
	JobID    string            `json:"jobId"`
	Overview BadgesOverviewDTO `json:"overview"`
}

// ToBadgeHoldingDTOs are holdings as the window and the command line show them.
func ToBadgeHoldingDTOs(hs []badges.Holding, lang string, s badges.Settings) []BadgeHoldingDTO {
	out := make([]BadgeHoldingDTO, len(hs))
	for i, h := range hs {
		out[i] = BadgeHoldingDTO{MemberID: h.MemberID, Nickname: h.Nickname, GroupID: h.GroupID, GroupName: h.GroupName,
			Badge: h.Badge, Label: badges.Label(lang, h.Badge, s), EarnedOn: h.EarnedOn, Source: h.Source, Reason: h.Reason}
	}
	return out
}

func toOverviewDTO(sum badges.Summary, s badges.Settings, lang string) BadgesOverviewDTO {
	out := BadgesOverviewDTO{Members: sum.Members, Settings: BadgeSettingsDTO(s), Kinds: make([]BadgeKindDTO, len(badges.Kinds))}
	for i, k := range badges.Kinds {
		out.Kinds[i] = BadgeKindDTO{Badge: k, Label: badges.Label(lang, k, s), Holders: sum.Badges[k], Rule: k != badges.Praised}
	}
	return out
}

func (q BadgeQueryDTO) toDomain() badges.Query {
	return badges.Query{Badge: q.Badge, GroupID: q.GroupID, Since: q.Since, MemberID: q.MemberID, Revoked: q.Revoked, Limit: q.Limit}
}

func (c BadgeChangeDTO) toDomain() badges.Change {
	return badges.Change{MemberID: c.MemberID, GroupID: c.GroupID, Badge: c.Badge, Reason: c.Reason}
}
