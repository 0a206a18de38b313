package points

import (
	"context"
	"fmt"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
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
	b.Rows, err = s.standings(ctx, col, group, min(max(limit, 1), MaxLimit))
	for i := range b.Rows {
		b.Rows[i].Level = LevelOf(levels, b.Rows[i].AllTime).Name
	}
	return b, err
}

// standings reads the top limit live members of the scope, page by page
// (the members in the trash or gone are passed over).
func (s *Service) standings(ctx context.Context, col string, group int64, limit int) ([]Standing, error) {
	tx, err := s.db.Read().BeginTx(ctx, nil) // one snapshot of the totals and the members
	if err != nil {
		return nil, errs.Wrap(err, "read leaderboard")
	}
	defer tx.Rollback()
	out := []Standing{}
	for offset := 0; ; offset += limit {
		page, err := totalsPage(ctx, tx, col, group, limit, offset)
		if err != nil {
			return nil, err
		}
		if out, err = appendLive(ctx, tx, out, page, limit); err != nil || len(page) < limit || len(out) == limit {
			return out, err
		}
	}
}

// totalsPage reads a page of the scope's totals, most points first.
func totalsPage(ctx context.Context, q store.Queryer, col string, group int64, limit, offset int) ([]Standing, error) {
	rows, err := q.QueryContext(ctx, fmt.Sprintf(`SELECT t.member_id, t.%[1]s, coalesce(a.total, 0)
		FROM points_totals t INDEXED BY points_totals_%[1]s
		LEFT JOIN points_totals a ON a.scope = 0 AND a.member_id = t.member_id
		WHERE t.scope = ? AND t.%[1]s > 0
		ORDER BY t.%[1]s DESC, t.member_id LIMIT ? OFFSET ?`, col), group, limit, offset)
	if err != nil {
		return nil, errs.Wrap(err, "read leaderboard")
	}
	defer rows.Close()
	var out []Standing
	for rows.Next() {
		var st Standing
		if err := rows.Scan(&st.MemberID, &st.Points, &st.AllTime); err != nil {
			return nil, errs.Wrap(err, "read leaderboard")
		}
		out = append(out, st)
	}
	return out, errs.Wrap(rows.Err(), "read leaderboard")
}

// appendLive appends the page's live members to out, named, up to limit.
func appendLive(ctx context.Context, q store.Queryer, out, page []Standing, limit int) ([]Standing, error) {
	ids := make([]int64, len(page))
	for i, st := range page {
		ids[i] = st.MemberID
	}
	labels, err := members.LabelsByID(ctx, q, ids)
	if err != nil {
		return out, err
	}
	for _, st := range page {
		l, ok := labels[st.MemberID]
		if ok && !l.Trashed && len(out) < limit {
			st.Nickname, st.PlatformID = l.Nickname, l.PlatformID
			out = append(out, st)
		}
	}
	return out, nil
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
