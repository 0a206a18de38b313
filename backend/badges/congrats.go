package badges

import (
	"strings"

	"qunzhu/locales"
)

// Label is a badge's name in lang, with the thresholds it names.
func Label(lang, badge string, s Settings) string {
	days := s.StreakDays
	if badge == LongStreak {
		days = s.LongStreakDays
	}
	return locales.Localize(lang, "ui.engagement.badges.kind."+badge, map[string]any{"Days": days})
}

// Congratulation is the message to paste into the group for new badges:
// a line per badge naming its new holders (each once), in Kinds order.
// Qunzhu never sends it itself.
func Congratulation(lang string, s Settings, fresh []Holding) string {
	if len(fresh) == 0 {
		return ""
	}
	names := map[string][]string{}
	seen := map[string]bool{}
	for _, h := range fresh {
		if h.Source == "revoked" || seen[h.Badge+"\x00"+h.Nickname] {
			continue
		}
		seen[h.Badge+"\x00"+h.Nickname] = true
		names[h.Badge] = append(names[h.Badge], "@"+h.Nickname)
	}
	lines := []string{locales.Localize(lang, "ui.engagement.badges.congrats.heading", nil)}
	sep := locales.Localize(lang, "ui.common.list_sep", nil)
	for _, k := range Kinds {
		if len(names[k]) > 0 {
			lines = append(lines, locales.Localize(lang, "ui.engagement.badges.congrats.line",
				map[string]any{"Badge": Label(lang, k, s), "Names": strings.Join(names[k], sep)}))
		}
	}
	lines = append(lines, locales.Localize(lang, "ui.engagement.badges.congrats.closing", nil))
	return strings.Join(lines, "\n")
}
