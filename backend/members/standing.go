package members

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"time"

	"qunzhu/backend/errs"
)

// Tiers, stages and the lists a creator acts on, as the tier engine stores them.
var (
	Tiers  = []string{"core", "active", "lurker", "dormant", "invalid"}
	Stages = []string{"mature", "growing", "steady", "observing", "declining", "dormant"}
	Flags  = []string{"slipping", "promising", "koc"}
)

// Standing is a member's tier and stage from its activity.
type Standing struct {
	Tier      string
	Stage     string
	Role      string
	R, F, M   int
	Recency   int // days since the last interaction, -1 never
	Frequency int
	Monetary  float64
	LastAt    *time.Time
	Slipping  bool
	Promising bool
	KOC       bool
	TierRule  Rule
	StageRule Rule
}

// Rule is why a member holds its tier or stage: a message key and its numbers.
type Rule struct {
	Key    string         `json:"key"`
	Params map[string]any `json:"params"`
}

const standingColumns = `t.member_id, t.tier, t.stage, t.role, t.r, t.f, t.m, t.recency, t.frequency, t.monetary,
	t.last_at, t.slipping, t.promising, t.koc, t.tier_rule, t.stage_rule`

// attachStanding fills in the rows' standings (rows never scored keep nil).
func (s *Service) attachStanding(ctx context.Context, rows []Row) error {
	if len(rows) == 0 {
		return nil
	}
	at := make(map[int64]int, len(rows))
	ids := make([]int64, len(rows))
	for i, r := range rows {
		at[r.ID], ids[i] = i, r.ID
	}
	b, _ := json.Marshal(ids)
	q, err := s.db.Read().QueryContext(ctx, `SELECT `+standingColumns+` FROM member_tiers t
		WHERE t.member_id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return errs.Wrap(err, "list tiers")
	}
	defer q.Close()
	for q.Next() {
		id, st, err := scanStanding(q)
		if err != nil {
			return err
		}
		rows[at[id]].Standing = st
	}
	return errs.Wrap(q.Err(), "list tiers")
}

func scanStanding(q *sql.Rows) (int64, *Standing, error) {
	var id int64
	var st Standing
	var last sql.NullInt64
	var tierRule, stageRule string
	if err := q.Scan(&id, &st.Tier, &st.Stage, &st.Role, &st.R, &st.F, &st.M, &st.Recency, &st.Frequency,
		&st.Monetary, &last, &st.Slipping, &st.Promising, &st.KOC, &tierRule, &stageRule); err != nil {
		return 0, nil, errs.Wrap(err, "scan tier")
	}
	if last.Valid {
		t := time.Unix(last.Int64, 0).UTC()
		st.LastAt = &t
	}
	_ = json.Unmarshal([]byte(tierRule), &st.TierRule)
	_ = json.Unmarshal([]byte(stageRule), &st.StageRule)
	return id, &st, nil
}

// standingFilter restricts to tiers, stages and lists.
func (c *clauses) standing(f Filter) {
	sub := clauses{}
	sub.in("tier", f.Tiers)
	sub.in("stage", f.Stages)
	for _, flag := range f.Flags {
		if slices.Contains(Flags, flag) {
			sub.add(map[string]string{"slipping": "slipping", "promising": "promising", "koc": "koc"}[flag] + " = 1")
		}
	}
	if len(sub.parts) > 0 {
		c.add("m.id IN (SELECT member_id FROM member_tiers WHERE "+sub.sql()+")", sub.args...)
	}
}

func validateStanding(fe errs.Fields, f Filter) {
	for field, pair := range map[string][2][]string{"tiers": {f.Tiers, Tiers}, "stages": {f.Stages, Stages}, "flags": {f.Flags, Flags}} {
		for _, v := range pair[0] {
			if !slices.Contains(pair[1], v) {
				fe.Add(field, "err.member.choice", errs.Params{"Value": v})
			}
		}
	}
}
