package invites

import (
	"context"
	"strconv"
	"strings"

	"qunzhu/backend/groups"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/members"
	"qunzhu/locales"
)

// values are a member's field values, in lang where they are words; level
// is its points level ("" unknown).
func values(r members.Row, g *groups.Group, st Settings, lang, level string) template.Values {
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
	if level != "" {
		v[template.PointsLevel] = level
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

// LevelsFunc names the points level of each member (by id) in lang.
type LevelsFunc func(ctx context.Context, ids []int64, lang string) (map[int64]string, error)

// UseLevels fills the {等级} field through f (the workspace passes the
// points service's); without it the field shows its fallback.
func (s *Service) UseLevels(f LevelsFunc) { s.levels = f }

// levelsOf is the points level of each member, none without UseLevels.
func (s *Service) levelsOf(ctx context.Context, ids []int64, lang string) (map[int64]string, error) {
	if s.levels == nil || len(ids) == 0 {
		return map[int64]string{}, nil
	}
	return s.levels(ctx, ids, lang)
}
