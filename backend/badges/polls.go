package badges

import (
	"context"
	"database/sql"
	"time"

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
func earnPollPerfect(ctx context.Context, _ *sql.DB, in Input) ([]Earned, error) {
	if in.Records.ClosedPolls == nil || in.Records.VotedInAll == nil {
		return nil, nil
	}
	groups, err := closedPolls(ctx, in)
	if err != nil {
		return nil, err
	}
	var out []Earned
	for group, gp := range groups {
		if len(gp.ids) < in.Settings.PollMin {
			continue
		}
		members, err := in.Records.VotedInAll(ctx, gp.ids)
		if err != nil {
			return nil, err
		}
		for _, m := range members {
			out = append(out, Earned{MemberID: m, GroupID: group, Badge: PollPerfect, On: localDay(gp.last)})
		}
	}
	return out, nil
}

func closedPolls(ctx context.Context, in Input) (map[int64]*groupPolls, error) {
	since := store.Stamp(in.Now.AddDate(0, 0, -in.Settings.PollDays))
	polls, err := in.Records.ClosedPolls(ctx, since)
	if err != nil {
		return nil, err
	}
	out := map[int64]*groupPolls{}
	for _, p := range polls {
		gp := out[p.GroupID]
		if gp == nil {
			gp = &groupPolls{}
			out[p.GroupID] = gp
		}
		gp.ids = append(gp.ids, p.ID)
		if t, err := store.ParseStamp(p.ClosedAt); err == nil && t.After(gp.last) {
			gp.last = t
		}
	}
	return out, nil
}
