package points

import (
	"context"
	"fmt"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// Period is the span a leaderboard counts.
type Period string

// Periods.
const (
	PeriodWeek  Period = "week"
	PeriodMonth Period = "month"
	PeriodAll   Period = "all"
)

// column is the totals column of a period; ok false for an unknown one.
func (p Period) column() (string, bool) {
	switch p {
	case PeriodWeek:
		return "week", true
	case PeriodMonth:
		return "month", true
	case PeriodAll:
		return "total", true
	}
	return "", false
}

// Standing is one member's place on a leaderboard.
type Standing struct {
	MemberID   int64
	Nickname   string
	PlatformID string
	Points     int64
	AllTime    int64 // over all groups: what the level is worked out from
	Level      string
}

// Board is a leaderboard: the members with points in the period, most
// first. Stale says the totals miss recent changes (recompute them).
type Board struct {
	Period  Period
	GroupID int64 // 0: all groups
	Rows    []Standing
	Stale   bool
}

// MaxLimit caps a leaderboard's rows.
const MaxLimit = 1000

// Leaderboard ranks the members of a group (0: all groups) by their points
// in the period, from the stored totals; limit is clamped to 1..MaxLimit.
func (s *Service) Leaderboard(ctx context.Context, group int64, period Period, limit int, lang string) (Board, error) {
	col, ok := period.column()
	if !ok {
		f := errs.Fields{}
		f.Add("period", "err.points.period", errs.Params{"Value": string(period)})
		return Board{}, f.Err()
	}
	levels, err := s.Levels(ctx, lang)
	if err != nil {
		return Board{}, err
	}
	b := Board{Period: period, GroupID: group, Rows: []Standing{}}
	if b.Stale, err = s.Stale(ctx, s.now()); err != nil {
		return b, err
	}
	rows, err := s.db.Read().QueryContext(ctx, fmt.Sprintf(`SELECT m.id, m.nickname, m.platform_id, t.%[1]s, coalesce(a.total, 0)
		FROM points_totals t INDEXED BY points_totals_%[1]s JOIN members m ON m.id = t.member_id
		LEFT JOIN points_totals a ON a.scope = 0 AND a.member_id = t.member_id
		WHERE t.scope = ? AND t.%[1]s > 0 AND m.deleted_at IS NULL
		ORDER BY t.%[1]s DESC, t.member_id LIMIT ?`, col), group, min(max(limit, 1), MaxLimit))
	if err != nil {
		return b, errs.Wrap(err, "read leaderboard")
	}
	defer rows.Close()
	for rows.Next() {
		var st Standing
		if err := rows.Scan(&st.MemberID, &st.Nickname, &st.PlatformID, &st.Points, &st.AllTime); err != nil {
			return b, errs.Wrap(err, "read leaderboard")
		}
		st.Level = LevelOf(levels, st.AllTime).Name
		b.Rows = append(b.Rows, st)
	}
	return b, errs.Wrap(rows.Err(), "read leaderboard")
}

// BoardText is the leaderboard as lines to paste into the group: a
// heading naming the period (and the group), then "1. name 120 (level)".
func BoardText(b Board, groupName, lang string) string {
	period := locales.Localize(lang, "ui.engagement.points.period."+string(b.Period), nil)
	heading := locales.Localize(lang, "ui.engagement.points.text.heading", map[string]any{"Period": period})
	if groupName != "" {
		heading = locales.Localize(lang, "ui.engagement.points.text.heading_group",
			map[string]any{"Period": period, "Group": groupName})
	}
	if len(b.Rows) == 0 {
		return heading + "\n" + locales.Localize(lang, "ui.engagement.points.text.empty", nil)
	}
	lines := []string{heading}
	for i, r := range b.Rows {
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, locales.Localize(lang, "ui.engagement.points.text.row",
			map[string]any{"Name": r.Nickname, "Points": r.Points, "Level": r.Level})))
	}
	return strings.Join(lines, "\n")
}
