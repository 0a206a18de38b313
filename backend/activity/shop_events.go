package activity

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// shopKindsSQL is the WHERE of migration 0020's partial indexes, word for word.
const shopKindsSQL = `kind IN ('click', 'inquiry', 'purchase')`

// ShopScope picks shop events (clicks, inquiries and purchases): a group
// (0: all groups), a period [From, To) in unix seconds of wall time, and
// the members whose events are left out (those in the trash).
type ShopScope struct {
	GroupID  int64
	From, To int64
	Skip     []int64
}

// sql is the FROM and WHERE of the scope's shop events, reading ?1 as the
// group, ?2 and ?3 as the period and ?4 as the members left out (JSON).
func (s ShopScope) sql() string {
	skip := ` AND member_id NOT IN (SELECT value FROM json_each(?4))`
	if s.GroupID == 0 {
		return `events INDEXED BY events_shop_all WHERE ?1 = 0 AND ` + shopKindsSQL + ` AND at >= ?2 AND at < ?3` + skip
	}
	return `events INDEXED BY events_shop WHERE group_id = ?1 AND ` + shopKindsSQL + ` AND at >= ?2 AND at < ?3` + skip
}

func (s ShopScope) args() []any {
	skip, _ := json.Marshal(s.Skip)
	if s.Skip == nil {
		skip = []byte("[]")
	}
	return []any{s.GroupID, s.From, s.To, string(skip)}
}

// ShopRecorded says whether the group (0: any group) holds a shop event at
// any time.
func ShopRecorded(ctx context.Context, q store.Queryer, group int64) (bool, error) {
	where := `group_id = ?1`
	if group == 0 {
		where = `?1 = 0`
	}
	var ok bool
	err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE `+where+` AND `+shopKindsSQL+`)`,
		group).Scan(&ok)
	return ok, errs.Wrap(err, "funnel recorded")
}

// ShopStep is one kind of shop event in a scope: the events, the distinct
// members who did it and the values' sum.
type ShopStep struct {
	Kind    string
	Events  int
	Members int
	Value   float64
}

// ShopSteps counts the scope's shop events by kind (kinds with none are
// left out).
func ShopSteps(ctx context.Context, q store.Queryer, s ShopScope) ([]ShopStep, error) {
	rows, err := q.QueryContext(ctx, `SELECT kind, count(*), count(DISTINCT member_id), total(value) FROM `+
		s.sql()+` GROUP BY kind`, s.args()...)
	if err != nil {
		return nil, errs.Wrap(err, "funnel steps")
	}
	defer rows.Close()
	var out []ShopStep
	for rows.Next() {
		var st ShopStep
		if err := rows.Scan(&st.Kind, &st.Events, &st.Members, &st.Value); err != nil {
			return nil, errs.Wrap(err, "funnel steps")
		}
		out = append(out, st)
	}
	return out, errs.Wrap(rows.Err(), "funnel steps")
}

// MemberPurchases are one member's purchases in one group (0: none) in a scope:
// how many, their values' sum and the first (unix seconds of wall time).
type MemberPurchases struct {
	MemberID, GroupID int64
	Count             int
	Value             float64
	First             int64
}

// ShopPurchases adds the scope's purchases up by member and group.
func ShopPurchases(ctx context.Context, q store.Queryer, s ShopScope) ([]MemberPurchases, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id, coalesce(group_id, 0) AS group_id, count(*), total(value), min(at)
		FROM `+s.sql()+` AND kind = 'purchase' GROUP BY member_id, group_id`, s.args()...)
	if err != nil {
		return nil, errs.Wrap(err, "funnel purchases")
	}
	defer rows.Close()
	var out []MemberPurchases
	for rows.Next() {
		var p MemberPurchases
		if err := rows.Scan(&p.MemberID, &p.GroupID, &p.Count, &p.Value, &p.First); err != nil {
			return nil, errs.Wrap(err, "funnel purchases")
		}
		out = append(out, p)
	}
	return out, errs.Wrap(rows.Err(), "funnel purchases")
}
