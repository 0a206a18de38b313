package chatlog

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"qunzhu/backend/errs"
)

func TestParsePasteKeys(t *testing.T) {
	b := readFixture(t, "paste/bracket.txt")
	keys := func() []string {
		var out []string
		_, _, err := ParsePaste(bytes.NewReader(b), PasteOptions{Day: pasteDay}, func(e Event) error {
			out = append(out, e.Key)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	first, again := keys(), keys()
	seen := map[string]bool{}
	for i := range first {
		if first[i] != again[i] {
			t.Errorf("event %d: key %s, then %s on the same paste", i, first[i], again[i])
		}
		if seen[first[i]] {
			t.Errorf("event %d: key %s given twice (lines 3 and 4 are the same words in the same minute)", i, first[i])
		}
		seen[first[i]] = true
	}
}

func FuzzParsePaste(f *testing.F) {
	files, _ := filepath.Glob("testdata/paste/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("小明 2026/2/30 20:01\n你好\n"))
	f.Add([]byte("[99:99] a：b\n:\n：\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		lines := bytes.Count(in, []byte("\n")) + 1
		prev := 1
		_, st, err := ParsePaste(bytes.NewReader(in), PasteOptions{Day: pasteDay, Skipped: func(line int, reason, _ string) {
			if line < 1 || line > lines || reason == "" {
				t.Fatalf("skip at line %d of %d, reason %q", line, lines, reason)
			}
		}}, func(e Event) error {
			if e.Line < prev || e.Line > lines || e.Key == "" || e.Kind == "" || e.Time.IsZero() ||
				!utf8.ValidString(e.Text) || !utf8.ValidString(e.Sender) {
				t.Fatalf("event %+v after line %d of %d", e, prev, lines)
			}
			prev = e.Line
			return nil
		})
		if err != nil && errs.CodeOf(err) != errs.Invalid {
			t.Fatalf("error %v, want an Invalid one", err)
		}
		if st.Events+st.System+st.Unreadable > 2*lines {
			t.Fatalf("stats %+v for %d lines", st, lines)
		}
	})
}

// Any marked sample either is refused with a reason or gives a pattern
// that compiles and reads a paste without failing.
func FuzzLearn(f *testing.F) {
	f.Add("<<", "小鹿🦌", ">> @ ", "20:01", " | 今晚直播", false)
	f.Add("", "阿泽", " ", "昨天 下午 8:01", "：你好", true)
	f.Add("[(", "a.*b", ")]", "2026/12/1 20:01:33", "", false)
	f.Fuzz(func(t *testing.T, before, name, between, clock, after string, timeFirst bool) {
		pt, err := Learn(Sample{Before: before, Name: name, Between: between, Time: clock, After: after, TimeFirst: timeFirst})
		if err != nil {
			if errs.CodeOf(err) != errs.Invalid {
				t.Fatalf("error %v, want an Invalid one", err)
			}
			return
		}
		line := before + name + between + clock + after
		if timeFirst {
			line = before + clock + between + name + after
		}
		_, _, err = ParsePaste(bytes.NewReader([]byte(line+"\n"+line+"\n")), PasteOptions{Day: pasteDay, Pattern: &pt}, func(Event) error { return nil })
		if err != nil && errs.CodeOf(err) != errs.Invalid {
			t.Fatalf("error %v, want an Invalid one", err)
		}
	})
}
