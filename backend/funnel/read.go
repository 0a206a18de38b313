package funnel

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
)

// shopSQL is the WHERE of migration 0020's partial indexes, word for word.
const shopSQL = `kind IN ('click', 'inquiry', 'purchase')`

// live leaves out the events of members in the trash.
const live = `member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL)`

// scoped is the FROM and WHERE of the scope's shop events in the period,
// reading ?1 as the group (0: all groups), ?2 and ?3 as the period.
func scoped(r Request) string {
	if r.GroupID == 0 {
		return `events INDEXED BY events_shop_all WHERE ?1 = 0 AND ` + shopSQL + ` AND at >= ?2 AND at < ?3 AND ` + live
	}
	return `events INDEXED BY events_shop WHERE group_id = ?1 AND ` + shopSQL + ` AND at >= ?2 AND at < ?3 AND ` + live
}

// readRecorded says whether the scope holds a shop event at any time.
func readRecorded(ctx context.Context, q *sql.Tx, f *Funnel) error {
	where := `group_id = ?1`
	if f.GroupID == 0 {
		where = `?1 = 0`
	}
	err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE `+where+` AND `+shopSQL+`)`,
		f.GroupID).Scan(&f.Recorded)
	return errs.Wrap(err, "funnel recorded")
}

// readSteps counts each step's events and members, and the rates.
func readSteps(ctx context.Context, q *sql.Tx, f *Funnel) error {
	rows, err := q.QueryContext(ctx, `SELECT kind, count(*), count(DISTINCT member_id), total(value) FROM `+
		scoped(f.Request)+` GROUP BY kind`, f.GroupID, f.start(), f.end())
	if err != nil {
		return errs.Wrap(err, "funnel steps")
	}
	defer rows.Close()
	by := map[string]Step{}
	for rows.Next() {
		var s Step
		if err := rows.Scan(&s.Kind, &s.Events, &s.Members, &s.Value); err != nil {
			return errs.Wrap(err, "funnel steps")
		}
		by[s.Kind] = s
	}
	if err := rows.Err(); err != nil {
		return errs.Wrap(err, "funnel steps")
	}
	for i, k := range Kinds {
		s := by[k]
		s.Kind = k
		if i > 0 {
			s.Rate = rateOf(s.Members, f.Steps[i-1].Members)
		}
		f.Steps = append(f.Steps, s)
	}
	f.Overall = rateOf(f.Steps[2].Members, f.Steps[0].Members)
	f.Revenue = f.Steps[2].Value
	return nil
}
