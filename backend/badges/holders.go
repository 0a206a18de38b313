package badges

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
)

// Holding is a badge a member holds (or had taken back), as lists show it.
type Holding struct {
	MemberID  int64
	Nickname  string
	GroupID   int64
	GroupName string // "" for a workspace badge or a deleted group
	Badge     string
	EarnedOn  string // YYYY-MM-DD
	Source    string // rule, hand or revoked
	Reason    string
}

// Query picks holdings: of one badge ("" any), in one group (0 any), earned
// on or after Since (YYYY-MM-DD, "" any), of one member (0 any); taken-back
// badges only when Revoked. Newest first, at most Limit.
type Query struct {
	Badge    string
	GroupID  int64
	Since    string
	MemberID int64
	Revoked  bool
	Limit    int
}

// MaxLimit caps a list.
const MaxLimit = 1000

// Validate checks the badge, the day and the limit.
func (q Query) Validate() error {
	f := errs.Fields{}
	if q.Badge != "" && !IsKind(q.Badge) {
		f.Add("badge", "err.badges.kind", errs.Params{"Value": q.Badge})
	}
	if _, err := time.Parse(dateLayout, q.Since); q.Since != "" && err != nil {
		f.Add("since", "err.badges.day", errs.Params{"Value": q.Since})
	}
	if q.Limit < 0 || q.Limit > MaxLimit {
		f.Add("limit", "err.field.range", errs.Params{"Min": 0, "Max": MaxLimit})
	}
	return f.Err()
}

// List returns the holdings q picks, of live members.
func (s *Service) List(ctx context.Context, q Query) ([]Holding, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = MaxLimit
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT b.member_id, m.nickname, b.group_id,
			b.badge, b.earned_on, b.source, b.reason
		FROM member_badges b JOIN members m ON m.id = b.member_id AND m.deleted_at IS NULL
		WHERE (?1 = '' OR b.badge = ?1) AND (?2 = 0 OR b.group_id = ?2) AND b.earned_on >= ?3
			AND (?4 = 0 OR b.member_id = ?4) AND (b.source != 'revoked') != ?5
		ORDER BY b.earned_on DESC, m.nick_sort, b.member_id LIMIT ?6`,
		q.Badge, q.GroupID, q.Since, q.MemberID, q.Revoked, limit)
	if err != nil {
		return nil, errs.Wrap(err, "list badges")
	}
	defer rows.Close()
	out := []Holding{}
	for rows.Next() {
		var h Holding
		if err := rows.Scan(&h.MemberID, &h.Nickname, &h.GroupID, &h.Badge, &h.EarnedOn,
			&h.Source, &h.Reason); err != nil {
			return nil, errs.Wrap(err, "scan badge")
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "list badges")
	}
	return out, nameGroups(ctx, s.db.Read(), out)
}

// nameGroups fills in the holdings' group names ("" for none).
func nameGroups(ctx context.Context, q *sql.DB, hs []Holding) error {
	ids := make([]int64, 0, len(hs))
	for _, h := range hs {
		if h.GroupID != 0 {
			ids = append(ids, h.GroupID)
		}
	}
	names, err := groups.NamesByID(ctx, q, ids)
	for i := range hs {
		hs[i].GroupName = names[hs[i].GroupID]
	}
	return err
}

// Of returns the badges each of the members holds (any group, each badge
// once, in Kinds order): the member list's column.
func (s *Service) Of(ctx context.Context, memberIDs []int64) (map[int64][]string, error) {
	out := map[int64][]string{}
	if len(memberIDs) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(memberIDs)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT DISTINCT member_id, badge FROM member_badges
		WHERE member_id IN (SELECT value FROM json_each(?)) AND source != 'revoked'`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read member badges")
	}
	defer rows.Close()
	held := map[int64]map[string]bool{}
	for rows.Next() {
		var id int64
		var badge string
		if err := rows.Scan(&id, &badge); err != nil {
			return nil, errs.Wrap(err, "scan member badge")
		}
		if held[id] == nil {
			held[id] = map[string]bool{}
		}
		held[id][badge] = true
	}
	for id, set := range held {
		for _, k := range Kinds {
			if set[k] {
				out[id] = append(out[id], k)
			}
		}
	}
	return out, errs.Wrap(rows.Err(), "read member badges")
}

// WeekStart is the Monday (local day) of the week holding now.
func WeekStart(now time.Time) time.Time {
	d := localDay(now)
	return d.AddDate(0, 0, -(int(d.Weekday())+6)%7)
}
