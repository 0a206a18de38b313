package fold

import "testing"

func TestPinyin(t *testing.T) {
	cases := []struct{ in, full, initials string }{
		{"张三", "zhangsan", "zs"},
		{"小A同学", "xiaoatongxue", "xatx"},
		{"ＡＢＣ", "abc", "abc"},
		{"李 四!", "lisi", "ls"},
		{"绿绿123", "lvlv123", "ll123"},
		{"重庆", "zhongqing", "zq"}, // go-pinyin's first reading
		{"😀", "", ""},
		{"", "", ""},
		{"Tom", "tom", "tom"},
	}
	for _, c := range cases {
		full, initials := Pinyin(c.in)
		if full != c.full || initials != c.initials {
			t.Errorf("Pinyin(%q) = (%q, %q), want (%q, %q)", c.in, full, initials, c.full, c.initials)
		}
	}
}
