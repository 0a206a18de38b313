package fold

import "testing"

func TestKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ＡＢＣ", "abc"},
		{"  Fan   Club ", "fan club"},
		{"铁粉群　一号", "铁粉群 一号"}, // ideographic space
		{"Ｑｕｎｚｈｕ１２３", "qunzhu123"},
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
