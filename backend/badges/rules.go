package badges

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
	"qunzhu/backend/store"
)

// earnStreaks walks each member's check-in days per group in order: the
// day a run of consecutive days reaches StreakDays earns Streak (the first
// time only), LongStreakDays LongStreak. Days are wall-clock days, as the
// planner's challenge counts them; events with no group count under 0.
func earnStreaks(ctx context.Context, db *sql.DB, in Input) ([]Earned, error) {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT coalesce(group_id, 0), member_id, at / 86400 FROM events
		WHERE kind = 'checkin' AND at >= 0 ORDER BY 1, 2, 3`)
	if err != nil {
		return nil, errs.Wrap(err, "query check-ins")
	}
	defer rows.Close()
	var out []Earned
	var run streakRun
	for rows.Next() {
		var group, member, day int64
		if err := rows.Scan(&group, &member, &day); err != nil {
			return nil, errs.Wrap(err, "scan check-in")
		}
		out = run.step(group, member, day, in.Settings, out)
	}
	return out, errs.Wrap(rows.Err(), "read check-ins")
}

// streakRun is the run of consecutive check-in days being walked.
type streakRun struct {
	group, member, day int64
	length             int
}

func (r *streakRun) step(group, member, day int64, s Settings, out []Earned) []Earned {
	if group == r.group && member == r.member && day == r.day+1 {
		r.length++
	} else {
		r.length = 1
	}
	r.group, r.member, r.day = group, member, day
	on := time.Unix(day*86400, 0).UTC()
	switch r.length {
	case s.StreakDays:
		if !r.has(out, Streak) {
			out = append(out, Earned{MemberID: member, GroupID: group, Badge: Streak, On: on})
		}
	case s.LongStreakDays:
		if !r.has(out, LongStreak) {
			out = append(out, Earned{MemberID: member, GroupID: group, Badge: LongStreak, On: on})
		}
	}
	return out
}

// has tells whether the member already earned badge in the group: the
// member's badges are the last ones appended.
func (r *streakRun) has(out []Earned, badge string) bool {
	for i := len(out) - 1; i >= 0 && out[i].MemberID == r.member && out[i].GroupID == r.group; i-- {
		if out[i].Badge == badge {
			return true
		}
	}
	return false
}

// earnFirstMessages: every member who spoke in a group (kpi.SpokenKinds,
// the one definition of a message) earns FirstMessage on that first day.
func earnFirstMessages(ctx context.Context, db *sql.DB, _ Input) ([]Earned, error) {
	rows, err := db.QueryContext(ctx, `SELECT coalesce(group_id, 0), member_id, min(at) FROM events
		WHERE `+kpi.SpokenSQL+` GROUP BY 1, 2`)
	if err != nil {
		return nil, errs.Wrap(err, "query first messages")
	}
	defer rows.Close()
	var out []Earned
	for rows.Next() {
		e := Earned{Badge: FirstMessage}
		var at int64
		if err := rows.Scan(&e.GroupID, &e.MemberID, &at); err != nil {
			return nil, errs.Wrap(err, "scan first message")
		}
		e.On = wallDay(at)
		out = append(out, e)
	}
	return out, errs.Wrap(rows.Err(), "read first messages")
}

// earnKOC: a member on the KOC list (the tier engine's flag: started
// enough topics and answered others enough) earns KOC across the workspace,
// on the day they first entered the list, or the day of the scoring that
// put them there when the list's history does not go back that far. The
// badge stays when they later leave the list.
func earnKOC(ctx context.Context, db *sql.DB, _ Input) ([]Earned, error) {
	rows, err := db.QueryContext(ctx, `SELECT t.member_id, coalesce(min(c.day), ''), t.computed_at
		FROM member_tiers t LEFT JOIN list_changes c ON c.member_id = t.member_id AND c.list = 'koc' AND c.change = 'in'
		GROUP BY t.member_id HAVING max(t.koc) = 1 OR count(c.day) > 0`)
	if err != nil {
		return nil, errs.Wrap(err, "query KOCs")
	}
	defer rows.Close()
	var out []Earned
	for rows.Next() {
		e := Earned{Badge: KOC}
		var day, computed string
		if err := rows.Scan(&e.MemberID, &day, &computed); err != nil {
			return nil, errs.Wrap(err, "scan KOC")
		}
		if e.On, err = time.Parse(dateLayout, day); err != nil {
			t, _ := store.ParseStamp(computed)
			e.On = localDay(t)
		}
		out = append(out, e)
	}
	return out, errs.Wrap(rows.Err(), "read KOCs")
}
