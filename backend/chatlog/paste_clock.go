package chatlog

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// clockExpr matches the times chat clients show when messages are copied:
// an optional date (2026/12/1, 2026-12-01, 2026年12月1日, 12月1日, 12/1,
// 昨天, 星期一), an optional 上午/下午, then H:MM with optional seconds and
// AM/PM. Its ten groups are read by readClock.
const clockExpr = `(?:(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{1,2})[月/-](\d{1,2})日?|(昨天|前天|今天|昨日|星期[一二三四五六日天]|周[一二三四五六日天]))?\s*` +
	`(上午|下午|凌晨|早上|中午|晚上)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp]\.?\s?[Mm]\.?))?`

// clockGroups is how many groups clockExpr has.
const clockGroups = 11

var clockOnly = regexp.MustCompile(`^` + clockExpr + `$`)

// weekdays maps the Chinese day names to time.Weekday.
var weekdays = map[string]time.Weekday{"一": time.Monday, "二": time.Tuesday, "三": time.Wednesday,
	"四": time.Thursday, "五": time.Friday, "六": time.Saturday, "日": time.Sunday, "天": time.Sunday}

// clock is a time read from a paste.
type clock struct {
	time  time.Time // wall clock in time.UTC
	valid bool      // false for impossible dates and times
}

// readClock reads the clockExpr groups m (strings, "" when absent). day
// (the operator's) is the reference of 昨天 and the year of 12月1日;
// undated is the date of a time written without one.
func readClock(m []string, day, undated time.Time) clock {
	y, mo, d := undated.Date()
	var c clock
	switch {
	case m[0] != "":
		y, mo, d = atoi(m[0]), time.Month(atoi(m[1])), atoi(m[2])
	case m[3] != "":
		y, mo, d = day.Year(), time.Month(atoi(m[3])), atoi(m[4])
		if time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).After(day) {
			y-- // 12月30日 pasted on January 2nd
		}
	case m[5] != "":
		y, mo, d = relativeDay(m[5], day).Date()
	}
	h, ok := hour24(atoi(m[7]), halfOf(m[6]+m[10]))
	t, valid := wall(y, int(mo), d, h, atoi(m[8]), atoi(m[9]))
	c.time, c.valid = t, ok && valid
	return c
}

// relativeDay is the date a word such as 昨天 or 星期三 means, seen on day:
// a weekday is the last one before day.
func relativeDay(word string, day time.Time) time.Time {
	switch word {
	case "今天":
		return day
	case "昨天", "昨日":
		return day.AddDate(0, 0, -1)
	case "前天":
		return day.AddDate(0, 0, -2)
	}
	_, name := cutRunes(word, 1)
	if word[:3] == "星" {
		_, name = cutRunes(word, 2)
	}
	back := (int(day.Weekday())-int(weekdays[name])+6)%7 + 1
	return day.AddDate(0, 0, -back)
}

// cutRunes splits s after n runes.
func cutRunes(s string, n int) (string, string) {
	for i := range s {
		if n == 0 {
			return s[:i], s[i:]
		}
		n--
	}
	return s, ""
}

// mayBeClock is a quick test before clockExpr on a whole line: it starts
// with a digit or a word that may start a time (昨天, 星期一, 下午, ...).
func mayBeClock(line string) bool {
	if line == "" {
		return false
	}
	if c := line[0]; c >= '0' && c <= '9' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	return strings.ContainsRune("昨前今星周上下凌早中晚", r)
}

// mayEndInClock is a quick test before an expression ending in clockExpr:
// the line ends with a digit or an AM/PM mark.
func mayEndInClock(line string) bool {
	if line == "" {
		return false
	}
	c := line[len(line)-1] | 0x20
	return c >= '0' && c <= '9' || c == 'm' || c == '.'
}

// isClockLine tells whether line is only a time.
func isClockLine(line string) bool { return mayBeClock(line) && clockOnly.MatchString(line) }

// dateLineRe matches a line that is only a date, as clients write between
// the days of a chat: `2026年12月1日 星期二`, `— 2026-12-01 —`, `12月1日`, `昨天`.
var dateLineRe = regexp.MustCompile(`^[-—─=\s]*(?:(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{1,2})月(\d{1,2})日|(昨天|前天|今天))` +
	`(?:\s*(?:星期|周)[一二三四五六日天])?[-—─=\s]*$`)

// maxDateLine is the longest line still read as a date line.
const maxDateLine = 60

// readDateLine reads a date line seen on day: the date, whether it is a
// possible one, and whether line is a date line at all.
func readDateLine(line string, day time.Time) (date time.Time, valid, ok bool) {
	if len(line) > maxDateLine || !strings.ContainsAny(line, "0123456789天") {
		return time.Time{}, false, false
	}
	m := dateLineRe.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, false, false
	}
	groups := append(m[1:7:7], "", "0", "00", "", "") // midnight
	c := readClock(groups, day, day)
	return c.time, c.valid, true
}
