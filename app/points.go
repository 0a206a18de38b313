package app

import (
	"context"
	"strings"
	"time"

	"qunzhu/backend/planner"
	"qunzhu/backend/points"
	"qunzhu/locales"
)

// PointsAPI is points and levels: the rules (the workspace's and each
// group's override), the recompute job, the leaderboards, a member's
// breakdown and the manual awards.
type PointsAPI struct{ a *App }

// Rules returns the workspace's rules, every group's override and the
// defaults.
func (v *PointsAPI) Rules() (_ PointsRulesDTO, err error) {
	defer v.a.catchPanic(&err)
	ctx := v.a.call()
	out := PointsRulesDTO{Defaults: PointsRuleSetDTO(points.DefaultRules()), Overrides: []PointsOverrideDTO{}}
	workspace, err := v.a.ws.Points.Rules(ctx)
	if out.Workspace = PointsRuleSetDTO(workspace); err != nil {
		return out, err
	}
	overrides, err := v.a.ws.Points.Overrides(ctx)
	for g, o := range overrides {
		out.Overrides = append(out.Overrides, PointsOverrideDTO{GroupID: g, Override: PointsRuleOverrideDTO(o)})
	}
	return out, err
}

// SaveRules validates and stores the workspace's rules, then recomputes
// everyone's points in the background: the recompute job's id.
func (v *PointsAPI) SaveRules(r PointsRuleSetDTO) (_ string, err error) {
	defer v.a.catchPanic(&err)
	if err := v.a.ws.Points.SaveRules(v.a.call(), points.Rules(r)); err != nil {
		return "", err
	}
	return v.startRecompute(), nil
}

// SaveOverride stores a group's override (empty: the group follows the
// workspace again), then recomputes: the job's id.
func (v *PointsAPI) SaveOverride(groupID int64, o PointsRuleOverrideDTO) (_ string, err error) {
	defer v.a.catchPanic(&err)
	if err := v.a.ws.Points.SaveOverride(v.a.call(), groupID, points.Override(o)); err != nil {
		return "", err
	}
	return v.startRecompute(), nil
}

// StartRecompute works every member's points out again in the background
// and returns the job id: "points:progress" events (done of total = 1000),
// then "points:done" or "points:failed". CancelRecompute stops it, storing
// nothing.
func (v *PointsAPI) StartRecompute() (_ string, err error) {
	defer v.a.catchPanic(&err)
	return v.startRecompute(), nil
}

func (v *PointsAPI) startRecompute() string {
	return v.a.startJob(pointsJob, func(ctx context.Context, j *job) (any, error) {
		c, err := v.a.ws.Points.Recompute(ctx, time.Now(), func(p int) { j.progress(p, 1000) })
		return PointsDoneDTO{JobID: j.id, Members: c.Members, Events: c.Events}, err
	})
}

// CancelRecompute stops a running recompute.
func (v *PointsAPI) CancelRecompute(jobID string) (err error) {
	defer v.a.catchPanic(&err)
	v.a.cancelJob(jobID)
	return nil
}

// Leaderboard ranks a group's members (0: all groups) by their points in
// the period (week, month, all), with the text to paste into the group.
func (v *PointsAPI) Leaderboard(groupID int64, period string, limit int) (_ LeaderboardDTO, err error) {
	defer v.a.catchPanic(&err)
	ctx, lang := v.a.call(), v.a.language()
	b, err := v.a.ws.Points.Leaderboard(ctx, groupID, points.Period(period), limit, lang)
	if err != nil {
		return LeaderboardDTO{Rows: []PointsRowDTO{}}, err
	}
	name := ""
	if groupID != 0 {
		g, err := v.a.ws.Groups.Get(ctx, groupID)
		if err != nil {
			return LeaderboardDTO{Rows: []PointsRowDTO{}}, err
		}
		name = g.Name
	}
	return toLeaderboardDTO(b, points.BoardText(b, name, lang)), nil
}

// Levels returns the levels (the defaults in the UI language until saved).
func (v *PointsAPI) Levels() (_ []PointsLevelDTO, err error) {
	defer v.a.catchPanic(&err)
	levels, err := v.a.ws.Points.Levels(v.a.call(), v.a.language())
	return convertAll(levels, func(l points.Level) PointsLevelDTO { return PointsLevelDTO(l) }), err
}

// SaveLevels validates and stores the levels.
func (v *PointsAPI) SaveLevels(levels []PointsLevelDTO) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Points.SaveLevels(v.a.call(), convertAll(levels, func(l PointsLevelDTO) points.Level { return points.Level(l) }))
}

// LevelsText is the levels and their perks as an announcement to paste.
func (v *PointsAPI) LevelsText() (_ string, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	levels, err := v.a.ws.Points.Levels(v.a.call(), lang)
	lines := []string{locales.Localize(lang, "ui.engagement.points.announce.heading", nil)}
	for _, l := range levels {
		lines = append(lines, locales.Localize(lang, "ui.engagement.points.announce.row",
			map[string]any{"Name": l.Name, "Min": l.Min, "Perks": l.Perks}))
	}
	return strings.Join(lines, "\n"), err
}

// Award logs a manual award (points > 0) or deduction (< 0) with its reason.
func (v *PointsAPI) Award(in ManualInputDTO) (_ ManualDTO, err error) {
	defer v.a.catchPanic(&err)
	m, err := v.a.ws.Points.Award(v.a.call(), points.ManualInput{MemberID: in.MemberID, GroupID: in.GroupID,
		Points: in.Points, Reason: in.Reason})
	return toManualDTO(m), err
}

// Undo takes a manual award or deduction back (kept on record, marked undone).
func (v *PointsAPI) Undo(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Points.Undo(v.a.call(), id)
}

// MemberPoints is a member's points over all groups, where they came from,
// its level and its manual entries, for the member drawer.
func (v *PointsAPI) MemberPoints(memberID int64) (_ MemberPointsDTO, err error) {
	defer v.a.catchPanic(&err)
	ctx, lang := v.a.call(), v.a.language()
	b, err := v.a.ws.Points.Member(ctx, memberID, time.Now(), lang)
	if err != nil {
		return MemberPointsDTO{Sources: []EarnedDTO{}, Manual: []ManualDTO{}}, err
	}
	manual, err := v.a.ws.Points.ManualOf(ctx, memberID)
	return toMemberPointsDTO(b, manual, lang), err
}

// Challenge is the group's 21-day challenge under way — the planner's
// latest challenge item of the last 21 days — with its check-in
// leaderboard (the planner's); Found is false when the group has none.
func (v *PointsAPI) Challenge(groupID int64) (_ ChallengeDTO, err error) {
	defer v.a.catchPanic(&err)
	now, _ := planner.ParseWall(planner.Wall(time.Now()))
	items, err := v.a.ws.Planner.List(v.a.call(), planner.Range{From: now.AddDate(0, 0, -21), To: now.Add(time.Minute), GroupID: groupID})
	if err != nil || groupID == 0 {
		return ChallengeDTO{Board: BoardDTO{Rows: []BoardRowDTO{}}}, err
	}
	for i := len(items) - 1; i >= 0; i-- {
		if items[i].Kind == "challenge" {
			b, err := v.a.Planner.Leaderboard(items[i].ID)
			return ChallengeDTO{Found: true, ItemID: items[i].ID, Title: items[i].Title, Board: b}, err
		}
	}
	return ChallengeDTO{Board: BoardDTO{Rows: []BoardRowDTO{}}}, nil
}
