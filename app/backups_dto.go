package app

import "qunzhu/backend/backup"

// BackupDTO describes a backup file.
type BackupDTO struct {
	Name      string `json:"name"`
	Kind      string `json:"kind"` // daily | manual | premigrate | prerestore
	CreatedAt string `json:"createdAt"`
	SizeBytes int64  `json:"sizeBytes"`
}

// ToBackupDTO converts backup info.
func ToBackupDTO(b backup.Info) BackupDTO {
	return BackupDTO{Name: b.Name, Kind: b.Kind, CreatedAt: rfc3339(b.CreatedAt), SizeBytes: b.Size}
}

// ToBackupDTOs converts a list.
func ToBackupDTOs(bs []backup.Info) []BackupDTO {
	out := make([]BackupDTO, len(bs))
	for i, b := range bs {
		out[i] = ToBackupDTO(b)
	}
	return out
}
