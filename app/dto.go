package app

import (
	"time"

	"qunzhu/backend/backup"
	"qunzhu/backend/groups"
	"qunzhu/backend/settings"
)

// GroupDTO is a group as the frontend and the CLI see it.
type GroupDTO struct {
	ID int64 `json:"id"`
	GroupInput
	Members    int    `json:"members"` // joined members
	Full       bool   `json:"full"`    // members >= capacity
	Archived   bool   `json:"archived"`
	ArchivedAt string `json:"archivedAt"` // RFC 3339, "" when active
	CreatedAt  string `json:"createdAt"`
	UpdatedAt  string `json:"updatedAt"`
}

// GroupInput is the form a group is created or edited with.
type GroupInput struct {
	Name            string `json:"name"`
	Platform        string `json:"platform"`
	Purpose         string `json:"purpose"`
	CustomPurpose   string `json:"customPurpose"`
	Capacity        int    `json:"capacity"`
	MinDaysFollowed int    `json:"minDaysFollowed"`
	MinFanLevel     int    `json:"minFanLevel"`
	IronFansOnly    bool   `json:"ironFansOnly"`
	JoinCode        string `json:"joinCode"`
	Announcement    string `json:"announcement"`
	Rules           string `json:"rules"`
}

func (in GroupInput) toDomain() groups.Input { return groups.Input(in) }

// ToGroupDTO converts a stored group.
func ToGroupDTO(g groups.Group) GroupDTO {
	d := GroupDTO{ID: g.ID, GroupInput: GroupInput(g.Input), Members: g.Members, Full: g.Full(),
		CreatedAt: rfc3339(g.CreatedAt), UpdatedAt: rfc3339(g.UpdatedAt)}
	if g.ArchivedAt != nil {
		d.Archived, d.ArchivedAt = true, rfc3339(*g.ArchivedAt)
	}
	return d
}

// ToGroupDTOs converts a list.
func ToGroupDTOs(gs []groups.Group) []GroupDTO {
	out := make([]GroupDTO, len(gs))
	for i, g := range gs {
		out[i] = ToGroupDTO(g)
	}
	return out
}

// SettingsDTO are the user's preferences.
type SettingsDTO struct {
	Language   string `json:"language"` // "" = follow the system
	Theme      string `json:"theme"`    // system | light | dark
	BackupKeep int    `json:"backupKeep"`
}

// SettingsPatch changes some settings; null fields stay.
type SettingsPatch struct {
	Language   *string `json:"language"`
	Theme      *string `json:"theme"`
	BackupKeep *int    `json:"backupKeep"`
}

func toSettingsDTO(s settings.Settings) SettingsDTO { return SettingsDTO(s) }

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

// WorkspaceDTO tells the frontend where its data lives.
type WorkspaceDTO struct {
	Name          string `json:"name"` // the database file's name without extension
	DBPath        string `json:"dbPath"`
	DataDir       string `json:"dataDir"`
	BackupDir     string `json:"backupDir"`
	LogPath       string `json:"logPath"`
	Version       string `json:"version"`
	SchemaVersion int    `json:"schemaVersion"`
	Language      string `json:"language"` // the effective language
	Groups        int    `json:"groups"`   // active groups: with any, the app opens on the dashboard
}

// LanguageDTO is one language the app speaks, named in itself.
type LanguageDTO struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func rfc3339(t time.Time) string { return t.Format(time.RFC3339) }
