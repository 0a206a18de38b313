package app

import "qunzhu/backend/settings"

// SettingsAPI reads and changes the user's preferences.
type SettingsAPI struct{ a *App }

// Get returns the settings.
func (s *SettingsAPI) Get() (_ SettingsDTO, err error) {
	defer s.a.catchPanic(&err)
	v, err := s.a.ws.Settings.Get(s.a.call())
	return toSettingsDTO(v), err
}

// Update changes the fields that are set and returns the result.
func (s *SettingsAPI) Update(p SettingsPatch) (_ SettingsDTO, err error) {
	defer s.a.catchPanic(&err)
	v, err := s.a.ws.Settings.Update(s.a.call(), settings.Patch(p))
	if err != nil {
		return SettingsDTO{}, err
	}
	if p.Language != nil {
		s.a.setLanguage(s.a.resolveLanguage())
	}
	if p.Theme != nil {
		lookFor(v.Theme, systemPrefersDark()).apply(s.a.call())
	}
	return toSettingsDTO(v), nil
}
