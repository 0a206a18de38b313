package members

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
)

// Filter selects members. Empty fields select everything.
type Filter struct {
	Search     string     `json:"search,omitempty"`
	GroupID    int64      `json:"groupId,omitempty"`
	Platforms  []string   `json:"platforms,omitempty"`
	Tags       []string   `json:"tags,omitempty"` // any of them
	IronFan    *bool      `json:"ironFan,omitempty"`
	MinDays    *int       `json:"minDays,omitempty"`
	MaxDays    *int       `json:"maxDays,omitempty"`
	MinLevel   *int       `json:"minLevel,omitempty"`
	MaxLevel   *int       `json:"maxLevel,omitempty"`
	Sources    []string   `json:"sources,omitempty"`
	JoinedFrom *time.Time `json:"joinedFrom,omitempty"` // joined a group (GroupID's, if set) on or after
	JoinedTo   *time.Time `json:"joinedTo,omitempty"`   // ... on or before
	Trash      bool       `json:"trash,omitempty"`      // the trash instead of the live list
	Tiers      []string   `json:"tiers,omitempty"`      // any of them
	Stages     []string   `json:"stages,omitempty"`     // any of them
	Flags      []string   `json:"flags,omitempty"`      // slipping, promising, koc: all of them
	Badges     []string   `json:"badges,omitempty"`     // any of them (backend/badges)
}

// Sorts a list can be ordered by.
var Sorts = []string{"nickname", "remark", "platform", "platformId", "daysFollowed",
	"fanLevel", "ironFan", "source", "createdAt", "updatedAt", "tier", "lastActive", "rfm"}

// Query is a filtered, sorted page.
type Query struct {
	Filter
	Sort   string
	Desc   bool
	Offset int
	Limit  int
}

// MaxLimit caps a page.
const MaxLimit = 1000

// Validate checks the filter's values.
func (f Filter) Validate() error {
	fe := errs.Fields{}
	for _, p := range f.Platforms {
		if !slices.Contains(groups.Platforms, p) {
			fe.Add("platforms", "err.group.platform", nil)
		}
	}
	for _, s := range f.Sources {
		if !slices.Contains(Sources, s) {
			fe.Add("sources", "err.member.source", errs.Params{"Value": s})
		}
	}
	checkMinMax(fe, "days", f.MinDays, f.MaxDays, MaxDays)
	checkMinMax(fe, "level", f.MinLevel, f.MaxLevel, MaxFanLevel)
	validateStanding(fe, f)
	validateBadges(fe, f)
	return fe.Err()
}

// Validate checks the filter, the sort and the page.
func (q Query) Validate() error {
	if err := q.Filter.Validate(); err != nil {
		return err
	}
	fe := errs.Fields{}
	if q.Sort != "" && !slices.Contains(Sorts, q.Sort) {
		fe.Add("sort", "err.member.sort", errs.Params{"Value": q.Sort})
	}
	if q.Offset < 0 || q.Limit < 0 || q.Limit > MaxLimit {
		fe.Add("limit", "err.field.range", errs.Params{"Min": 0, "Max": MaxLimit})
	}
	return fe.Err()
}

func checkMinMax(fe errs.Fields, field string, lo, hi *int, top int) {
	for _, v := range []*int{lo, hi} {
		if v != nil && (*v < 0 || *v > top) {
			fe.Add(field, "err.field.range", errs.Params{"Min": 0, "Max": top})
		}
	}
}

// Encode is the filter as stored in a segment.
func (f Filter) Encode() string {
	b, _ := json.Marshal(f)
	return string(b)
}

// DecodeFilter reads a stored filter.
func DecodeFilter(s string) (Filter, error) {
	var f Filter
	err := json.Unmarshal([]byte(s), &f)
	return f, errs.Wrap(err, "decode filter")
}

// IsEmpty tells whether the filter selects every live member.
func (f Filter) IsEmpty() bool {
	g := f
	g.Search = strings.TrimSpace(g.Search)
	return g.Encode() == "{}"
}
