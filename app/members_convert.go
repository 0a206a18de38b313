package app

import (
	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// badDates turns unreadable dates into field errors.
func badDates(bad map[string]string) error {
	f := errs.Fields{}
	for field, v := range bad {
		f.Add(field, "err.field.date", errs.Params{"Value": v})
	}
	return f.Err()
}

func (f MemberFilterDTO) toDomain() (members.Filter, error) {
	bad := map[string]string{}
	out := members.Filter{Search: f.Search, GroupID: f.GroupID, Platforms: f.Platforms, Tags: f.Tags,
		IronFan: f.IronFan, MinDays: f.MinDays, MaxDays: f.MaxDays, MinLevel: f.MinLevel, MaxLevel: f.MaxLevel,
		Sources: f.Sources, Trash: f.Trash, Tiers: f.Tiers, Stages: f.Stages, Flags: f.Flags, Badges: f.Badges,
		JoinedFrom: parseDay(f.JoinedFrom, "joinedFrom", bad), JoinedTo: parseDay(f.JoinedTo, "joinedTo", bad)}
	return out, badDates(bad)
}

func (q MemberQueryDTO) toDomain() (members.Query, error) {
	f, err := q.Filter.toDomain()
	return members.Query{Filter: f, Sort: q.Sort, Desc: q.Desc, Offset: q.Offset, Limit: q.Limit}, err
}

func (in MemberInputDTO) toDomain() (members.Input, error) {
	bad := map[string]string{}
	out := members.Input{Nickname: in.Nickname, Remark: in.Remark, Platform: in.Platform,
		PlatformID: in.PlatformID, FollowSince: parseDay(in.FollowSince, "followSince", bad),
		FanLevel: in.FanLevel, IronFan: in.IronFan, Source: in.Source, Tags: in.Tags, Notes: in.Notes}
	return out, badDates(bad)
}
