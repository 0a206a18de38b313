package chatlog

import (
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	cases := []struct {
		text string
		hint Kind
		want Kind
	}{
		{"hello", "", KindMessage},
		{"#接龙\n1. 小明", "", KindJielong},
		{"  #接龍 週六", "", KindJielong},
		{"#group note saturday", "", KindJielong},
		{"@所有人 #接龙 报名", "", KindJielong},
		{"@小红\u2005@小明 #接龙", "", KindJielong},
		{"说明\n#接龙", "", KindMessage}, // not on the first line
		{"#接龙 in a quote", KindReply, KindJielong},
		{"sure", KindReply, KindReply},
		{"@bob sure", KindReply, KindReply},
		{"[红包]恭喜发财", "", KindTip},
		{"[转账]", "", KindTip},
		{"<Media omitted>", "", KindPost},
		{"\u200eimage omitted", "", KindPost},
		{"<附件：IMG-1.jpg>", "", KindPost},
		{"[图片]", "", KindPost},
		{"[链接]新视频", "", KindPost},
		{"签到", "", KindCheckin},
		{"#打卡 第3天", "", KindCheckin},
		{"打卡\n今天跑了5公里", "", KindMessage},                          // not one line
		{"打卡" + strings.Repeat("！", maxCheckin), "", KindMessage}, // too long
		{"@Anna thanks", "", KindMention},
		{"thanks @Anna", "", KindMention},
		{"mail me at a@b.com", "", KindMessage},
		{"@ nobody", "", KindMessage},
		{"", "", KindMessage},
	}
	for _, c := range cases {
		if got := classify(c.text, c.hint); got != c.want {
			t.Errorf("classify(%q, %q) = %q, want %q", c.text, c.hint, got, c.want)
		}
	}
}
