package sheets

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"qunzhu/backend/errs"
)

var (
	// 2024-01-02, 2024/1/2, 2024.1.2, 2024年1月2日, optionally followed by a time.
	ymd       = regexp.MustCompile(`(?i)^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$`)
	compact8  = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`) // 20240102
	serial    = regexp.MustCompile(`^\d{1,6}(?:\.\d+)?$`)     // Excel date serial
	excelDay0 = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC) // serial 0, past the 1900 leap-year bug
)

// minYear: nobody followed anyone on these platforms before it.
const minYear = 1990

// parseDate reads a follow date written as 2024-01-02, 2024/1/2, 2024.1.2,
// 2024年1月2日 (a time after it is ignored), 20240102, or an Excel date
// serial (45293 = 2024-01-02). It returns midnight UTC of that day, and
// refuses days before 1990 or after today.
func parseDate(s string, today time.Time) (time.Time, *cellError) {
	d, ok := readDate(compactDate(s))
	if !ok || d.Year() < minYear {
		return time.Time{}, &cellError{"err.member.date", errs.Params{"Value": s}}
	}
	if d.After(today) {
		return time.Time{}, &cellError{"err.member.date_future", errs.Params{"Value": s}}
	}
	return d, nil
}

func readDate(s string) (time.Time, bool) {
	if m := ymd.FindStringSubmatch(s); m != nil {
		return civil(m[1], m[2], m[3])
	}
	if m := compact8.FindStringSubmatch(s); m != nil {
		return civil(m[1], m[2], m[3])
	}
	if serial.MatchString(s) {
		days, _ := strconv.Atoi(strings.SplitN(s, ".", 2)[0])
		return excelDay0.AddDate(0, 0, days), true
	}
	return time.Time{}, false
}

// civil builds a date, refusing ones like February 30th.
func civil(ys, ms, ds string) (time.Time, bool) {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// dateOf is midnight UTC of t's calendar day where t is.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// compactDate lowercases s and folds full-width forms, keeping spaces.
func compactDate(s string) string {
	return strings.ToLower(narrow(s))
}
