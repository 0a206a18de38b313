package backup

import (
	"context"
	"os"
	"path/filepath"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// EnsureDaily makes today's daily backup unless one exists, then prunes the
// automatic backups to the newest keep of each kind. It reports whether a
// backup was made.
func (m *Manager) EnsureDaily(ctx context.Context, keep int) (bool, error) {
	list, err := m.List()
	if err != nil {
		return false, err
	}
	today := m.now().Format("20060102")
	made := false
	if !hasDailyOn(list, today) {
		if _, err := m.Create(ctx, Daily); err != nil {
			return false, err
		}
		made = true
	}
	return made, m.Prune(keep)
}

func hasDailyOn(list []Info, day string) bool {
	for _, b := range list {
		if b.Kind == Daily && b.CreatedAt.Format("20060102") == day {
			return true
		}
	}
	return false
}

// Prune deletes all but the newest keep backups of each automatic kind.
// Backups made by hand are never deleted.
func (m *Manager) Prune(keep int) error {
	list, err := m.List()
	if err != nil {
		return err
	}
	seen := map[string]int{}
	for _, b := range list { // newest first
		if b.Kind == Manual {
			continue
		}
		seen[b.Kind]++
		if seen[b.Kind] > keep {
			if err := os.Remove(filepath.Join(m.dir, b.Name)); err != nil {
				return errs.Wrap(err, "prune backup")
			}
		}
	}
	return nil
}

// Restore replaces the database's content with the named backup, after
// backing up the current content (returned, so the restore can be undone).
func (m *Manager) Restore(ctx context.Context, name string) (Info, error) {
	if _, err := m.info(name); err != nil {
		return Info{}, err
	}
	return m.RestoreFile(ctx, filepath.Join(m.dir, name))
}

// RestoreFile restores from any database file made by Qunzhu.
func (m *Manager) RestoreFile(ctx context.Context, path string) (Info, error) {
	if _, err := store.Inspect(ctx, path); err != nil {
		return Info{}, err
	}
	safety, err := m.Create(ctx, PreRestore)
	if err != nil {
		return Info{}, err
	}
	if err := m.db.RestoreFrom(ctx, path); err != nil {
		return safety, m.putBack(ctx, safety, err)
	}
	return safety, nil
}

// putBack restores the safety backup after a restore failed part way (the
// file changed after it was checked, or would not migrate), and returns
// the restore's error.
func (m *Manager) putBack(ctx context.Context, safety Info, failed error) error {
	if err := m.db.RestoreFrom(ctx, filepath.Join(m.dir, safety.Name)); err != nil {
		return errs.Wrap(err, "put the data back after a failed restore")
	}
	return failed
}

// Export writes a backup to a path of the user's choosing.
func (m *Manager) Export(ctx context.Context, path string) (int64, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0, errs.Wrap(err, "resolve backup path")
	}
	if err := m.writeFile(ctx, abs); err != nil {
		return 0, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return 0, errs.Wrap(err, "stat backup")
	}
	return st.Size(), nil
}
