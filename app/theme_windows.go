package app

import "golang.org/x/sys/windows/registry"

// systemPrefersDark reads Windows' "choose your app mode" setting: apps are
// dark when AppsUseLightTheme is 0. One registry read, no process started.
func systemPrefersDark() bool {
	k, err := registry.OpenKey(registry.CURRENT_USER,
		`Software\Microsoft\Windows\CurrentVersion\Themes\Personalize`, registry.QUERY_VALUE)
	if err != nil {
		return false
	}
	defer k.Close()
	v, _, err := k.GetIntegerValue("AppsUseLightTheme")
	return err == nil && v == 0
}
