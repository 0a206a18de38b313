package fold

import "testing"

func TestLikeness(t *testing.T) {
	for _, c := range [][2]string{{"陳小明", "陈小明"}, {"✨王伟✨", "王伟"}, {"ＡＢ", "ab"}, {"廣告🌸", "广告"}} {
		if Likeness(c[0]) != Likeness(c[1]) {
			t.Errorf("Likeness(%q) = %q, Likeness(%q) = %q", c[0], Likeness(c[0]), c[1], Likeness(c[1]))
		}
	}
	if Likeness("王伟") == Likeness("王玮") {
		t.Error("王伟 and 王玮 look alike")
	}
}
