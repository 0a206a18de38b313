package app

import (
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/lottery"
)

// EntryDTO is where a lottery's entrants come from and who may take part.
type EntryDTO struct {
	From           string   `json:"from"` // members, poll, jielong, comments, douyin
	SegmentID      int64    `json:"segmentId"`
	GroupID        int64    `json:"groupId"`
	Tiers          []string `json:"tiers"`
	PollID         int64    `json:"pollId"`
	Text           string   `json:"text"` // pasted 接龙 or comments
	Path           string   `json:"path"` // Douyin export
	Keyword        string   `json:"keyword"`
	MinMentions    int      `json:"minMentions"`
	After          string   `json:"after"` // RFC 3339 or ""
	Before         string   `json:"before"`
	MinDays        int      `json:"minDays"`
	MinLevel       int      `json:"minLevel"`
	IronOnly       bool     `json:"ironOnly"`
	ExcludeWonDays int      `json:"excludeWonDays"`
	WeightDays     int      `json:"weightDays"` // 0: one entry each
	WeightCheckins int      `json:"weightCheckins"`
	WeightTimes    int      `json:"weightTimes"`
}

func (d EntryDTO) toDomain() (lottery.Entry, error) {
	e := lottery.Entry{From: d.From, PollID: d.PollID, Text: d.Text, Path: d.Path, Keyword: d.Keyword,
		Mentions: d.MinMentions, MinDays: d.MinDays, MinLevel: d.MinLevel, IronOnly: d.IronOnly, ExcludeWonDays: d.ExcludeWonDays}
	if d.From == lottery.FromMembers {
		e.Members = &lottery.MemberSelector{SegmentID: d.SegmentID, GroupID: d.GroupID, Tiers: d.Tiers}
	}
	if d.WeightDays > 0 || d.WeightTimes > 0 {
		e.Weight = &lottery.Weight{Days: d.WeightDays, Checkins: d.WeightCheckins, Times: d.WeightTimes}
	}
	f := errs.Fields{}
	e.After = parseStamp(d.After, "after", f)
	e.Before = parseStamp(d.Before, "before", f)
	return e, f.Err()
}

func parseStamp(s, field string, f errs.Fields) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		f.Add(field, "err.lottery.time", nil)
		return nil
	}
	return &t
}

// EntrantsDTO previews the list an entry gives.
type EntrantsDTO struct {
	People   []lottery.Entrant `json:"people"` // the first 500
	Total    int               `json:"total"`
	Lines    int               `json:"lines"`
	Read     int               `json:"read"`
	Excluded map[string]int    `json:"excluded"`
	Unread   []int             `json:"unread"`
	// Ambiguous are names several members have: entrants under the name,
	// credited to none of them.
	Ambiguous []lottery.Ambiguous `json:"ambiguous"`
}

// SetupDTO is what freezing a lottery takes.
type SetupDTO struct {
	Title      string         `json:"title"`
	Mode       string         `json:"mode"`
	Entry      EntryDTO       `json:"entry"`
	Sources    []string       `json:"sources"`
	Tiers      []lottery.Tier `json:"tiers"`
	Alternates int            `json:"alternates"` // -1: the default
	GroupID    int64          `json:"groupId"`
}

// PickDTO is a winner or an alternate.
type PickDTO struct {
	Order    int    `json:"order"`
	Step     int    `json:"step"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	Tier     int    `json:"tier"`
}

// LotteryDTO is a stored lottery.
type LotteryDTO struct {
	ID           int64                 `json:"id"`
	Title        string                `json:"title"`
	Mode         string                `json:"mode"`
	Status       string                `json:"status"`
	Entrants     int                   `json:"entrants"`
	ListSHA256   string                `json:"listSha256"`
	Sources      []lottery.Source      `json:"sources"`
	Tiers        []lottery.Tier        `json:"tiers"`
	Alternates   int                   `json:"alternates"`
	Key          string                `json:"key"`
	PollID       int64                 `json:"pollId"`
	GroupID      int64                 `json:"groupId"`
	RedrawOf     int64                 `json:"redrawOf"`
	RedrawReason string                `json:"redrawReason"`
	RedrawnBy    int64                 `json:"redrawnBy"`
	FrozenAt     string                `json:"frozenAt"`
	DrawnAt      string                `json:"drawnAt"`
	Winners      []PickDTO             `json:"winners"`
	Backups      []PickDTO             `json:"alternatesDrawn"`
	Replacements []lottery.Replacement `json:"replacements"`
	Rules        EntryRulesDTO         `json:"rules"`
}

// EntryRulesDTO are the published entry rules.
type EntryRulesDTO struct {
	From           string `json:"from"`
	Keyword        string `json:"keyword"`
	MinMentions    int    `json:"minMentions"`
	MinDays        int    `json:"minDays"`
	MinLevel       int    `json:"minLevel"`
	IronOnly       bool   `json:"ironOnly"`
	ExcludeWonDays int    `json:"excludeWonDays"`
	WeightDays     int    `json:"weightDays"`
	WeightCheckins int    `json:"weightCheckins"`
	WeightTimes    int    `json:"weightTimes"`
}

func toLotteryDTO(l lottery.Lottery) LotteryDTO {
	d := LotteryDTO{ID: l.ID, Title: l.Title, Mode: l.Mode, Status: l.Status, Entrants: l.Entrants, ListSHA256: l.ListSHA256,
		Sources: l.Sources, Tiers: l.Tiers, Alternates: l.Alternates, Key: l.Key, PollID: l.PollID, GroupID: l.GroupID,
		RedrawOf: l.RedrawOf, RedrawReason: l.RedrawReason, RedrawnBy: l.RedrawnBy, FrozenAt: rfc3339(l.FrozenAt),
		DrawnAt: stampOf(l.DrawnAt), Winners: picks(l.Winners), Backups: picks(l.Backups), Replacements: l.Replacements}
	if d.Replacements == nil {
		d.Replacements = []lottery.Replacement{}
	}
	e := l.Entry
	d.Rules = EntryRulesDTO{From: e.From, Keyword: e.Keyword, MinMentions: e.Mentions, MinDays: e.MinDays,
		MinLevel: e.MinLevel, IronOnly: e.IronOnly, ExcludeWonDays: e.ExcludeWonDays}
	if e.Weight != nil {
		d.Rules.WeightDays, d.Rules.WeightCheckins, d.Rules.WeightTimes = e.Weight.Days, e.Weight.Checkins, e.Weight.Times
	}
	return d
}

func picks(ps []lottery.Pick) []PickDTO {
	out := make([]PickDTO, len(ps))
	for i, p := range ps {
		out[i] = PickDTO(p)
	}
	return out
}
