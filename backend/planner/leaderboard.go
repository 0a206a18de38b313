package planner

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

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
	it, err := s.getItem(ctx, s.db.Read(), itemID)
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
	q := s.db.Read()
	all, err := s.owners.Checkins(ctx, q, groupID, from, to)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(all))
	for i, st := range all {
		ids[i] = st.MemberID
	}
	who, err := s.people(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	out := []Standing{}
	for _, st := range all {
		if p := who[st.MemberID]; p.Live {
			st.Nickname = p.Nickname
			out = append(out, st)
		}
	}
	slices.SortFunc(out, func(a, b Standing) int {
		return cmp.Or(cmp.Compare(b.Days, a.Days), cmp.Compare(b.Checkins, a.Checkins), cmp.Compare(a.MemberID, b.MemberID))
	})
	return out[:min(len(out), max(limit, 1))], nil
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
