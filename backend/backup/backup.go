// Package backup makes and restores copies of the Qunzhu database: before
// every migration, once a day (keeping the newest few), by hand, and before
// every restore, so a restore can itself be undone.
package backup

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Kinds of backup, part of the file name.
const (
	Daily        = "daily"
	Manual       = "manual"
	PreMigration = "premigrate"
	PreRestore   = "prerestore"
)

var kinds = []string{Daily, Manual, PreMigration, PreRestore}

const stampLayout = "20060102-150405"

// Info describes one backup file.
type Info struct {
	Name      string
	Kind      string
	CreatedAt time.Time
	Size      int64
}

// Manager makes backups of db into dir.
type Manager struct {
	db     *store.DB
	dir    string
	prefix string
	now    func() time.Time
}

// NewManager returns a Manager keeping db's backups in dir.
func NewManager(db *store.DB, dir string) *Manager {
	base := strings.TrimSuffix(filepath.Base(db.Path()), filepath.Ext(db.Path()))
	return &Manager{db: db, dir: dir, prefix: base + "-", now: time.Now}
}

// Dir is the folder holding the backups.
func (m *Manager) Dir() string { return m.dir }

// Create writes a backup of the given kind now.
func (m *Manager) Create(ctx context.Context, kind string) (Info, error) {
	if err := os.MkdirAll(m.dir, 0o755); err != nil {
		return Info{}, errs.Wrap(err, "create backup folder")
	}
	if err := m.removeStaleParts(); err != nil {
		return Info{}, err
	}
	name := m.freeName(m.now(), kind)
	if err := m.writeFile(ctx, filepath.Join(m.dir, name)); err != nil {
		return Info{}, err
	}
	return m.info(name)
}

// freeName picks a file name for a backup made at t, unique in the folder.
func (m *Manager) freeName(t time.Time, kind string) string {
	base := m.prefix + t.Format(stampLayout) + "-" + kind
	name := base + ".db"
	for i := 2; fileExists(filepath.Join(m.dir, name)); i++ {
		name = fmt.Sprintf("%s-%d.db", base, i)
	}
	return name
}

// List returns the backups, newest first.
func (m *Manager) List() ([]Info, error) {
	entries, err := os.ReadDir(m.dir)
	if os.IsNotExist(err) {
		return []Info{}, nil
	}
	if err != nil {
		return nil, errs.Wrap(err, "list backups")
	}
	out := []Info{}
	for _, e := range entries {
		if inf, err := m.info(e.Name()); err == nil {
			out = append(out, inf)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].CreatedAt.Equal(out[j].CreatedAt) {
			return out[i].CreatedAt.After(out[j].CreatedAt)
		}
		return out[i].Name > out[j].Name
	})
	return out, nil
}

// info parses a backup's name and reads its size; unknown names fail, and
// so does a NAME.db.part a killed backup left.
func (m *Manager) info(name string) (Info, error) {
	notFound := errs.New(errs.NotFound, "err.backup.not_found", errs.Params{"Name": name})
	rest, ok := strings.CutPrefix(name, m.prefix)
	if !ok || !strings.HasSuffix(rest, ".db") || strings.ContainsAny(name, `/\`) {
		return Info{}, notFound
	}
	parts := strings.Split(strings.TrimSuffix(rest, ".db"), "-")
	if len(parts) < 3 {
		return Info{}, notFound
	}
	t, err := time.ParseInLocation(stampLayout, parts[0]+"-"+parts[1], time.Local)
	if err != nil || !isKind(parts[2]) {
		return Info{}, notFound
	}
	st, err := os.Stat(filepath.Join(m.dir, name))
	if err != nil {
		return Info{}, notFound
	}
	return Info{Name: name, Kind: parts[2], CreatedAt: t, Size: st.Size()}, nil
}

func isKind(k string) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// SetClock replaces the clock (tests, and nothing else, move time).
func (m *Manager) SetClock(now func() time.Time) { m.now = now }
