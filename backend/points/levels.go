package points

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// Level is a name for members with at least Min all-time points, and the
// perks it brings (shown, pasted into announcements).
type Level struct {
	Name  string `json:"name"`
	Min   int    `json:"min"`
	Perks string `json:"perks"`
}

// DefaultLevels are 新人 / 活跃粉 / 铁杆 / 元老 in the language given.
func DefaultLevels(lang string) []Level {
	out := []Level{}
	for _, l := range []struct {
		name, perks string
		min         int
	}{{"ui.engagement.points.level1.name", "ui.engagement.points.level1.perks", 0},
		{"ui.engagement.points.level2.name", "ui.engagement.points.level2.perks", 100},
		{"ui.engagement.points.level3.name", "ui.engagement.points.level3.perks", 500},
		{"ui.engagement.points.level4.name", "ui.engagement.points.level4.perks", 2000}} {
		out = append(out, Level{Name: locales.Localize(lang, l.name, nil), Min: l.min,
			Perks: locales.Localize(lang, l.perks, nil)})
	}
	return out
}

// ValidateLevels checks levels: 1 to MaxLevels, named, the first from 0,
// thresholds strictly rising. Problems are reported as levels.N.field.
func ValidateLevels(levels []Level) error {
	f := errs.Fields{}
	if len(levels) == 0 || len(levels) > MaxLevels {
		f.Add("levels", "err.points.levels", errs.Params{"Max": MaxLevels})
		return f.Err()
	}
	for i, l := range levels {
		row := "levels." + strconv.Itoa(i+1) + "."
		if n := utf8.RuneCountInString(strings.TrimSpace(l.Name)); n == 0 || n > maxLevelLen {
			f.Add(row+"name", "err.points.level_name", errs.Params{"Row": i + 1, "Max": maxLevelLen})
		}
		if utf8.RuneCountInString(l.Perks) > maxPerks {
			f.Add(row+"perks", "err.points.perks", errs.Params{"Row": i + 1, "Max": maxPerks})
		}
		if (i == 0 && l.Min != 0) || (i > 0 && l.Min <= levels[i-1].Min) || l.Min > 100*MaxManual {
			f.Add(row+"min", "err.points.level_min", errs.Params{"Row": i + 1})
		}
	}
	return f.Err()
}

// LevelOf is the highest level whose threshold points reach; the first
// level for fewer points than any (negative totals).
func LevelOf(levels []Level, points int64) Level {
	if len(levels) == 0 {
		return Level{}
	}
	out := levels[0]
	for _, l := range levels[1:] {
		if points >= int64(l.Min) {
			out = l
		}
	}
	return out
}
