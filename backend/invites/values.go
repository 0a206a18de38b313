package invites

import (
	"strconv"
	"strings"

	"qunzhu/backend/groups"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/members"
	"qunzhu/locales"
)

// values are a member's field values, in lang where they are words.
func values(r members.Row, g *groups.Group, st Settings, lang string) template.Values {
	v := template.Values{
		template.Nickname:   r.Nickname,
		template.Remark:     r.Remark,
		template.Platform:   PlatformName(r.Platform, lang),
		template.PlatformID: r.PlatformID,
		template.Tags:       strings.Join(r.Tags, "、"),
		template.Source:     r.Source,
		template.Creator:    st.Creator,
	}
	if r.DaysFollowed != nil {
		v[template.DaysFollowed] = strconv.Itoa(*r.DaysFollowed)
	}
	if r.FanLevel > 0 { // 0: no fan club, so the fallback shows
		v[template.FanLevel] = strconv.Itoa(r.FanLevel)
	}
	if r.IronFan {
		v[template.IronFan] = locales.Localize(lang, "ui.invites.value.iron_fan", nil)
	}
	if r.Standing != nil {
		v[template.Tier] = locales.Localize(lang, "ui.tiers.tier."+r.Standing.Tier, nil)
		v[template.Stage] = locales.Localize(lang, "ui.tiers.stage."+r.Standing.Stage, nil)
	}
	if g != nil {
		v[template.Group] = g.Name
		v[template.JoinCode] = g.JoinCode
	}
	return v
}

// PlatformName is a platform's name in lang ("other" has its own key).
func PlatformName(p, lang string) string {
	if p == "other" {
		p = "other_platform"
	}
	return locales.Localize(lang, "ui.platform."+p, nil)
}
