package app

import (
	"context"
	"time"

	"qunzhu/backend/badges"
)

// BadgesAPI is the badges: worked out from the records in a background job,
// awarded and taken back by hand, listed, and this week's to congratulate.
type BadgesAPI struct{ a *App }

// Overview is every badge with its holders, and the thresholds.
func (v *BadgesAPI) Overview() (_ BadgesOverviewDTO, err error) {
	defer v.a.catchPanic(&err)
	return v.overview(v.a.call())
}

func (v *BadgesAPI) overview(ctx context.Context) (BadgesOverviewDTO, error) {
	set, err := v.a.ws.Badges.Settings(ctx)
	if err != nil {
		return BadgesOverviewDTO{}, err
	}
	sum, err := v.a.ws.Badges.Summary(ctx)
	return toOverviewDTO(sum, set, v.a.language()), err
}

// List returns the holdings the query picks, newest first.
func (v *BadgesAPI) List(q BadgeQueryDTO) (_ []BadgeHoldingDTO, err error) {
	defer v.a.catchPanic(&err)
	ctx := v.a.call()
	set, err := v.a.ws.Badges.Settings(ctx)
	if err != nil {
		return nil, err
	}
	hs, err := v.a.ws.Badges.List(ctx, q.toDomain())
	return ToBadgeHoldingDTOs(hs, v.a.language(), set), err
}

// ThisWeek lists the badges earned since Monday in a group (0: all) and the
// congratulation to paste into the group (Qunzhu never sends it).
func (v *BadgesAPI) ThisWeek(groupID int64) (_ BadgesWeekDTO, err error) {
	defer v.a.catchPanic(&err)
	ctx := v.a.call()
	set, err := v.a.ws.Badges.Settings(ctx)
	if err != nil {
		return BadgesWeekDTO{}, err
	}
	since := badges.WeekStart(time.Now()).Format("2006-01-02")
	hs, err := v.a.ws.Badges.List(ctx, badges.Query{GroupID: groupID, Since: since})
	if err != nil {
		return BadgesWeekDTO{}, err
	}
	lang := v.a.language()
	return BadgesWeekDTO{Since: since, Holdings: ToBadgeHoldingDTOs(hs, lang, set),
		Message: badges.Congratulation(lang, set, hs)}, nil
}

// Award gives a member a badge by hand, with the reason.
func (v *BadgesAPI) Award(c BadgeChangeDTO) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Badges.Award(v.a.call(), c.toDomain())
}

// TakeBack takes a member's badge back, with the reason.
func (v *BadgesAPI) TakeBack(c BadgeChangeDTO) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Badges.TakeBack(v.a.call(), c.toDomain())
}

// Settings returns the thresholds in use.
func (v *BadgesAPI) Settings() (_ BadgeSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	s, err := v.a.ws.Badges.Settings(v.a.call())
	return BadgeSettingsDTO(s), err
}

// DefaultSettings are the thresholds Qunzhu ships with.
func (v *BadgesAPI) DefaultSettings() (_ BadgeSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	return BadgeSettingsDTO(badges.DefaultSettings()), nil
}

// SaveSettings validates and stores the thresholds; StartEvaluate applies them.
func (v *BadgesAPI) SaveSettings(s BadgeSettingsDTO) (_ BadgeSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	saved, err := v.a.ws.Badges.SaveSettings(v.a.call(), badges.Settings(s))
	return BadgeSettingsDTO(saved), err
}

// StartEvaluate works out every rule badge in the background and returns
// the job id: "badges:progress" events, then "badges:done" (the overview)
// or "badges:failed". CancelEvaluate stops it, storing nothing.
func (v *BadgesAPI) StartEvaluate() (_ string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.startJob(badgesJob, func(ctx context.Context, j *job) (any, error) {
		if _, err := v.a.ws.Badges.Evaluate(ctx, j.progress); err != nil {
			return nil, err
		}
		o, err := v.overview(ctx)
		return BadgesDoneDTO{JobID: j.id, Overview: o}, err
	}), nil
}

// CancelEvaluate stops a running evaluation.
func (v *BadgesAPI) CancelEvaluate(jobID string) (err error) {
	defer v.a.catchPanic(&err)
	v.a.cancelJob(jobID)
	return nil
}

// attachBadges fills in the badges the listed members hold (the member
// list's column).
func (a *App) attachBadges(rows []MemberRowDTO) error {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	held, err := a.ws.Badges.Of(a.call(), ids)
	for i := range rows {
		rows[i].Badges = held[rows[i].ID]
	}
	return err
}

// afterImport works the rule badges out again after an activity import (the
// KOC badge reads the tiers, worked out just before); a failure is logged:
// the import is stored, and the badges tab can work them out again.
func (v *BadgesAPI) afterImport(ctx context.Context) {
	if _, err := v.a.ws.Badges.Evaluate(ctx, func(int, int) {}); err != nil {
		v.a.log.Error("evaluate badges after import", "err", err)
	}
}
