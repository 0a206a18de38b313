package dashboard

import (
	"context"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// readMembers counts the members now (live members, of the group or all) and the joins and leaves of the
// period (memberships of the group, or of every group), per day too.
func readMembers(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	var err error
	if d.Members, err = members.CountNow(ctx, q, r.GroupID); err != nil {
		return err
	}
	scope := []int64{r.GroupID}
	if r.GroupID == 0 { // every group's index range
		if scope, err = groups.IDs(ctx, q); err != nil {
			return err
		}
	}
	from, to := r.From.Format(time.DateOnly), r.To.Format(time.DateOnly)
	joins, err := members.CountDates(ctx, q, "joined_at", scope, from, to)
	if err != nil {
		return err
	}
	leaves, err := members.CountDates(ctx, q, "left_at", scope, from, to)
	if err != nil {
		return err
	}
	d.PerDay = periodDays(r)
	for i := range d.PerDay {
		day := &d.PerDay[i]
		day.Joins, day.Leaves = joins[day.Date], leaves[day.Date]
		d.Joins += day.Joins
		d.Leaves += day.Leaves
	}
	return nil
}

// periodDays lists every day of the period, oldest first, all zero.
func periodDays(r Request) []Day {
	out := make([]Day, r.days())
	for i := range out {
		out[i].Date = time.Unix((day(r.From)+int64(i))*86400, 0).UTC().Format(time.DateOnly)
	}
	return out
}
