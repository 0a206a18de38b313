package app

import (
	"time"

	"qunzhu/backend/members"
	"qunzhu/locales"
)

// MemberFilterDTO selects members; empty fields select everything.
type MemberFilterDTO struct {
	Search     string   `json:"search"`
	GroupID    int64    `json:"groupId"`
	Platforms  []string `json:"platforms"`
	Tags       []string `json:"tags"`
	IronFan    *bool    `json:"ironFan"`
	MinDays    *int     `json:"minDays"`
	MaxDays    *int     `json:"maxDays"`
	MinLevel   *int     `json:"minLevel"`
	MaxLevel   *int     `json:"maxLevel"`
	Sources    []string `json:"sources"`
	JoinedFrom string   `json:"joinedFrom"` // YYYY-MM-DD or ""
	JoinedTo   string   `json:"joinedTo"`
	Trash      bool     `json:"trash"`
	Tiers      []string `json:"tiers"`
	Stages     []string `json:"stages"`
	Flags      []string `json:"flags"`            // slipping, promising, koc
	Badges     []string `json:"badges,omitempty"` // any of them (BadgesAPI)
}

func (f MemberFilterDTO) toDomain() (members.Filter, error) {
	bad := map[string]string{}
	out := members.Filter{Search: f.Search, GroupID: f.GroupID, Platforms: f.Platforms, Tags: f.Tags,
		IronFan: f.IronFan, MinDays: f.MinDays, MaxDays: f.MaxDays, MinLevel: f.MinLevel, MaxLevel: f.MaxLevel,
		Sources: f.Sources, Trash: f.Trash, Tiers: f.Tiers, Stages: f.Stages, Flags: f.Flags, Badges: f.Badges,
		JoinedFrom: parseDay(f.JoinedFrom, "joinedFrom", bad), JoinedTo: parseDay(f.JoinedTo, "joinedTo", bad)}
	return out, badDates(bad)
}

func toFilterDTO(f members.Filter) MemberFilterDTO {
	return MemberFilterDTO{Search: f.Search, GroupID: f.GroupID, Platforms: nonNil(f.Platforms), Tags: nonNil(f.Tags),
		IronFan: f.IronFan, MinDays: f.MinDays, MaxDays: f.MaxDays, MinLevel: f.MinLevel, MaxLevel: f.MaxLevel,
		Sources: nonNil(f.Sources), JoinedFrom: day(f.JoinedFrom), JoinedTo: day(f.JoinedTo), Trash: f.Trash,
		Tiers: nonNil(f.Tiers), Stages: nonNil(f.Stages), Flags: nonNil(f.Flags), Badges: f.Badges}
}

// MemberQueryDTO is a filtered, sorted page.
type MemberQueryDTO struct {
	Filter MemberFilterDTO `json:"filter"`
	Sort   string          `json:"sort"` // one of MemberOptionsDTO.sorts, "" = newest first
	Desc   bool            `json:"desc"`
	Offset int             `json:"offset"`
	Limit  int             `json:"limit"` // ≤ 1000, 0 = 100
}

func (q MemberQueryDTO) toDomain() (members.Query, error) {
	f, err := q.Filter.toDomain()
	return members.Query{Filter: f, Sort: q.Sort, Desc: q.Desc, Offset: q.Offset, Limit: q.Limit}, err
}

// MemberRowDTO is a member in the list.
type MemberRowDTO struct {
	ID           int64        `json:"id"`
	Nickname     string       `json:"nickname"`
	Remark       string       `json:"remark"`
	Platform     string       `json:"platform"`
	PlatformID   string       `json:"platformId"`
	DaysFollowed *int         `json:"daysFollowed"`
	FanLevel     int          `json:"fanLevel"`
	IronFan      bool         `json:"ironFan"`
	Source       string       `json:"source"`
	Tags         []string     `json:"tags"`
	CreatedAt    string       `json:"createdAt"`
	UpdatedAt    string       `json:"updatedAt"`
	DeletedAt    string       `json:"deletedAt"`        // "" unless in the trash
	Standing     *StandingDTO `json:"standing"`         // null until tiers are worked out
	Badges       []string     `json:"badges,omitempty"` // the badges held, in any group
}

func toRowDTO(r members.Row, lang string) MemberRowDTO {
	return MemberRowDTO{ID: r.ID, Nickname: r.Nickname, Remark: r.Remark, Platform: r.Platform,
		PlatformID: r.PlatformID, DaysFollowed: r.DaysFollowed, FanLevel: r.FanLevel, IronFan: r.IronFan,
		Source: r.Source, Tags: r.Tags, CreatedAt: rfc3339(r.CreatedAt), UpdatedAt: rfc3339(r.UpdatedAt),
		DeletedAt: stampOf(r.DeletedAt), Standing: toStandingDTO(r.Standing, lang)}
}

// ToRowDTOs converts a page.
func ToRowDTOs(rows []members.Row, lang string) []MemberRowDTO {
	out := make([]MemberRowDTO, len(rows))
	for i, r := range rows {
		out[i] = toRowDTO(r, lang)
	}
	return out
}

// StandingDTO is a member's tier and stage, with the rules that placed it.
type StandingDTO struct {
	Tier      string  `json:"tier"`
	Stage     string  `json:"stage"`
	Role      string  `json:"role"`
	R         int     `json:"r"`
	F         int     `json:"f"`
	M         int     `json:"m"`
	Recency   int     `json:"recency"` // days, -1 never
	Frequency int     `json:"frequency"`
	Monetary  float64 `json:"monetary"`
	LastAt    string  `json:"lastAt"`
	Slipping  bool    `json:"slipping"`
	Promising bool    `json:"promising"`
	KOC       bool    `json:"koc"`
	TierRule  string  `json:"tierRule"` // localized
	StageRule string  `json:"stageRule"`
}

func toStandingDTO(s *members.Standing, lang string) *StandingDTO {
	if s == nil {
		return nil
	}
	return &StandingDTO{Tier: s.Tier, Stage: s.Stage, Role: s.Role, R: s.R, F: s.F, M: s.M, Recency: s.Recency,
		Frequency: s.Frequency, Monetary: s.Monetary, LastAt: stampOf(s.LastAt), Slipping: s.Slipping,
		Promising: s.Promising, KOC: s.KOC, TierRule: localizeRule(s.TierRule, lang), StageRule: localizeRule(s.StageRule, lang)}
}

func localizeRule(r members.Rule, lang string) string {
	if r.Key == "" {
		return ""
	}
	return locales.Localize(lang, r.Key, r.Params)
}

// MemberInputDTO is the member form.
type MemberInputDTO struct {
	Nickname    string   `json:"nickname"`
	Remark      string   `json:"remark"`
	Platform    string   `json:"platform"`
	PlatformID  string   `json:"platformId"`
	FollowSince string   `json:"followSince"` // YYYY-MM-DD or ""
	FanLevel    int      `json:"fanLevel"`
	IronFan     bool     `json:"ironFan"`
	Source      string   `json:"source"`
	Tags        []string `json:"tags"`
	Notes       string   `json:"notes"`
}

func (in MemberInputDTO) toDomain() (members.Input, error) {
	bad := map[string]string{}
	out := members.Input{Nickname: in.Nickname, Remark: in.Remark, Platform: in.Platform,
		PlatformID: in.PlatformID, FollowSince: parseDay(in.FollowSince, "followSince", bad),
		FanLevel: in.FanLevel, IronFan: in.IronFan, Source: in.Source, Tags: in.Tags, Notes: in.Notes}
	return out, badDates(bad)
}

// IdentityDTO is a member's id on a platform.
type IdentityDTO struct {
	Platform   string `json:"platform"`
	PlatformID string `json:"platformId"`
}

// MembershipDTO is a member's place in a group.
type MembershipDTO struct {
	GroupID   int64  `json:"groupId"`
	GroupName string `json:"groupName"`
	Role      string `json:"role"`
	Status    string `json:"status"`
	JoinedAt  string `json:"joinedAt"` // YYYY-MM-DD or ""
	LeftAt    string `json:"leftAt"`
}

func (ms MembershipDTO) toDomain() (members.Membership, error) {
	bad := map[string]string{}
	out := members.Membership{GroupID: ms.GroupID, Role: ms.Role, Status: ms.Status,
		JoinedAt: parseDay(ms.JoinedAt, "joinedAt", bad), LeftAt: parseDay(ms.LeftAt, "leftAt", bad)}
	return out, badDates(bad)
}

// MemberDTO is a member with everything it holds.
type MemberDTO struct {
	ID int64 `json:"id"`
	MemberInputDTO
	DaysFollowed *int            `json:"daysFollowed"`
	Identities   []IdentityDTO   `json:"identities"`
	Groups       []MembershipDTO `json:"groups"`
	CreatedAt    string          `json:"createdAt"`
	UpdatedAt    string          `json:"updatedAt"`
	DeletedAt    string          `json:"deletedAt"`
}

// ToMemberDTO converts a stored member.
func ToMemberDTO(m members.Member, now time.Time) MemberDTO {
	d := MemberDTO{ID: m.ID, MemberInputDTO: MemberInputDTO{Nickname: m.Nickname, Remark: m.Remark,
		Platform: m.Platform, PlatformID: m.PlatformID, FollowSince: day(m.FollowSince), FanLevel: m.FanLevel,
		IronFan: m.IronFan, Source: m.Source, Tags: m.Tags, Notes: m.Notes},
		DaysFollowed: m.DaysFollowed(now), Identities: []IdentityDTO{}, Groups: []MembershipDTO{},
		CreatedAt: rfc3339(m.CreatedAt), UpdatedAt: rfc3339(m.UpdatedAt), DeletedAt: stampOf(m.DeletedAt)}
	for _, i := range m.Identities {
		d.Identities = append(d.Identities, IdentityDTO(i))
	}
	for _, g := range m.Groups {
		d.Groups = append(d.Groups, MembershipDTO{GroupID: g.GroupID, GroupName: g.GroupName, Role: g.Role,
			Status: g.Status, JoinedAt: day(g.JoinedAt), LeftAt: day(g.LeftAt)})
	}
	return d
}

// MemberOptionsDTO are the choices the members screen offers.
type MemberOptionsDTO struct {
	Platforms []string `json:"platforms"`
	Sources   []string `json:"sources"`
	Roles     []string `json:"roles"`
	Statuses  []string `json:"statuses"`
	Sorts     []string `json:"sorts"`
	MaxLimit  int      `json:"maxLimit"`
}

// TagCountDTO is a tag in use and how many members carry it.
type TagCountDTO struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// NamesakeDTO is one of the members who share a name.
type NamesakeDTO struct {
	ID       int64  `json:"id"`
	Nickname string `json:"nickname"`
}

func toNamesakeDTOs(ns []members.Namesake) []NamesakeDTO {
	return convertAll(ns, func(n members.Namesake) NamesakeDTO { return NamesakeDTO(n) })
}

// SelectionDTO is some members by id, or (filter set) the whole filtered result.
type SelectionDTO struct {
	IDs    []int64          `json:"ids"`
	Filter *MemberFilterDTO `json:"filter"`
}

func (s SelectionDTO) toDomain() (members.Selection, error) {
	out := members.Selection{IDs: s.IDs}
	if s.Filter != nil {
		f, err := s.Filter.toDomain()
		if err != nil {
			return out, err
		}
		out.Filter = &f
	}
	return out, nil
}
