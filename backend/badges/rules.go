package badges

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"time"

	"qunzhu/backend/store"
)

// earnStreaks walks each member's check-in days per group in order: the
// day a run of consecutive days reaches StreakDays earns Streak (the first
// time only), LongStreakDays LongStreak. Days are wall-clock days, as the
// planner's challenge counts them; events with no group count under 0.
func earnStreaks(ctx context.Context, _ *sql.DB, in Input) ([]Earned, error) {
	if in.Records.CheckinDays == nil {
		return nil, nil
	}
	var out []Earned
	var run streakRun
	err := in.Records.CheckinDays(ctx, func(group, member, day int64) {
		out = run.step(group, member, day, in.Settings, out)
	})
	return out, err
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
func earnFirstMessages(ctx context.Context, _ *sql.DB, in Input) ([]Earned, error) {
	if in.Records.FirstSpoken == nil {
		return nil, nil
	}
	var out []Earned
	err := in.Records.FirstSpoken(ctx, func(group, member, at int64) {
		out = append(out, Earned{MemberID: member, GroupID: group, Badge: FirstMessage, On: wallDay(at)})
	})
	return out, err
}

// earnKOC: a member on the KOC list (the tier engine's flag: started
// enough topics and answered others enough) earns KOC across the workspace,
// on the day they first entered the list, or the day of the scoring that
// put them there when the list's history does not go back that far. The
// badge stays when they later leave the list. Only members the tier engine
// scored count.
func earnKOC(ctx context.Context, _ *sql.DB, in Input) ([]Earned, error) {
	r := in.Records
	if r.FirstEntries == nil || r.KOCScoredAt == nil || r.ScoredAt == nil {
		return nil, nil
	}
	scored, err := r.KOCScoredAt(ctx)
	if err != nil {
		return nil, err
	}
	firsts, err := r.FirstEntries(ctx, "koc")
	if err != nil {
		return nil, err
	}
	if err := addScorings(ctx, r, scored, firsts); err != nil {
		return nil, err
	}
	out := make([]Earned, 0, len(scored))
	for member, computed := range scored {
		e := Earned{MemberID: member, Badge: KOC}
		if e.On, err = time.Parse(dateLayout, firsts[member]); err != nil {
			t, _ := store.ParseStamp(computed)
			e.On = localDay(t)
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b Earned) int { return cmp.Compare(a.MemberID, b.MemberID) })
	return out, nil
}

// addScorings adds to scored when the members who entered the list but are
// not flagged now were scored (those never scored are left out).
func addScorings(ctx context.Context, r Records, scored, firsts map[int64]string) error {
	var ids []int64
	for member := range firsts {
		if _, ok := scored[member]; !ok {
			ids = append(ids, member)
		}
	}
	more, err := r.ScoredAt(ctx, ids)
	for member, at := range more {
		scored[member] = at
	}
	return err
}
