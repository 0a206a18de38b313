package polls

import (
	"slices"
	"strings"
	"testing"

	"qunzhu/backend/fold"
)

func FuzzReadChat(f *testing.F) {
	for _, s := range []string{"阿花 A\n小红 选B\n", "[20:01] Tom: b+c", "小明 12:03\n选A", "投２号", "1. 小美 B\n哈哈", "\u202a小美\u202c A\n小美🌸 B\n\u200b C"} {
		f.Add(s, true, 2)
	}
	f.Fuzz(func(t *testing.T, text string, multiple bool, max int) {
		r := ReadChat(text, opts3, Rules{Multiple: multiple, Max: max})
		lines := len(strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n"))
		sum := 0
		named := map[string]bool{}
		for _, v := range r.Votes {
			if v.Name != fold.Name(v.Name) || (v.Name != "" && named[v.Name]) {
				t.Fatalf("voter %q: not an exact name, or voting twice", v.Name)
			}
			named[v.Name] = true
			if len(v.Choices) == 0 || v.Line < 1 || v.Line > lines {
				t.Fatalf("bad vote %+v", v)
			}
			for _, c := range v.Choices {
				if c < 0 || c >= len(opts3) {
					t.Fatalf("choice %d out of range: %+v", c, v)
				}
			}
			if !multiple && len(v.Choices) > 1 {
				t.Fatalf("single choice poll took %+v", v)
			}
			sum += len(v.Choices)
		}
		total := 0
		for _, n := range r.Tally {
			total += n
		}
		if total != sum {
			t.Fatalf("tally %v does not add up to %d choices", r.Tally, sum)
		}
		if len(r.Votes)+len(r.Unread)+len(r.Superseded) > lines {
			t.Fatalf("more results than lines")
		}
	})
}

func FuzzSplitLine(f *testing.F) {
	for _, s := range []string{"阿花 A", "[20:01] Tom: b+c", "小红：选２号", "投1、3", "+1", "我选幕后花絮", "abc", "vote for 12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		name, choices, reason := SplitLine(line, opts3)
		if (reason == "") != (len(choices) > 0) {
			t.Fatalf("SplitLine(%q) = %q %v %q: choices and reason disagree", line, name, choices, reason)
		}
		for _, c := range choices {
			if c < 0 || c >= len(opts3) {
				t.Fatalf("SplitLine(%q) chose %d of %d options", line, c, len(opts3))
			}
		}
	})
}

func FuzzParseChoices(f *testing.F) {
	for _, s := range []string{"A", "选B", "投2号", "1", "b+c", "AB", "1、3", "粉丝问答", "99", "+1", "ｂ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		choices, ok, unknown := ParseChoices(s, opts3)
		if !ok && (len(choices) > 0 || unknown) {
			t.Fatalf("ParseChoices(%q) = %v %v %v: not a vote, yet choices", s, choices, ok, unknown)
		}
		if ok && len(choices) == 0 {
			t.Fatalf("ParseChoices(%q): a vote without choices", s)
		}
		if !slices.IsSorted(choices) || len(slices.Compact(slices.Clone(choices))) != len(choices) {
			t.Fatalf("ParseChoices(%q) = %v: not sorted without repeats", s, choices)
		}
		outside := slices.IndexFunc(choices, func(c int) bool { return c < 0 || c >= len(opts3) }) >= 0
		if ok && outside != unknown {
			t.Fatalf("ParseChoices(%q) = %v, unknown %v", s, choices, unknown)
		}
	})
}
