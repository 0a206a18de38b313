package app

import "qunzhu/backend/backup"

// BackupsAPI lists, makes and restores backups.
type BackupsAPI struct{ a *App }

// List returns the backups, newest first.
func (b *BackupsAPI) List() (_ []BackupDTO, err error) {
	defer b.a.catchPanic(&err)
	list, err := b.a.ws.Backups.List()
	return ToBackupDTOs(list), err
}

// Create makes a backup now.
func (b *BackupsAPI) Create() (_ BackupDTO, err error) {
	defer b.a.catchPanic(&err)
	info, err := b.a.ws.Backups.Create(b.a.call(), backup.Manual)
	if err != nil {
		return BackupDTO{}, err
	}
	return ToBackupDTO(info), nil
}

// Restore replaces the data with a backup's, after backing up the current
// data; it returns that safety backup so the restore can be undone.
func (b *BackupsAPI) Restore(name string) (_ BackupDTO, err error) {
	defer b.a.catchPanic(&err)
	safety, err := b.a.ws.Restore(b.a.call(), name)
	if err != nil {
		return BackupDTO{}, err
	}
	b.a.setLanguage(b.a.resolveLanguage())
	b.a.emitRestored(name)
	return ToBackupDTO(safety), nil
}
