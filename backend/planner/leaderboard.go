package planner

import (
	"context"
	"fmt"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// Standing is one member's place on a challenge's leaderboard.
type Standing struct {
	MemberID int64
	Nickname string
	Days     int // days with a check-in
	Checkins int
}

// Board is a challenge's leaderboard from the group's check-in events.
type Board struct {
	From, To time.Time // wall days, To inclusive
	Rows     []Standing
}

// Leaderboard ranks the group's members by the days they checked in over
// the challenge the item belongs to (its series' days, up to the item's
// day), most days first; limit caps the rows.
func (s *Service) Leaderboard(ctx context.Context, itemID int64, limit int) (Board, error) {
	it, err := getItem(ctx, s.db.Read(), itemID)
	if err != nil {
		return Board{}, err
	}
	b := Board{From: dayOf(it.Start), To: dayOf(it.Start)}
	if it.Series != "" {
		var first string
		err := s.db.Read().QueryRowContext(ctx, `SELECT MIN(starts_at) FROM planner_items WHERE series = ? AND kind IN ('challenge', 'checkin')`,
			it.Series).Scan(&first)
		if t, perr := ParseWall(first); err == nil && perr == nil {
			b.From = dayOf(t)
		}
	}
	b.Rows, err = s.standings(ctx, it.GroupID, b.From, b.To.AddDate(0, 0, 1), limit)
	return b, err
}

// standings counts check-in days per member in [from, to); event times are
// wall-clock readings stored as unix seconds, as the planner's are.
func (s *Service) standings(ctx context.Context, groupID int64, from, to time.Time, limit int) ([]Standing, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT e.member_id, m.nickname, COUNT(DISTINCT e.at / 86400), COUNT(*)
		FROM events e JOIN members m ON m.id = e.member_id
		WHERE e.group_id = ? AND e.kind = 'checkin' AND e.at >= ? AND e.at < ? AND m.deleted_at IS NULL
		GROUP BY e.member_id ORDER BY 3 DESC, 4 DESC, e.member_id LIMIT ?`, groupID, from.Unix(), to.Unix(), max(limit, 1))
	if err != nil {
		return nil, errs.Wrap(err, "query leaderboard")
	}
	defer rows.Close()
	out := []Standing{}
	for rows.Next() {
		var st Standing
		if err := rows.Scan(&st.MemberID, &st.Nickname, &st.Days, &st.Checkins); err != nil {
			return nil, errs.Wrap(err, "scan standing")
		}
		out = append(out, st)
	}
	return out, errs.Wrap(rows.Err(), "read leaderboard")
}

// BoardText is the leaderboard as lines to paste under a ranking post.
func BoardText(b Board, lang string) string {
	if len(b.Rows) == 0 {
		return locales.Localize(lang, "ui.planner.board.empty", nil)
	}
	lines := []string{locales.Localize(lang, "ui.planner.board.heading", map[string]any{
		"From": b.From.Format("01-02"), "To": b.To.Format("01-02"), "Days": int(b.To.Sub(b.From).Hours()/24) + 1})}
	for i, r := range b.Rows {
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, locales.Localize(lang, "ui.planner.board.row",
			map[string]any{"Name": r.Nickname, "Days": r.Days})))
	}
	return strings.Join(lines, "\n")
}
