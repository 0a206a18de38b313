package backup

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"qunzhu/backend/errs"
)

// partSuffix marks a backup still being written. A kill leaves at most a
// NAME.part behind: it never counts as a backup (List reads only .db
// names) and the next backup into the folder removes it.
const partSuffix = ".part"

// writeFile writes a backup to dest so that dest either does not exist or
// is complete: VACUUM INTO dest.part, fsync it, rename it to dest, fsync
// the folder so the rename itself survives a power cut.
func (m *Manager) writeFile(ctx context.Context, dest string) error {
	if fileExists(dest) {
		return errs.New(errs.Conflict, "err.backup.exists", errs.Params{"Name": filepath.Base(dest)})
	}
	part := dest + partSuffix
	if err := os.Remove(part); err != nil && !os.IsNotExist(err) {
		return errs.Wrap(err, "remove stale "+part)
	}
	if err := m.db.VacuumInto(ctx, part); err != nil {
		os.Remove(part)
		return err
	}
	if err := syncPath(part); err != nil {
		os.Remove(part)
		return errs.Wrap(err, "sync "+part)
	}
	if err := os.Rename(part, dest); err != nil {
		os.Remove(part)
		return errs.Wrap(err, "rename "+part)
	}
	return errs.Wrap(syncDir(filepath.Dir(dest)), "sync "+filepath.Dir(dest))
}

// removeStaleParts deletes what killed backups left in the folder.
func (m *Manager) removeStaleParts() error {
	entries, err := os.ReadDir(m.dir)
	if err != nil {
		return errs.Wrap(err, "list backups")
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, m.prefix) && strings.HasSuffix(n, partSuffix) {
			if err := os.Remove(filepath.Join(m.dir, n)); err != nil && !os.IsNotExist(err) {
				return errs.Wrap(err, "remove stale "+n)
			}
		}
	}
	return nil
}

func syncPath(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a rename in dir durable. Windows cannot open a folder for
// syncing, and its renames are journaled by NTFS, so it is skipped there.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	return syncPath(dir)
}
