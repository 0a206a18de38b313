package template

import "strings"

// Fields a template may name, by canonical key. Member fields come from
// the member list; group fields from the group the invitation is for;
// creator from the invitation settings.
const (
	Nickname     = "nickname"
	Remark       = "remark"
	Platform     = "platform"
	PlatformID   = "platformId"
	DaysFollowed = "daysFollowed"
	FanLevel     = "fanLevel"
	IronFan      = "ironFan"
	Tags         = "tags"
	Source       = "source"
	Tier         = "tier"
	Stage        = "stage"
	Group        = "group"
	JoinCode     = "joinCode"
	Creator      = "creator"
	PointsLevel  = "pointsLevel" // the level of the member's points (package points)
)

// Known lists the canonical keys in the order the editor offers them.
var Known = []string{Nickname, Remark, Group, JoinCode, DaysFollowed, FanLevel, Creator,
	Platform, PlatformID, IronFan, Tags, Source, Tier, Stage, PointsLevel}

// aliases maps every accepted spelling, in the three languages, to its key.
var aliases = map[string]string{}

func init() {
	spellings := map[string][]string{
		Nickname:     {"nickname", "昵称", "暱稱", "昵稱", "name"},
		Remark:       {"remark", "备注", "備註", "备注名"},
		Platform:     {"platform", "平台"},
		PlatformID:   {"platformId", "platform_id", "平台ID", "平台号", "平台號", "账号", "帳號"},
		DaysFollowed: {"daysFollowed", "days", "关注天数", "關注天數"},
		FanLevel:     {"fanLevel", "level", "粉丝团等级", "粉絲團等級", "粉丝等级", "粉絲等級"},
		IronFan:      {"ironFan", "铁粉", "鐵粉"},
		Tags:         {"tags", "标签", "標籤"},
		Source:       {"source", "来源", "來源"},
		Tier:         {"tier", "分层", "分層"},
		Stage:        {"stage", "阶段", "階段"},
		Group:        {"group", "groupName", "群名", "群名称", "群名稱"},
		JoinCode:     {"joinCode", "群口令", "口令"},
		Creator:      {"creator", "创作者", "創作者", "博主"},
		PointsLevel:  {"pointsLevel", "等级", "等級", "积分等级", "積分等級"},
	}
	for key, names := range spellings {
		for _, n := range names {
			aliases[foldName(n)] = key
		}
	}
}

// Lookup returns the canonical key of a field name in any of the three
// languages (case and surrounding spaces ignored), or "" when unknown.
func Lookup(name string) string { return aliases[foldName(name)] }

func foldName(n string) string { return strings.ToLower(strings.TrimSpace(n)) }

// Values are a recipient's field values by canonical key.
type Values map[string]string
