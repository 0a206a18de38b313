package sheets

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"qunzhu/backend/errs"
)

// cellError is why one cell is invalid.
type cellError struct {
	key    string
	params errs.Params
}

func badNumber(s string) *cellError {
	return &cellError{"err.member.number", errs.Params{"Value": s}}
}

func outOfRange(lo, hi int) *cellError {
	return &cellError{"err.field.range", errs.Params{"Min": lo, "Max": hi}}
}

// compact lowercases s, folds full-width forms and drops spaces:
// "Lv. ５" → "lv.5". It is for reading values, not for comparing names.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, narrow(s))
}

// narrow folds full-width forms (and the ideographic space) to ASCII,
// skipping the transform when s has none.
func narrow(s string) string {
	for _, r := range s {
		if r == '\u3000' || (r >= 0xFF00 && r <= 0xFFEF) {
			return width.Fold.String(s)
		}
	}
	return s
}

var wholeNumber = regexp.MustCompile(`^[+-]?\d{1,9}(\.0*)?$`)

// parseWhole reads a whole number, allowing a ".0" tail as spreadsheets
// write numbers.
func parseWhole(s string) (int, bool) {
	if !wholeNumber.MatchString(s) {
		return 0, false
	}
	s, _, _ = strings.Cut(s, ".")
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// parseDays reads days followed: "120", "120天", "120 days".
func parseDays(s string) (int, *cellError) {
	k := compact(s)
	for _, suffix := range []string{"days", "day", "天", "日", "d"} {
		k = strings.TrimSuffix(k, suffix)
	}
	n, ok := parseWhole(k)
	if !ok {
		return 0, badNumber(s)
	}
	if n < 0 || n > MaxDaysFollowed {
		return 0, outOfRange(0, MaxDaysFollowed)
	}
	return n, nil
}

// parseLevel reads a fan-club level: "5", "Lv.5", "LV 5", "5级", "Level 5".
func parseLevel(s string) (int, *cellError) {
	k := compact(s)
	for _, prefix := range []string{"level", "lv", "等级", "等級"} {
		k = strings.TrimPrefix(k, prefix)
	}
	k = strings.TrimLeft(k, ".:：")
	k = strings.TrimSuffix(strings.TrimSuffix(k, "级"), "級")
	n, ok := parseWhole(k)
	if !ok {
		return 0, badNumber(s)
	}
	if n < 0 || n > MaxFanLevel {
		return 0, outOfRange(0, MaxFanLevel)
	}
	return n, nil
}

var ironFanWords = map[string]bool{
	"是": true, "√": true, "✓": true, "✔": true, "铁粉": true, "鐵粉": true,
	"y": true, "yes": true, "true": true, "1": true,
	"否": false, "不是": false, "非铁粉": false, "非鐵粉": false, "×": false, "✗": false, "✘": false,
	"n": false, "no": false, "false": false, "0": false,
}

// parseIronFan reads yes/no in the ways people write it in a sheet.
func parseIronFan(s string) (bool, *cellError) {
	v, ok := ironFanWords[compact(s)]
	if !ok {
		return false, &cellError{"err.member.iron_fan", errs.Params{"Value": s}}
	}
	return v, nil
}

var tagSeparators = ",，;；|｜、\n"

// splitTags splits a tags cell, trims and drops empty tags, and removes
// repeats (case- and width-insensitively, keeping the first spelling).
func splitTags(s string) ([]string, *cellError) {
	var tags []string
	seen := map[string]bool{}
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(tagSeparators, r) }) {
		t = oneLine(Clean(t))
		k := strings.ToLower(narrow(t))
		if t == "" || seen[k] {
			continue
		}
		if len([]rune(t)) > MaxTag {
			return nil, &cellError{"err.field.too_long", errs.Params{"Max": MaxTag}}
		}
		seen[k] = true
		tags = append(tags, t)
	}
	return tags, nil
}
