package badges

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"
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

// holdingsWhere picks the holdings of a Query (?1 to ?5) of the members
// not in the trash (?7, JSON).
const holdingsWhere = `(?1 = '' OR badge = ?1) AND (?2 = 0 OR group_id = ?2) AND earned_on >= ?3
	AND (?4 = 0 OR member_id = ?4) AND (source != 'revoked') != ?5
	AND member_id NOT IN (SELECT value FROM json_each(?7))`

// List returns the holdings q picks, of live members: newest first, then
// by nickname. It reads the days down to the one of the limit-th holding
// whole, orders them by the members' nicknames and keeps the first limit.
func (s *Service) List(ctx context.Context, q Query) ([]Holding, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = MaxLimit
	}
	tx, err := s.db.Read().BeginTx(ctx, nil) // one snapshot of the holdings read in two steps
	if err != nil {
		return nil, errs.Wrap(err, "list badges")
	}
	defer tx.Rollback()
	trashed, err := s.trashed(ctx)
	if err != nil {
		return nil, err
	}
	args := []any{q.Badge, q.GroupID, q.Since, q.MemberID, q.Revoked, limit - 1, trashed}
	var last string
	err = tx.QueryRowContext(ctx, `SELECT earned_on FROM member_badges WHERE `+holdingsWhere+`
		ORDER BY earned_on DESC LIMIT 1 OFFSET ?6`, args...).Scan(&last)
	if err != nil && err != sql.ErrNoRows {
		return nil, errs.Wrap(err, "list badges")
	}
	out, err := readHoldings(ctx, tx, append(args[:5:5], last, trashed))
	if err != nil {
		return nil, err
	}
	if err := s.nameHolders(ctx, out); err != nil {
		return nil, err
	}
	out = out[:min(len(out), limit)]
	return out, nameGroups(ctx, tx, out)
}

// readHoldings reads the holdings of a Query earned on or after ?6.
func readHoldings(ctx context.Context, tx *sql.Tx, args []any) ([]Holding, error) {
	rows, err := tx.QueryContext(ctx, `SELECT member_id, group_id, badge, earned_on, source, reason
		FROM member_badges WHERE `+holdingsWhere+` AND earned_on >= ?6`, args...)
	if err != nil {
		return nil, errs.Wrap(err, "list badges")
	}
	defer rows.Close()
	out := []Holding{}
	for rows.Next() {
		var h Holding
		if err := rows.Scan(&h.MemberID, &h.GroupID, &h.Badge, &h.EarnedOn, &h.Source, &h.Reason); err != nil {
			return nil, errs.Wrap(err, "scan badge")
		}
		out = append(out, h)
	}
	return out, errs.Wrap(rows.Err(), "list badges")
}

// nameHolders fills in the holders' nicknames and puts hs in list order:
// newest first, then by nickname, then by member.
func (s *Service) nameHolders(ctx context.Context, hs []Holding) error {
	ids := make([]int64, len(hs))
	for i, h := range hs {
		ids[i] = h.MemberID
	}
	var labels map[int64]MemberLabel
	if s.records.Members.Labels != nil {
		var err error
		if labels, err = s.records.Members.Labels(ctx, ids); err != nil {
			return err
		}
	}
	for i := range hs {
		hs[i].Nickname = labels[hs[i].MemberID].Nickname
	}
	slices.SortStableFunc(hs, func(a, b Holding) int {
		return cmp.Or(strings.Compare(b.EarnedOn, a.EarnedOn),
			strings.Compare(labels[a.MemberID].NickSort, labels[b.MemberID].NickSort), cmp.Compare(a.MemberID, b.MemberID))
	})
	return nil
}

// nameGroups fills in the holdings' group names ("" for none).
func nameGroups(ctx context.Context, q *sql.Tx, hs []Holding) error {
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
