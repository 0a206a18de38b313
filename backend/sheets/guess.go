package sheets

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"qunzhu/backend/fold"
)

// synonymKeys holds synonyms folded with fold.Nick; each field's own name
// ("platformId", "fanLevel") is one of them, so Qunzhu's exports map back.
var synonymKeys = foldSynonyms()

func foldSynonyms() map[string][]string {
	out := make(map[string][]string, len(synonyms))
	for field, names := range synonyms {
		for _, n := range append([]string{field}, names...) {
			out[field] = append(out[field], fold.Nick(n))
		}
	}
	return out
}

type candidate struct{ score, field, column int }

// GuessMapping guesses the column of each field from the headers. A header
// equal to a synonym beats one that merely contains it, and a longer
// synonym beats a shorter one; each column serves at most one field.
// Short Latin synonyms ("id", "qq", "lv") must match exactly.
func GuessMapping(headers []string) Mapping {
	var cands []candidate
	for c, h := range headers {
		key := fold.Nick(h)
		for f, field := range Fields {
			if s := bestScore(key, synonymKeys[field]); s > 0 {
				cands = append(cands, candidate{s, f, c})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return cmp.Or(b.score-a.score, a.column-b.column, a.field-b.field)
	})
	m, used := Mapping{}, map[int]bool{}
	for _, c := range cands {
		if _, done := m[Fields[c.field]]; !done && !used[c.column] {
			m[Fields[c.field]], used[c.column] = c.column, true
		}
	}
	return m
}

// bestScore scores header key against a field's synonyms: 0 for no match.
func bestScore(key string, syns []string) int {
	best := 0
	for _, s := range syns {
		n := utf8.RuneCountInString(s)
		switch {
		case key == "" || s == "":
		case key == s:
			best = max(best, 1000+n)
		case mayContain(s, n) && strings.Contains(key, s):
			best = max(best, n)
		}
	}
	return best
}

// mayContain: a synonym may match inside a longer header when it is
// Chinese or at least four letters long.
func mayContain(s string, runes int) bool {
	return runes >= 4 || strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// GuessPlatform tells the platform an export came from by its headers
// (抖音号 or sec_uid: douyin, QQ号: qq, 微信号 or wxid: wechat, ...), looking
// first at the guessed platformId column. "" when nothing tells.
func GuessPlatform(headers []string) string {
	if c := GuessMapping(headers).Column("platformId"); c >= 0 {
		if p := platformHint(headers[c]); p != "" {
			return p
		}
	}
	for _, h := range headers {
		if p := platformHint(h); p != "" {
			return p
		}
	}
	return ""
}

func platformHint(header string) string {
	key := fold.Nick(header)
	for _, h := range platformHints {
		if strings.Contains(key, h.fragment) {
			return h.platform
		}
	}
	return ""
}
