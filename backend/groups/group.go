// Package groups keeps the fan groups a creator runs: their platform,
// purpose, capacity, entry conditions, join code, announcement and rules.
package groups

import (
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
)

// Platforms a group can live on.
var Platforms = []string{"douyin", "wechat", "qq", "kuaishou", "bilibili",
	"xiaohongshu", "weibo", "telegram", "whatsapp", "other"}

// Purposes from the seeds, plus a custom one named by the creator.
var Purposes = []string{"core", "cocreation", "welfare", "custom"}

// Limits on what a group may hold.
const (
	MaxName         = 60
	MaxCustom       = 30
	MaxCapacity     = 200000
	MaxDaysFollowed = 36500
	MaxFanLevel     = 99
	MaxJoinCode     = 32
	MaxAnnouncement = 2000
	MaxRules        = 5000
)

// Group is a stored fan group.
type Group struct {
	ID int64
	Input
	Members    int // joined members, out of the trash
	ArchivedAt *time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Full tells whether the group has no free place left.
func (g Group) Full() bool { return g.Members >= g.Capacity }

// Input is what a creator types when creating or editing a group.
type Input struct {
	Name            string
	Platform        string
	Purpose         string
	CustomPurpose   string
	Capacity        int
	MinDaysFollowed int
	MinFanLevel     int
	IronFansOnly    bool
	JoinCode        string
	Announcement    string
	Rules           string // the planner's rules, one a line: one list per group
}

// Normalize trims the text fields and clears a custom purpose that is not used.
func (in *Input) Normalize() {
	in.Name = strings.TrimSpace(in.Name)
	in.Platform = strings.ToLower(strings.TrimSpace(in.Platform))
	in.Purpose = strings.ToLower(strings.TrimSpace(in.Purpose))
	in.CustomPurpose = strings.TrimSpace(in.CustomPurpose)
	in.JoinCode = strings.TrimSpace(in.JoinCode)
	if in.Purpose != "custom" {
		in.CustomPurpose = ""
	}
}

// Validate returns an Invalid error naming every bad field.
func (in Input) Validate() error {
	f := errs.Fields{}
	checkText(f, "name", in.Name, MaxName, true)
	if !slices.Contains(Platforms, in.Platform) {
		f.Add("platform", "err.group.platform", nil)
	}
	if !slices.Contains(Purposes, in.Purpose) {
		f.Add("purpose", "err.group.purpose", nil)
	}
	if in.Purpose == "custom" {
		checkText(f, "customPurpose", in.CustomPurpose, MaxCustom, true)
	}
	checkRange(f, "capacity", in.Capacity, 1, MaxCapacity)
	checkRange(f, "minDaysFollowed", in.MinDaysFollowed, 0, MaxDaysFollowed)
	checkRange(f, "minFanLevel", in.MinFanLevel, 0, MaxFanLevel)
	checkText(f, "joinCode", in.JoinCode, MaxJoinCode, false)
	checkText(f, "announcement", in.Announcement, MaxAnnouncement, false)
	checkText(f, "rules", in.Rules, MaxRules, false)
	if _, bad := f["rules"]; !bad {
		if _, err := planner.ValidateRuleText(in.Rules); err != nil {
			maps.Copy(f, errs.As(err).Fields)
		}
	}
	return f.Err()
}

func checkText(f errs.Fields, field, v string, maxLen int, required bool) {
	if required && v == "" {
		f.Add(field, "err.field.required", nil)
	}
	if utf8.RuneCountInString(v) > maxLen {
		f.Add(field, "err.field.too_long", errs.Params{"Max": maxLen})
	}
}

func checkRange(f errs.Fields, field string, v, lo, hi int) {
	if v < lo || v > hi {
		f.Add(field, "err.field.range", errs.Params{"Min": lo, "Max": hi})
	}
}
