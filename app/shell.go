package app

import (
	"path/filepath"
	"strings"

	"qunzhu/backend/store"
	"qunzhu/locales"
)

// ShellAPI serves the app shell: where the data lives and the strings.
type ShellAPI struct{ a *App }

// Workspace describes the open database.
func (s *ShellAPI) Workspace() (_ WorkspaceDTO, err error) {
	defer s.a.catchPanic(&err)
	if s.a.startErr != nil {
		return WorkspaceDTO{DBPath: s.a.dbPath, Version: Version, Language: s.a.language()}, s.a.startErr
	}
	ws := s.a.ws
	v, err := ws.DB.Version(s.a.call())
	if err != nil {
		return WorkspaceDTO{}, err
	}
	n, err := ws.Groups.Active(s.a.call())
	base := filepath.Base(ws.DB.Path())
	return WorkspaceDTO{
		Name: strings.TrimSuffix(base, filepath.Ext(base)), DBPath: ws.DB.Path(),
		DataDir: ws.Dir, BackupDir: ws.Backups.Dir(), LogPath: ws.LogPath(),
		Version: Version, SchemaVersion: v, Language: s.a.language(), Groups: n,
	}, err
}

// Catalog returns a language's strings, placeholders written {Name}.
func (s *ShellAPI) Catalog(lang string) (_ map[string]string, err error) {
	defer s.a.catchPanic(&err)
	return locales.Catalog(lang), nil
}

// Languages lists the languages the app speaks, each named in itself.
func (s *ShellAPI) Languages() (_ []LanguageDTO, err error) {
	defer s.a.catchPanic(&err)
	return []LanguageDTO{{"zh-CN", "简体中文"}, {"zh-TW", "繁體中文"}, {"en", "English"}}, nil
}

// LatestSchema is the schema version this build writes.
func (s *ShellAPI) LatestSchema() (_ int, err error) {
	defer s.a.catchPanic(&err)
	return store.LatestVersion(), nil
}
