package polls

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"qunzhu/backend/fold"
)

// Why a line of pasted votes was not counted (ui.polls.unread.* keys).
const (
	UnreadNoVote  = "no_vote"
	UnreadUnknown = "unknown_option"
	UnreadTooMany = "too_many"
	// UnreadInvalidName: the line's name is nothing but invisible marks.
	UnreadInvalidName = "invalid_name"
)

// verbs come before a choice: 选B, 投2号, 我选A, vote for 1.
var verbs = []string{"我投票", "我选", "我選", "我投", "投票给", "投票給", "投票", "选项", "選項", "支持", "vote for", "vote", "选", "選", "投"}

// suffixes after a choice: 2号, 2號, 2号选项.
var suffixes = []string{"号选项", "號選項", "号", "號", "选项", "選項"}

// normalize folds width, lowers case and drops trailing punctuation.
func normalize(s string) string {
	s = strings.ToLower(width.Narrow.String(s))
	return strings.TrimRightFunc(strings.TrimSpace(s), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || r == '~'
	})
}

// ParseChoices reads the vote part of a line: "A", "选B", "投2号", "1",
// "b+c", "AB", "1、3", or an option's own text. Choices are 0-based option
// indexes, sorted, without repeats. ok is false when s is not a vote;
// unknown is true when it names an option the poll does not have.
func ParseChoices(s string, options []string) (choices []int, ok, unknown bool) {
	v := normalize(s)
	if i := labelIndex(v, options); i >= 0 {
		return []int{i}, true, false
	}
	v = trimVerb(v)
	for _, suf := range suffixes {
		v = strings.TrimSuffix(v, suf)
	}
	if i := labelIndex(v, options); i >= 0 {
		return []int{i}, true, false
	}
	if strings.HasPrefix(v, "+") { // "+1" is "me too", not option 1
		return nil, false, false
	}
	tokens := strings.FieldsFunc(v, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("+,、､/&;和与與", r)
	})
	if len(tokens) == 0 {
		return nil, false, false
	}
	for _, tok := range tokens {
		got, good := tokenChoices(strings.TrimSuffix(strings.TrimSuffix(tok, "号"), "號"))
		if !good {
			return nil, false, false
		}
		choices = append(choices, got...)
	}
	slices.Sort(choices)
	choices = slices.Compact(choices)
	for _, c := range choices {
		if c >= len(options) {
			return choices, true, true
		}
	}
	return choices, true, false
}

func trimVerb(v string) string {
	for _, verb := range verbs {
		if rest, ok := strings.CutPrefix(v, verb); ok {
			return strings.TrimLeft(rest, " :：")
		}
	}
	return v
}

// tokenChoices reads "b", "12" or "abc" (one letter per option).
func tokenChoices(tok string) ([]int, bool) {
	if n, err := strconv.Atoi(tok); err == nil {
		if n < 1 || n > MaxOptions {
			return []int{MaxOptions}, n > 0 && len(tok) <= 3
		}
		return []int{n - 1}, true
	}
	if tok == "" || len(tok) > MaxOptions {
		return nil, false
	}
	out := make([]int, 0, len(tok))
	seen := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c < 'a' || c >= 'a'+MaxOptions || seen&(1<<(c-'a')) != 0 {
			return nil, false // "bob" is a name, not B+O+B
		}
		seen |= 1 << (c - 'a')
		out = append(out, int(c-'a'))
	}
	return out, true
}

// labelIndex finds an option whose text reads the same as v.
func labelIndex(v string, options []string) int {
	k := fold.Nick(v)
	if k == "" || utf8.RuneCountInString(k) < 2 {
		return -1
	}
	for i, o := range options {
		if fold.Nick(o) == k {
			return i
		}
	}
	return -1
}
