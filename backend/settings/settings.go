// Package settings keeps the user's preferences in the database: language,
// theme, how many daily backups to keep, and the window's last geometry.
package settings

import (
	"context"
	"database/sql"
	"slices"
	"strconv"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Languages the app speaks. "" means "follow the system".
var Languages = []string{"zh-CN", "zh-TW", "en"}

// Themes: follow the system, or a manual override.
var Themes = []string{"system", "light", "dark"}

// Defaults.
const (
	DefaultBackupKeep = 7
	MaxBackupKeep     = 365
)

// Settings are the stored preferences.
type Settings struct {
	Language   string // "" until the user picks one
	Theme      string
	BackupKeep int
}

// Patch changes some settings; nil fields stay as they are.
type Patch struct {
	Language   *string
	Theme      *string
	BackupKeep *int
}

// Validate checks the fields that are set.
func (p Patch) Validate() error {
	f := errs.Fields{}
	if p.Language != nil && *p.Language != "" && !slices.Contains(Languages, *p.Language) {
		f.Add("language", "err.settings.language", nil)
	}
	if p.Theme != nil && !slices.Contains(Themes, *p.Theme) {
		f.Add("theme", "err.settings.theme", nil)
	}
	if p.BackupKeep != nil && (*p.BackupKeep < 1 || *p.BackupKeep > MaxBackupKeep) {
		f.Add("backupKeep", "err.field.range", errs.Params{"Min": 1, "Max": MaxBackupKeep})
	}
	return f.Err()
}

// Service reads and writes settings.
type Service struct{ db *store.DB }

// NewService returns a Service on db.
func NewService(db *store.DB) *Service { return &Service{db: db} }

// Get returns the settings, defaults filled in.
func (s *Service) Get(ctx context.Context) (Settings, error) {
	m, err := s.all(ctx)
	if err != nil {
		return Settings{}, err
	}
	out := Settings{Language: m["language"], Theme: m["theme"], BackupKeep: DefaultBackupKeep}
	if !slices.Contains(Themes, out.Theme) {
		out.Theme = "system"
	}
	if !slices.Contains(Languages, out.Language) {
		out.Language = ""
	}
	if n, err := strconv.Atoi(m["backup_keep"]); err == nil && n > 0 {
		out.BackupKeep = n
	}
	return out, nil
}

// Update validates p and stores the fields it sets, in one transaction.
func (s *Service) Update(ctx context.Context, p Patch) (Settings, error) {
	if err := p.Validate(); err != nil {
		return Settings{}, err
	}
	vals := map[string]string{}
	if p.Language != nil {
		vals["language"] = *p.Language
	}
	if p.Theme != nil {
		vals["theme"] = *p.Theme
	}
	if p.BackupKeep != nil {
		vals["backup_keep"] = strconv.Itoa(*p.BackupKeep)
	}
	if err := s.put(ctx, vals); err != nil {
		return Settings{}, err
	}
	return s.Get(ctx)
}

func (s *Service) all(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return nil, errs.Wrap(err, "read settings")
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, errs.Wrap(err, "read settings")
		}
		m[k] = v
	}
	return m, errs.Wrap(rows.Err(), "read settings")
}

func (s *Service) put(ctx context.Context, vals map[string]string) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		for k, v := range vals {
			_, err := tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
				ON CONFLICT(key) DO UPDATE SET value = excluded.value`, k, v)
			if err != nil {
				return errs.Wrap(err, "write setting "+k)
			}
		}
		return nil
	})
}
