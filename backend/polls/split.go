package polls

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitLine splits a line into the voter's name and the choices; reason
// is set when no vote could be read.
func SplitLine(text string, options []string) (name string, choices []int, reason string) {
	reason = UnreadNoVote
	for _, cand := range splits(text) {
		c, ok, unknown := ParseChoices(cand.vote, options)
		switch {
		case ok && !unknown:
			return cand.name, c, ""
		case ok && reason == UnreadNoVote:
			name, reason = cand.name, UnreadUnknown
		}
	}
	return name, nil, reason
}

type split struct{ name, vote string }

// splits are the ways a line can divide into a name and a vote, most
// likely first: all vote; "name: vote"; "name 选B"; "name vote"; "阿花A".
func splits(text string) []split {
	out := []split{{"", text}}
	if i := strings.IndexAny(text, ":："); i > 0 {
		_, w := utf8.DecodeRuneInString(text[i:])
		out = append(out, split{cleanName(text[:i]), text[i+w:]})
	}
	low := strings.ToLower(text)
	for _, verb := range verbs { // longest first: "我选" before "选"
		if i := strings.LastIndex(low, verb); i > 0 && len(low) == len(text) {
			out = append(out, split{cleanName(text[:i]), text[i:]})
			break
		}
	}
	if i := strings.LastIndexFunc(text, unicode.IsSpace); i > 0 {
		out = append(out, split{cleanName(text[:i]), text[i+1:]})
	}
	if s, ok := trailingChoice(text); ok {
		out = append(out, s)
	}
	return out
}

// trailingChoice splits "阿花A" / "小明2": a Latin letter or digit right
// after a non-Latin name.
func trailingChoice(text string) (split, bool) {
	last, w := utf8.DecodeLastRuneInString(text)
	if w == 0 || last >= utf8.RuneSelf || !(unicode.IsLetter(last) || unicode.IsDigit(last)) {
		return split{}, false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:len(text)-w])
	if prev < utf8.RuneSelf {
		return split{}, false
	}
	return split{cleanName(text[:len(text)-w]), text[len(text)-w:]}, true
}

func senderName(s string) string {
	return strings.TrimSpace(idSuffix.ReplaceAllString(strings.TrimSpace(s), ""))
}

var entryNumber = regexp.MustCompile(`^\d{1,4}\s*[.、．]\s*`)

func cleanName(s string) string {
	s = entryNumber.ReplaceAllString(strings.TrimSpace(s), "")
	return strings.TrimSpace(strings.TrimPrefix(s, "@"))
}
