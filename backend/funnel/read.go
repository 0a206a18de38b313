package funnel

import (
	"context"
	"database/sql"

	"qunzhu/backend/activity"
	"qunzhu/backend/members"
)

// scope is the request's shop events, leaving out the members in the trash.
func scope(ctx context.Context, q *sql.Tx, r Request) (activity.ShopScope, error) {
	trashed, err := members.TrashedIDs(ctx, q)
	return activity.ShopScope{GroupID: r.GroupID, From: r.start(), To: r.end(), Skip: trashed}, err
}

// readRecorded says whether the scope holds a shop event at any time.
func readRecorded(ctx context.Context, q *sql.Tx, f *Funnel) (err error) {
	f.Recorded, err = activity.ShopRecorded(ctx, q, f.GroupID)
	return err
}

// readSteps counts each step's events and members, and the rates.
func readSteps(ctx context.Context, q *sql.Tx, f *Funnel) error {
	sc, err := scope(ctx, q, f.Request)
	if err != nil {
		return err
	}
	steps, err := activity.ShopSteps(ctx, q, sc)
	if err != nil {
		return err
	}
	by := map[string]Step{}
	for _, st := range steps {
		by[st.Kind] = Step{Kind: st.Kind, Events: st.Events, Members: st.Members, Value: st.Value}
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
