// Package members keeps the fans a creator knows: their identities on each
// platform, tags, notes and places in groups; lists them at a million rows,
// imports them from files, merges duplicates and keeps a trash.
package members

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
	"qunzhu/backend/groups"
)

// Sources a member can come from.
var Sources = []string{"comment", "dm", "live", "import", "manual"}

// Roles in a group, most senior first, and membership statuses.
var (
	Roles    = []string{"owner", "lead", "coordinator", "admin", "member"}
	Statuses = []string{"invited", "joined", "left", "removed"}
)

// Limits.
const (
	MaxNickname   = 64
	MaxRemark     = 64
	MaxPlatformID = 128
	MaxNotes      = 2000
	MaxTag        = 20
	MaxTags       = 50
	MaxFanLevel   = 99
	MaxDays       = 36500
)

// Identity is a member's id on one platform.
type Identity struct {
	Platform   string
	PlatformID string
}

// Member is a stored member.
type Member struct {
	ID int64
	Input
	Identities []Identity
	Groups     []Membership
	DeletedAt  *time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// DaysFollowed is the number of days since FollowSince at now (nil if unknown).
func (m Member) DaysFollowed(now time.Time) *int {
	return daysSince(m.FollowSince, now)
}

// Input is what a member's fields are set from (form, import, CLI).
type Input struct {
	Nickname    string
	Remark      string
	Platform    string
	PlatformID  string
	FollowSince *time.Time // a date; days followed derive from it
	FanLevel    int
	IronFan     bool
	Source      string
	Tags        []string
	Notes       string
}

// Normalize trims the text fields, cleans the tags, and keeps the nickname
// as it identifies a person (fold.Name: NFC, invisible marks removed).
func (in *Input) Normalize() {
	in.Nickname = fold.Name(in.Nickname)
	in.Remark = strings.TrimSpace(in.Remark)
	in.Platform = strings.ToLower(strings.TrimSpace(in.Platform))
	in.PlatformID = strings.TrimSpace(in.PlatformID)
	in.Source = strings.ToLower(strings.TrimSpace(in.Source))
	if in.Source == "" {
		in.Source = "manual"
	}
	in.Tags = CleanTags(in.Tags)
	if in.FollowSince != nil {
		d := dateOnly(*in.FollowSince)
		in.FollowSince = &d
	}
}

// CleanTags trims, drops empties and duplicates, keeping the first spelling.
func CleanTags(tags []string) []string {
	out := []string{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// Validate returns an Invalid error naming every bad field.
func (in Input) Validate() error {
	f := errs.Fields{}
	if in.Nickname == "" {
		f.Add("nickname", "err.field.required", nil)
	}
	maxLen(f, "nickname", in.Nickname, MaxNickname)
	maxLen(f, "remark", in.Remark, MaxRemark)
	maxLen(f, "platformId", in.PlatformID, MaxPlatformID)
	maxLen(f, "notes", in.Notes, MaxNotes)
	if !slices.Contains(groups.Platforms, in.Platform) {
		f.Add("platform", "err.group.platform", nil)
	}
	if !slices.Contains(Sources, in.Source) {
		f.Add("source", "err.member.source", errs.Params{"Value": in.Source})
	}
	if in.FanLevel < 0 || in.FanLevel > MaxFanLevel {
		f.Add("fanLevel", "err.field.range", errs.Params{"Min": 0, "Max": MaxFanLevel})
	}
	if in.FollowSince != nil && in.FollowSince.After(time.Now().AddDate(0, 0, 1)) {
		f.Add("followSince", "err.member.date_future", nil)
	}
	validateTags(f, in.Tags)
	return f.Err()
}

func validateTags(f errs.Fields, tags []string) {
	if len(tags) > MaxTags {
		f.Add("tags", "err.member.too_many_tags", errs.Params{"Max": MaxTags})
	}
	for _, t := range tags {
		maxLen(f, "tags", t, MaxTag)
	}
}

func maxLen(f errs.Fields, field, v string, n int) {
	if utf8.RuneCountInString(v) > n {
		f.Add(field, "err.field.too_long", errs.Params{"Max": n})
	}
}

func dateOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func daysSince(since *time.Time, now time.Time) *int {
	if since == nil {
		return nil
	}
	d := int(dateOnly(now).Sub(*since).Hours() / 24)
	d = max(d, 0)
	return &d
}

// SinceDays is the follow-since date for "followed for days days" at now.
func SinceDays(days int, now time.Time) time.Time {
	return dateOnly(now).AddDate(0, 0, -days)
}
