package fold

import (
	"strings"
	"testing"
)

func TestSimplified(t *testing.T) {
	tests := []struct{ in, want string }{
		{"陳", "陈"},
		{"陈", "陈"},
		{"廣告", "广告"},
		{"頭髮", "头发"},
		{"單曉明", "单晓明"},
		{"張三 Tom😀", "张三 Tom😀"},
		{"曾", "曾"},
		{"乾", "干"}, // first of OpenCC's forms
		{"Tom", "Tom"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Simplified(tt.in); got != tt.want {
			t.Errorf("Simplified(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A part of a name folds to a part of the folded name, so substring search
// finds it.
func TestSimplifiedKeepsSubstrings(t *testing.T) {
	whole := Simplified("乾淨的頭髮與廣告")
	for _, part := range []string{"乾淨", "頭髮", "髮與廣", "告"} {
		if !strings.Contains(whole, Simplified(part)) {
			t.Errorf("Simplified(%q) = %q not in %q", part, Simplified(part), whole)
		}
	}
}

func BenchmarkSimplified(b *testing.B) {
	for b.Loop() {
		Simplified("陳小華的廣告Tom")
	}
}
