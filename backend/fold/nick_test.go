package fold

import "testing"

func TestNick(t *testing.T) {
	cases := []struct{ in, want string }{
		{"✨小 明✨", "小明"},
		{"ＡＢＣ😀", "abc"},
		{"  Tom_Lee ", "tomlee"},
		{"小\u200b明\u200d\ufeff", "小明"},
		{"❤️小红❤️", "小红"},             // heart + variation selector
		{"👨‍👩‍👧家", "家"},              // ZWJ sequence
		{"👍🏽阿强", "阿强"},               // skin tone modifier
		{"1️⃣号粉丝", "1号粉丝"},           // keycap
		{"𝐓𝐨𝐦", "tom"},               // mathematical bold
		{"Ｊｏｈｎ　Ｄｏｅ", "johndoe"},      // full width, ideographic space
		{"【官方】小店", "官方小店"},           // brackets
		{"José", "josé"},             // letters of any script
		{"Jose\u0301", "josé"},       // NFKC composes
		{"Мария", "мария"},           // Cyrillic
		{"a\tb\nc\x00d\x7f", "abcd"}, // controls
		{"", ""},
		{"😀😀", ""},
	}
	for _, c := range cases {
		if got := Nick(c.in); got != c.want {
			t.Errorf("Nick(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNickFastPathAgrees(t *testing.T) {
	for _, s := range []string{"Tom_Lee 123", "张三", "抖音号 UID", "QQ号", "a-b.c!@#$%^&*()", "\x00\t\n", "ABC小明xyz"} {
		fast, ok := plainNick(s)
		if !ok {
			t.Fatalf("plainNick(%q) not taken", s)
		}
		if slow := nickSlow(s); fast != slow {
			t.Errorf("plainNick(%q) = %q, slow path %q", s, fast, slow)
		}
	}
	if _, ok := plainNick("ＡＢＣ"); ok {
		t.Error("plainNick took full-width text")
	}
}
