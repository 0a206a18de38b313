package activity

import (
	"context"
	"database/sql"
	"encoding/json"
	"reflect"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
	"qunzhu/backend/tiers"
)

// settingsKey is the settings row holding the tier thresholds, as JSON.
const settingsKey = "tiers"

// TierSettings returns the thresholds in use: the saved ones over the defaults.
func (s *Service) TierSettings(ctx context.Context) (tiers.Settings, error) {
	out := tiers.DefaultSettings()
	raw, ok, err := settings.Value(ctx, s.db.Read(), settingsKey)
	if err != nil {
		return out, errs.Wrap(err, "read tier settings")
	}
	if !ok {
		return out, nil
	}
	_ = json.Unmarshal([]byte(raw), &out) // a damaged value falls back to the defaults field by field
	return out, nil
}

// SaveTierSettings validates and stores the thresholds.
func (s *Service) SaveTierSettings(ctx context.Context, t tiers.Settings) error {
	if err := t.Validate(); err != nil {
		return err
	}
	raw, _ := json.Marshal(t)
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		return errs.Wrap(settings.Put(ctx, tx, settingsKey, string(raw)), "save tier settings")
	})
}

// Summary counts members per tier and per stage.
type Summary struct {
	Tiers  map[tiers.Tier]int  `json:"tiers"`
	Stages map[tiers.Stage]int `json:"stages"`
}

// PreviewTiers counts how many members each tier would hold under t,
// storing nothing (the settings screen shows it before saving).
func (s *Service) PreviewTiers(ctx context.Context, t tiers.Settings, now time.Time) (map[tiers.Tier]int, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	stats, err := loadStats(ctx, s.db.Read(), now, t, nil)
	if err != nil {
		return nil, err
	}
	return tiers.Preview(stats, now, t), nil
}

// Recompute works out every live member's tier and stage from its activity
// up to now and stores them in one transaction.
func (s *Service) Recompute(ctx context.Context, now time.Time) (Summary, error) {
	return s.RecomputeWithProgress(ctx, now, nil)
}

// RecomputeWithProgress is Recompute reporting its progress in thousandths;
// cancelled, it stores nothing.
func (s *Service) RecomputeWithProgress(ctx context.Context, now time.Time, p func(permille int)) (Summary, error) {
	set, err := s.TierSettings(ctx)
	if err != nil {
		return Summary{}, err
	}
	stats, err := loadStats(ctx, s.db.Read(), now, set, p)
	if err != nil {
		return Summary{}, err
	}
	results := tiers.Compute(stats, now, set)
	progress(p).report(900)
	if ctx.Err() != nil {
		return Summary{}, errs.ErrCancelled
	}
	sum := Summary{Tiers: map[tiers.Tier]int{}, Stages: map[tiers.Stage]int{}}
	for _, r := range results {
		sum.Tiers[r.Tier]++
		sum.Stages[r.Stage]++
	}
	if err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := storeResults(ctx, tx, results, stats, now); err != nil {
			return err
		}
		counts, err := members.TierCounts(ctx, tx)
		if err != nil {
			return err
		}
		return summaries.Record(ctx, tx, summaries.TiersStored{Counts: counts})
	}); err != nil {
		return Summary{}, err
	}
	progress(p).report(1000)
	return sum, nil
}

const (
	tierColumns = 21
	tierChunk   = 200
)

// storeResults replaces the stored tiers with results, recording who
// entered and left the lists.
func storeResults(ctx context.Context, tx *sql.Tx, results []tiers.Result, stats []tiers.Stats, now time.Time) error {
	if err := recordListChanges(ctx, tx, results, now); err != nil {
		return err
	}
	if err := members.ClearTiers(ctx, tx); err != nil {
		return err
	}
	chunks, stop := make(chan []any, 2), make(chan struct{})
	defer close(stop)
	go tierRows(results, stats, now, chunks, stop) // rows made while SQLite stores the ones before
	var full *sql.Stmt                             // the statement for a whole chunk, prepared once
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for args := range chunks {
		n := len(args) / tierColumns
		st, err := tierInsert(ctx, tx, n, &full)
		if err == nil {
			_, err = st.ExecContext(ctx, args...)
		}
		if n < tierChunk && st != nil {
			st.Close()
		}
		if err != nil {
			return errs.Wrap(err, "store tiers")
		}
	}
	return nil
}

// tierRows sends the insert arguments of results, tierChunk rows at a time,
// until done or stopped. results are in the order of stats.
func tierRows(results []tiers.Result, stats []tiers.Stats, now time.Time, out chan<- []any, stop <-chan struct{}) {
	defer close(out)
	stamp := store.Stamp(now)
	rules := ruleTexts{}
	for start := 0; start < len(results); start += tierChunk {
		end := min(start+tierChunk, len(results))
		args := make([]any, 0, (end-start)*tierColumns)
		for i := start; i < end; i++ {
			r := &results[i]
			var lastAt any
			if t := stats[i].LastAt; !t.IsZero() {
				lastAt = t.Unix()
			}
			args = append(args, r.MemberID, r.R, r.F, r.M, r.Recency, r.Frequency, r.Monetary,
				string(r.Tier), rules.json(r.TierRule), store.Stamp(r.TierSince),
				string(r.Stage), rules.json(r.StageRule), store.Stamp(r.StageSince),
				string(r.Role), r.Slipping, r.NewPromising, r.KOC, lastAt, stamp,
				store.StampOrEmpty(r.TierLowSince), store.StampOrEmpty(r.StageLowSince))
		}
		select {
		case out <- args:
		case <-stop:
			return
		}
	}
}

// tierInsert prepares the insert of n rows, keeping the whole-chunk one.
func tierInsert(ctx context.Context, tx *sql.Tx, n int, full **sql.Stmt) (*sql.Stmt, error) {
	if n == tierChunk && *full != nil {
		return *full, nil
	}
	st, err := members.PrepareTiers(ctx, tx, n)
	if err == nil && n == tierChunk {
		*full = st
	}
	return st, err
}

// ruleTexts caches rules as JSON: the engine shares one Params map among
// all results placed by the same rule with the same numbers.
type ruleTexts map[ruleID]string

type ruleID struct {
	key    string
	params uintptr
}

func (c ruleTexts) json(r tiers.Rule) string {
	id := ruleID{r.Key, reflect.ValueOf(r.Params).Pointer()}
	if s, ok := c[id]; ok {
		return s
	}
	b, _ := json.Marshal(r)
	c[id] = string(b)
	return c[id]
}
