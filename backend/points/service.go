package points

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// Service keeps the rules, the manual awards and the computed totals.
type Service struct {
	db  *store.DB
	loc *time.Location // where record stamps (UTC) are read as wall times
	now func() time.Time
}

// NewService returns a Service over db, reading times in the local zone.
func NewService(db *store.DB) *Service {
	return &Service{db: db, loc: time.Local, now: time.Now}
}

// InLocation makes s read record stamps as wall times in loc (tests).
func (s *Service) InLocation(loc *time.Location) { s.loc = loc }

// Settings keys.
const (
	rulesKey  = "points_rules"
	levelsKey = "points_levels"
	stateKey  = "points_state"
)

// Rules returns the workspace's rules: the saved ones over the defaults.
func (s *Service) Rules(ctx context.Context) (Rules, error) {
	out := DefaultRules()
	return out, readSetting(ctx, s.db.Read(), rulesKey, &out)
}

// SaveRules validates and stores the workspace's rules.
func (s *Service) SaveRules(ctx context.Context, r Rules) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error { return writeSetting(ctx, tx, rulesKey, r) })
}

// Levels returns the levels: the saved ones, else the defaults in lang.
func (s *Service) Levels(ctx context.Context, lang string) ([]Level, error) {
	var out []Level
	if err := readSetting(ctx, s.db.Read(), levelsKey, &out); err != nil || len(out) == 0 {
		return DefaultLevels(lang), err
	}
	return out, nil
}

// SaveLevels validates and stores the levels.
func (s *Service) SaveLevels(ctx context.Context, levels []Level) error {
	if err := ValidateLevels(levels); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error { return writeSetting(ctx, tx, levelsKey, levels) })
}

// readSetting decodes the JSON under key into v; a missing row leaves v,
// a damaged value falls back to v's values field by field.
func readSetting(ctx context.Context, q store.Queryer, key string, v any) error {
	raw, ok, err := settings.RawValue(ctx, q, key)
	if err != nil || !ok {
		return errs.Wrap(err, "read points settings")
	}
	_ = json.Unmarshal([]byte(raw), v)
	return nil
}

func writeSetting(ctx context.Context, tx *sql.Tx, key string, v any) error {
	raw, _ := json.Marshal(v)
	return errs.Wrap(settings.PutRaw(ctx, tx, key, string(raw)), "save points settings")
}

// UseClock makes s read the time from now (tests).
func (s *Service) UseClock(now func() time.Time) { s.now = now }
