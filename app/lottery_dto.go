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
	People   []LotteryEntrantDTO `json:"people"` // the first 500
	Total    int                 `json:"total"`
	Lines    int                 `json:"lines"`
	Read     int                 `json:"read"`
	Excluded map[string]int      `json:"excluded"`
	Unread   []int               `json:"unread"`
	// Ambiguous are names several members have: entrants under the name,
	// credited to none of them.
	Ambiguous []LotteryAmbiguousDTO `json:"ambiguous"`
}

// LotteryEntrantDTO is one entrant: a name, the member it is (0: none)
// and how many entries it has.
type LotteryEntrantDTO struct {
	Name     string `json:"name"`
	MemberID int64  `json:"memberId"`
	Weight   int    `json:"weight"`
}

func toLotteryEntrantDTOs(es []lottery.Entrant) []LotteryEntrantDTO {
	return convertAll(es, func(e lottery.Entrant) LotteryEntrantDTO { return LotteryEntrantDTO(e) })
}

// LotteryAmbiguousDTO is a name several members have, where it was read.
type LotteryAmbiguousDTO struct {
	Line      int           `json:"line"` // 0 when the source has no lines
	Name      string        `json:"name"`
	Namesakes []NamesakeDTO `json:"namesakes"`
}

func toLotteryAmbiguousDTOs(as []lottery.Ambiguous) []LotteryAmbiguousDTO {
	return convertAll(as, func(a lottery.Ambiguous) LotteryAmbiguousDTO {
		return LotteryAmbiguousDTO{Line: a.Line, Name: a.Name, Namesakes: toNamesakeDTOs(a.Namesakes)}
	})
}

// SetupDTO is what freezing a lottery takes.
type SetupDTO struct {
	Title      string           `json:"title"`
	Mode       string           `json:"mode"`
	Entry      EntryDTO         `json:"entry"`
	Sources    []string         `json:"sources"`
	Tiers      []LotteryTierDTO `json:"tiers"`
	Alternates int              `json:"alternates"` // -1: the default
	GroupID    int64            `json:"groupId"`
}

func (in SetupDTO) tiers() []lottery.Tier {
	return convertAll(in.Tiers, func(t LotteryTierDTO) lottery.Tier { return lottery.Tier(t) })
}

// LotteryTierDTO is a prize: its name and how many win it.
type LotteryTierDTO struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func toLotteryTierDTOs(ts []lottery.Tier) []LotteryTierDTO {
	return convertAll(ts, func(t lottery.Tier) LotteryTierDTO { return LotteryTierDTO(t) })
}

// LotterySourceDTO is a named source of the published values the draw uses.
type LotterySourceDTO struct {
	Label  string `json:"label"`
	Values string `json:"values"` // space- or comma-separated
}

func toLotterySourceDTOs(ss []lottery.Source) []LotterySourceDTO {
	return convertAll(ss, func(s lottery.Source) LotterySourceDTO { return LotterySourceDTO(s) })
}

// LotteryReplacementDTO is a winner replaced by an alternate, and why.
type LotteryReplacementDTO struct {
	Order    int    `json:"order"` // the replaced winner's pick order
	Tier     int    `json:"tier"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	ByOrder  int    `json:"byOrder"` // the alternate's pick order
	ByPos    int    `json:"byPosition"`
	ByName   string `json:"byName"`
	Reason   string `json:"reason"`
	At       string `json:"at"` // RFC 3339
}

func toLotteryReplacementDTOs(rs []lottery.Replacement) []LotteryReplacementDTO {
	return convertAll(rs, func(r lottery.Replacement) LotteryReplacementDTO { return LotteryReplacementDTO(r) })
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
	ID           int64                   `json:"id"`
	Title        string                  `json:"title"`
	Mode         string                  `json:"mode"`
	Status       string                  `json:"status"`
	Entrants     int                     `json:"entrants"`
	ListSHA256   string                  `json:"listSha256"`
	Sources      []LotterySourceDTO      `json:"sources"`
	Tiers        []LotteryTierDTO        `json:"tiers"`
	Alternates   int                     `json:"alternates"`
	Key          string                  `json:"key"`
	PollID       int64                   `json:"pollId"`
	GroupID      int64                   `json:"groupId"`
	RedrawOf     int64                   `json:"redrawOf"`
	RedrawReason string                  `json:"redrawReason"`
	RedrawnBy    int64                   `json:"redrawnBy"`
	FrozenAt     string                  `json:"frozenAt"`
	DrawnAt      string                  `json:"drawnAt"`
	Winners      []PickDTO               `json:"winners"`
	Backups      []PickDTO               `json:"alternatesDrawn"`
	Replacements []LotteryReplacementDTO `json:"replacements"`
	Rules        EntryRulesDTO           `json:"rules"`
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
		Sources: toLotterySourceDTOs(l.Sources), Tiers: toLotteryTierDTOs(l.Tiers), Alternates: l.Alternates, Key: l.Key, PollID: l.PollID, GroupID: l.GroupID,
		RedrawOf: l.RedrawOf, RedrawReason: l.RedrawReason, RedrawnBy: l.RedrawnBy, FrozenAt: rfc3339(l.FrozenAt),
		DrawnAt: stampOf(l.DrawnAt), Winners: picks(l.Winners), Backups: picks(l.Backups), Replacements: nonNil(toLotteryReplacementDTOs(l.Replacements))}
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

func lotteryOne(l lottery.Lottery, err error) (LotteryDTO, error) {
	if err != nil {
		return LotteryDTO{}, err
	}
	return toLotteryDTO(l), nil
}
