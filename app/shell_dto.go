package app

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
