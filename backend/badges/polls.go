package badges

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// groupPolls are the polls a group closed in the period, and when the last
// one closed.
type groupPolls struct {
	ids  []int64
	last time.Time
}

// earnPollPerfect: in each group that closed at least PollMin named
// (not anonymous) polls in the last PollDays days, every member who voted
// in all of them earns PollPerfect, on the local day the last one closed.
func earnPollPerfect(ctx context.Context, db *sql.DB, in Input) ([]Earned, error) {
	groups, err := closedPolls(ctx, db, in)
	if err != nil {
		return nil, err
	}
	var out []Earned
	for group, gp := range groups {
		if len(gp.ids) < in.Settings.PollMin {
			continue
		}
		members, err := votedInAll(ctx, db, gp.ids)
		if err != nil {
			return nil, err
		}
		for _, m := range members {
			out = append(out, Earned{MemberID: m, GroupID: group, Badge: PollPerfect, On: localDay(gp.last)})
		}
	}
	return out, nil
}

func closedPolls(ctx context.Context, db *sql.DB, in Input) (map[int64]*groupPolls, error) {
	since := store.Stamp(in.Now.AddDate(0, 0, -in.Settings.PollDays))
	rows, err := db.QueryContext(ctx, `SELECT id, group_id, closed_at FROM polls
		WHERE status = 'closed' AND anonymous = 0 AND group_id IS NOT NULL AND closed_at >= ?`, since)
	if err != nil {
		return nil, errs.Wrap(err, "query closed polls")
	}
	defer rows.Close()
	out := map[int64]*groupPolls{}
	for rows.Next() {
		var id, group int64
		var closed string
		if err := rows.Scan(&id, &group, &closed); err != nil {
			return nil, errs.Wrap(err, "scan poll")
		}
		gp := out[group]
		if gp == nil {
			gp = &groupPolls{}
			out[group] = gp
		}
		gp.ids = append(gp.ids, id)
		if t, err := store.ParseStamp(closed); err == nil && t.After(gp.last) {
			gp.last = t
		}
	}
	return out, errs.Wrap(rows.Err(), "read closed polls")
}

// votedInAll lists the members with a vote in every one of the polls.
func votedInAll(ctx context.Context, db *sql.DB, ids []int64) ([]int64, error) {
	b, _ := json.Marshal(ids)
	rows, err := db.QueryContext(ctx, `SELECT member_id FROM poll_votes
		WHERE poll_id IN (SELECT value FROM json_each(?)) AND member_id IS NOT NULL AND source != 'tally'
		GROUP BY member_id HAVING count(DISTINCT poll_id) = ?`, string(b), len(ids))
	if err != nil {
		return nil, errs.Wrap(err, "query poll voters")
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var m int64
		if err := rows.Scan(&m); err != nil {
			return nil, errs.Wrap(err, "scan poll voter")
		}
		out = append(out, m)
	}
	return out, errs.Wrap(rows.Err(), "read poll voters")
}
