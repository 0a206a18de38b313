package locales

import "golang.org/x/sys/windows"

// System returns the user's preferred UI language.
func System() string {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return ""
	}
	return langs[0]
}
