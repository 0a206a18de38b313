package fold

import "testing"

func TestName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"王伟", "王伟"},
		{" 王伟 ", "王伟"},
		{"王伟🌸", "王伟🌸"},
		{"Tom", "Tom"},
		{"ＴＯＭ", "ＴＯＭ"},
		{"\ufeff小美", "小美"},
		{"小\u200b美", "小美"},
		{"\u202e小美\u202c", "小美"},
		{"\u2066小美\u2069", "小美"},
		{"\u200e\u200f小美", "小美"},
		{"小\u00a0美", "小\u00a0美"},
		{"a\tb\nc", "a b c"},
		{"👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"\u200d小美\u200d", "小美"},
		{"e\u0301", "\u00e9"}, // NFC
		{"\u200b\u202e", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Name(tt.in); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzName(f *testing.F) {
	for _, s := range []string{"王伟🌸", "\u202e小美", "👨\u200d👩\u200d👧", "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Name(s)
		if Name(n) != n {
			t.Fatalf("Name is not idempotent: %q → %q → %q", s, n, Name(n))
		}
	})
}
