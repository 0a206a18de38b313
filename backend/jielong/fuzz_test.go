package jielong

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, name := range []string{"standard.txt", "mention.txt", "english.txt", "traditional.txt", "numbered_topics.txt"} {
		f.Add(readSeed(name))
	}
	f.Add("#接龙\n1.\n2.\n1. a\n")
	f.Fuzz(func(t *testing.T, text string) {
		n, err := Parse(text)
		if err != nil {
			return
		}
		last := 0
		for _, e := range n.Entries {
			if e.N <= last {
				t.Fatalf("entry numbers not increasing: %+v", n.Entries)
			}
			last = e.N
			if strings.TrimSpace(e.Text) == "" {
				t.Fatalf("empty entry kept: %+v", e)
			}
		}
		if utf8.ValidString(text) && !utf8.ValidString(n.Title) {
			t.Fatalf("title %q is not UTF-8", n.Title)
		}
	})
}

func FuzzGenerate(f *testing.F) {
	f.Add("投票", "A. 一", "昵称 A")
	f.Fuzz(func(t *testing.T, title, topic, ex string) {
		if !utf8.ValidString(title + topic + ex) {
			return
		}
		text := Generate(Template{Title: title, Topics: []string{topic}, Example: ex})
		n, err := Parse(text)
		if err != nil {
			t.Fatalf("generated text does not parse: %q: %v", text, err)
		}
		if len(n.Entries) != 0 {
			t.Fatalf("generated text has entries: %+v", n.Entries)
		}
	})
}

func readSeed(name string) string {
	b, _ := osReadFile("testdata/" + name)
	return string(b)
}

var osReadFile = os.ReadFile
