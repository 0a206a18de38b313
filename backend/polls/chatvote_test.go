package polls

import (
	"reflect"
	"testing"
)

var opts3 = []string{"新品试色", "粉丝问答", "幕后花絮"}

func TestSplitLine(t *testing.T) {
	cases := []struct {
		line    string
		name    string
		choices []int
		reason  string
	}{
		{"A", "", []int{0}, ""},
		{"选B", "", []int{1}, ""},
		{"投2号", "", []int{1}, ""},
		{"1", "", []int{0}, ""},
		{"b+c", "", []int{1, 2}, ""},
		{"Ｂ", "", []int{1}, ""},
		{"３", "", []int{2}, ""},
		{"选Ｃ！", "", []int{2}, ""},
		{"阿花 A", "阿花", []int{0}, ""},
		{"小红 选B", "小红", []int{1}, ""},
		{"Tom b+c", "Tom", []int{1, 2}, ""},
		{"李雷 投2号", "李雷", []int{1}, ""},
		{"小明：选C", "小明", []int{2}, ""},
		{"小明: 1、3", "小明", []int{0, 2}, ""},
		{"@阿强 我选A", "阿强", []int{0}, ""},
		{"阿花A", "阿花", []int{0}, ""},
		{"1. 小美 B", "小美", []int{1}, ""},
		{"粉丝问答", "", []int{1}, ""},
		{"王姐 幕后花絮", "王姐", []int{2}, ""},
		{"Amy a,c", "Amy", []int{0, 2}, ""},
		{"哈哈哈", "", nil, UnreadNoVote},
		{"+1", "", nil, UnreadNoVote},
		{"小明 +1", "", nil, UnreadNoVote},
		{"Bob", "", nil, UnreadNoVote},
		{"小明 D", "小明", nil, UnreadUnknown},
		{"投5号", "", nil, UnreadUnknown},
	}
	for _, c := range cases {
		name, choices, reason := SplitLine(c.line, opts3)
		if name != c.name || !reflect.DeepEqual(choices, c.choices) || reason != c.reason {
			t.Errorf("%q: got %q %v %q, want %q %v %q", c.line, name, choices, reason, c.name, c.choices, c.reason)
		}
	}
}

func TestReadChatLastVoteCounts(t *testing.T) {
	text := "阿花 A\n小红 选B\n哈哈我来晚了\n阿花 C\n[20:01] Tom: b+c\n小明 12:03\n选A\n\n2026/12/3 20:05:11 李雷\n投2号\n小刚 A+B\n"
	r := ReadChat(text, opts3, Rules{})
	got := map[string][]int{}
	for _, v := range r.Votes {
		got[v.Name] = v.Choices
	}
	want := map[string][]int{"阿花": {2}, "小红": {1}, "小明": {0}, "李雷": {1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("votes %v, want %v", got, want)
	}
	if !reflect.DeepEqual(r.Tally, []int{1, 2, 1}) {
		t.Errorf("tally %v", r.Tally)
	}
	if len(r.Superseded) != 1 || r.Superseded[0].Line != 1 {
		t.Errorf("superseded %+v", r.Superseded)
	}
	reasons := map[int]string{}
	for _, u := range r.Unread {
		reasons[u.Line] = u.Reason
	}
	// single choice: Tom's and 小刚's two choices are too many
	wantUnread := map[int]string{3: UnreadNoVote, 5: UnreadTooMany, 11: UnreadTooMany}
	if !reflect.DeepEqual(reasons, wantUnread) {
		t.Errorf("unread %v, want %v", reasons, wantUnread)
	}
}

func TestReadChatMultipleWithMax(t *testing.T) {
	opts := []string{"a", "b", "c", "d"}
	r := ReadChat("甲 a+b\n乙 abc\n丙 d\n", opts, Rules{Multiple: true, Max: 2})
	if len(r.Votes) != 2 || len(r.Unread) != 1 || r.Unread[0].Name != "乙" || r.Unread[0].Reason != UnreadTooMany {
		t.Fatalf("%+v", r)
	}
	if !reflect.DeepEqual(r.Tally, []int{1, 1, 0, 1}) {
		t.Fatalf("tally %v", r.Tally)
	}
}

func TestReadEntries(t *testing.T) {
	r := ReadEntries([]EntryText{{Line: 9, Text: "阿花 A"}, {Line: 10, Text: "小红 选B\n顺便问下几点开始"}, {Line: 11, Text: "阿花 B"},
		{Line: 12, Text: "李雷\nC"}}, opts3, Rules{})
	if len(r.Votes) != 3 || !reflect.DeepEqual(r.Tally, []int{0, 2, 1}) || r.Votes[2].Name != "李雷" {
		t.Fatalf("%+v", r)
	}
}

// Chat copied out of the clients: WhatsApp lines with their time, QQ's
// sender lines with the QQ number, WeChat PC's "name:" above the message.
func TestReadChatClientLayouts(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string][]int
	}{
		{"whatsapp android", "12/3/26, 20:01 - 阿花: A\n12/3/26, 20:02 - Tom: 选C\n", map[string][]int{"阿花": {0}, "Tom": {2}}},
		{"whatsapp ios", "[2026/12/3 20:01:05] 阿花: b\n[2026/12/3 20:03:00] 小红: 2\n", map[string][]int{"阿花": {1}, "小红": {1}}},
		{"whatsapp am/pm", "12/3/26, 8:01 PM - 阿强: 3\n", map[string][]int{"阿强": {2}}},
		{"qq", "2026-12-03 20:01:05 阿花(123456789)\nA\n2026-12-03 20:02:10 小红（987654321）\n投2号\n", map[string][]int{"阿花": {0}, "小红": {1}}},
		{"wechat pc", "阿花:\nC\n小红：\n选A\n", map[string][]int{"阿花": {2}, "小红": {0}}},
		{"wechat mobile 接龙 in chat", "1. 阿花 A\n2. 小红 B\n", map[string][]int{"阿花": {0}, "小红": {1}}},
	}
	for _, c := range cases {
		r := ReadChat(c.text, opts3, Rules{})
		got := map[string][]int{}
		for _, v := range r.Votes {
			got[v.Name] = v.Choices
		}
		if !reflect.DeepEqual(got, c.want) || len(r.Unread) != 0 {
			t.Errorf("%s: votes %v unread %+v, want %v", c.name, got, r.Unread, c.want)
		}
	}
}
