package polls

import (
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
