package app

import "qunzhu/backend/settings"

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
