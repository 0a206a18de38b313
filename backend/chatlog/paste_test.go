package chatlog

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// pasteDay is the date the operator picks in these tests.
var pasteDay = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

// pasted parses b as a paste and writes each event and skipped line as
// `line sender MM-DD hh:mm:ss kind text` / `line skip reason`.
func pasted(b []byte, pattern *Pattern) (Shape, []string, Stats, error) {
	var out []string
	opt := PasteOptions{Day: pasteDay, Pattern: pattern, Skipped: func(line int, reason, _ string) {
		out = append(out, fmt.Sprintf("%d skip %s", line, strings.TrimPrefix(reason, "ui.paste.skip.")))
	}}
	sh, st, err := ParsePaste(bytes.NewReader(b), opt, func(e Event) error {
		out = append(out, fmt.Sprintf("%d %s %s %s %s", e.Line, e.Sender, e.Time.Format("01-02 15:04:05"), e.Kind,
			strings.ReplaceAll(e.Text, "\n", "/")))
		return nil
	})
	return sh, out, st, err
}

func TestParsePasteFixtures(t *testing.T) {
	tests := []struct {
		file  string
		shape Shape
		want  []string
	}{
		{"douyin_full_date.txt", ShapeNameTime, []string{
			"1 小鹿今天也要早睡🦌 12-01 20:01:33 message 家人们晚上好！今晚八点半直播试色新品💄/记得提前点预约哦",
			"5 奶茶不加糖 12-01 20:02:05 mention 来了来了🙋\u200d♀️/@小鹿今天也要早睡🦌 上次说的那支口红还有吗",
			"9 skip join",
			"10 小鹿今天也要早睡🦌 12-01 20:03:10 post [图片]",
			"12 skip recall",
			"13 阿泽 12-01 20:04:41 message [表情]",
			"15 阿泽 12-01 20:05:02 message 新人报到 请多关照😊"}},
		{"douyin_time_only.txt", ShapeNameTime, []string{
			"1 糖糖_ 12-07 20:01:00 checkin 签到",
			"3 柚子皮 12-07 20:01:00 message 姐妹们今天的福利链接在哪里呀？",
			"5 糖糖_ 12-07 20:02:00 message 置顶了 往上翻/就在群公告里👆",
			"8 柚子皮 12-07 20:03:00 message 找到了 谢谢🙏",
			"10 skip red_packet",
			"11 糖糖_ 12-07 20:05:00 tip [红包]恭喜发财，大吉大利"}},
		{"douyin_yesterday.txt", ShapeNameTime, []string{
			"1 夜猫子阿宁 12-06 23:58:00 message 还有人没睡吗🌙",
			"3 小葵 12-06 23:59:00 message 我我我 明天早八😭",
			"5 夜猫子阿宁 12-07 00:01:00 mention @小葵 快睡 明天直播间见",
			"7 小葵 12-07 00:02:00 message 晚安～"}},
		{"wechat_month_day.txt", ShapeNameTime, []string{
			"1 Momo酱 12-01 20:01:00 jielong #接龙 周六线下见面会/1. Momo酱/2. 大橙子",
			"6 大橙子 12-01 20:03:00 message 收到 我已经接上了👌",
			"8 skip pat",
			"9 Kiki 12-01 20:10:00 message 请问见面会要带什么吗",
			"11 Momo酱 12-02 09:15:00 message 早上好☀️ 今天的打卡开始啦"}},
		{"colon_fullwidth.txt", ShapeColon, []string{
			"2 小鹿今天也要早睡🦌 12-06 21:30:00 message 今晚的抽奖名单已经公布啦🎉",
			"3 奶茶不加糖 12-06 21:30:00 message 恭喜恭喜！",
			"4 阿泽 12-06 21:30:00 mention @奶茶不加糖 你中了吗",
			"5 奶茶不加糖 12-06 21:30:00 message 没有😭 下次一定",
			"6 skip notice",
			"8 糖糖_ 12-07 20:05:00 checkin 签到",
			"9 柚子皮 12-07 20:05:00 message 今天的直播几点开始？/大家可以帮我看看吗",
			"11 小鹿今天也要早睡🦌 12-07 20:05:00 message 八点半 记得来哦💕"}},
		{"colon_ascii.txt", ShapeColon, []string{
			"1 Lily 12-07 00:00:00 message 大家好呀 今天分享一个好物",
			"2 Lily 12-07 00:00:00 message 链接在这 https://v.douyin.com/abc123/",
			"3 Tom 12-07 00:00:00 message 收藏了 谢谢 Lily",
			"4 Tom 12-07 00:00:00 message 请问适合干皮吗？/我是混油皮",
			"6 Lily 12-07 00:00:00 mention @Tom 干皮也可以 先用保湿水打底",
			"7 skip join",
			"8 Ann 12-07 00:00:00 message hello 新人报到🙋"}},
		{"bracket.txt", ShapeBracket, []string{
			"1 小葵 12-07 20:01:00 message 今晚直播几点开始？",
			"2 夜猫子阿宁 12-07 20:01:00 message 八点半～",
			"3 小葵 12-07 20:02:00 message 好的 我定个闹钟⏰",
			"4 小葵 12-07 20:02:00 message 好的 我定个闹钟⏰",
			"5 阿泽 12-07 20:03:00 post [图片]",
			"6 夜猫子阿宁 12-07 20:04:00 mention @阿泽 这张图好好看！/在哪里拍的",
			"8 小葵 12-07 20:05:00 tip [红包]直播加油"}},
		{"time_name.txt", ShapeTimeName, []string{
			"1 铁粉小王 12-01 20:01:33 message 主播今天的妆太好看了😍",
			"4 铁粉小王 12-01 20:02:10 mention 求同款眼影 @小鹿今天也要早睡🦌",
			"7 小鹿今天也要早睡🦌 12-01 20:05:47 mention @铁粉小王 明天出教程～/大家也可以在评论区提问",
			"11 小红薯 12-01 20:06:02 checkin 打卡"}},
		{"qq_badges.txt", ShapeNameTime, []string{
			"1 小鹿今天也要早睡🦌 12-01 20:01:33 message 本周六晚上八点直播间抽奖🎁",
			"4 奶茶不加糖 12-01 20:02:05 message 冲冲冲",
			"7 阿泽 12-01 20:03:00 message 请问要提前关注吗？",
			"10 skip red_packet",
			"11 小鹿今天也要早睡🦌 12-01 20:04:12 mention @阿泽 要关注并点亮粉丝团哦"}},
		{"phone_copy.txt", ShapeBracket, []string{
			"1 西瓜冰 12-01 20:01:00 message 姐妹们 明早七点抢券🛒",
			"2 西瓜冰 12-01 20:02:00 message 别忘了定闹钟",
			"3 小橘子🍊 12-01 20:05:00 message 收到！",
			"4 小橘子🍊 12-02 07:00:00 message 抢到了 开心🥳",
			"5 西瓜冰 12-02 07:01:00 post [图片]",
			"6 skip recall"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			sh, got, st, err := pasted(readFixture(t, "paste/"+tt.file), nil)
			if err != nil || sh != tt.shape || st.Unreadable != 0 {
				t.Fatalf("shape %q, stats %+v, err %v; want %q, no problems", sh, st, err, tt.shape)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParsePasteMarkedSample(t *testing.T) {
	pt, err := Learn(Sample{Before: "<<", Name: "小鹿今天也要早睡🦌", Between: ">> @ ", Time: "20:01", After: " | 今晚直播试色"})
	if err != nil || !pt.Inline || pt.Prefix != "<<" || pt.Between != ">> @" || pt.After != "|" {
		t.Fatalf("Learn = %+v, %v", pt, err)
	}
	sh, got, _, err := pasted(readFixture(t, "paste/marked_unknown.txt"), &pt)
	want := []string{
		"1 小鹿今天也要早睡🦌 12-07 20:01:00 message 今晚直播试色",
		"2 奶茶不加糖 12-07 20:02:00 message 来了来了",
		"3 阿泽 12-07 20:03:00 mention @奶茶不加糖 一起蹲/第二行也算",
		"5 阿泽 12-07 20:04:00 checkin 签到"}
	if err != nil || sh != ShapeMarked || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("shape %q err %v got\n%s\nwant\n%s", sh, err, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, _, _, err := pasted(readFixture(t, "paste/marked_unknown.txt"), nil); keyOf(err) != keyPasteUnknown {
		t.Errorf("unmarked: err %v, want %s", err, keyPasteUnknown)
	}
}

func TestLearnSamples(t *testing.T) {
	tests := []struct {
		name   string
		sample Sample
		line   string // another line the pattern must read
		want   string // sender|time|text, or the error key
	}{
		{"header, time first", Sample{Name: "阿泽", Between: " · ", Time: "12-01 20:01", TimeFirst: true},
			"12-02 08:30 · 小葵", "小葵|12-02 08:30|"},
		{"inline, name in brackets", Sample{Before: "【", Name: "小明", Between: "】", Time: "下午 8:01", After: " >> 你好"},
			"【小红】下午 9:15 >> @小明 在吗", "小红|12-07 21:15|@小明 在吗"},
		{"inline, only spaces", Sample{Time: "20:01", Between: " ", Name: "小明", After: " 你好", TimeFirst: true},
			"20:02 小红 在吗 朋友们", "小红|12-07 20:02|在吗 朋友们"},
		{"blank name", Sample{Name: " ", Time: "20:01"}, "", keySampleName},
		{"time not a time", Sample{Name: "小明", Time: "昨晚"}, "", keySampleTime},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pt, err := Learn(tt.sample)
			if err != nil {
				if keyOf(err) != tt.want {
					t.Fatalf("err %v, want %s", err, tt.want)
				}
				return
			}
			re, err := pt.regexp()
			if err != nil {
				t.Fatal(err)
			}
			m := markedLine(re, pt.TimeFirst, tt.line)
			c := readClock(m.clock, pasteDay, pasteDay)
			got := m.name + "|" + c.time.Format("01-02 15:04") + "|" + m.text
			if !m.ok || !c.valid || got != tt.want {
				t.Errorf("read %q as %q (ok %v), want %q", tt.line, got, m.ok, tt.want)
			}
		})
	}
}

func TestReadClock(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026/12/1 20:01:33", "2026-12-01 20:01:33"},
		{"2026-12-01 20:01", "2026-12-01 20:01:00"},
		{"2026年12月1日 20:01", "2026-12-01 20:01:00"},
		{"12月1日 20:01", "2026-12-01 20:01:00"},
		{"12月30日 20:01", "2025-12-30 20:01:00"}, // later than the day: last year
		{"昨天 20:01", "2026-12-06 20:01:00"},
		{"前天 20:01", "2026-12-05 20:01:00"},
		{"星期一 09:00", "2026-11-30 09:00:00"}, // 2026-12-07 is a Monday: the one before
		{"周六 09:00", "2026-12-05 09:00:00"},
		{"下午 8:01", "2026-12-07 20:01:00"},
		{"8:01 PM", "2026-12-07 20:01:00"},
		{"凌晨 12:30", "2026-12-07 00:30:00"},
		{"20:01", "2026-12-07 20:01:00"},
		{"2026/2/30 20:01", "invalid"},
		{"25:01", "invalid"},
	}
	for _, tt := range tests {
		m := clockOnly.FindStringSubmatch(tt.in)
		if m == nil {
			t.Errorf("%q: not a time", tt.in)
			continue
		}
		c := readClock(m[1:], pasteDay, pasteDay)
		got := c.time.Format("2006-01-02 15:04:05")
		if !c.valid {
			got = "invalid"
		}
		if got != tt.want {
			t.Errorf("%q = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// keyOf is an error's translation key, "" for nil.
func keyOf(err error) string {
	key, _ := errKeyLine(err)
	return key
}

// Lines before the first message are named; a time alone under a header
// is the message's text, between one-line messages it times what follows.
func TestParsePasteOddLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		problems []Problem
	}{
		{"stray line first", "以上是聊天\n小明 20:01\n你好\n小红 20:02\n嗨\n", []string{
			"2 小明 12-07 20:01:00 message 你好", "4 小红 12-07 20:02:00 message 嗨"},
			[]Problem{{Line: 1, Key: keyPasteStray}}},
		{"a time as a header message's text", "小明 20:01\n21:00\n小红 20:02\n好\n", []string{
			"1 小明 12-07 20:01:00 message 21:00", "3 小红 12-07 20:02:00 message 好"}, nil},
		{"a time between one-line messages", "小明：早\n08:30\n小红：早上好\n", []string{
			"1 小明 12-07 00:00:00 message 早", "3 小红 12-07 08:30:00 message 早上好"}, nil},
		{"an impossible time", "小明 2026/2/30 20:01\n你好\n小红 2026/2/28 20:02\n嗨\n", []string{
			"3 小红 02-28 20:02:00 message 嗨"}, []Problem{{Line: 1, Key: keyBadTime}}},
		{"date lines between one-line messages", "— 2026年12月1日 星期二 —\n20:01\n小明：早\n12月2日\n小红：早上好\n21:00\n小明：晚安\n", []string{
			"3 小明 12-01 20:01:00 message 早", "5 小红 12-02 00:00:00 message 早上好", "7 小明 12-02 21:00:00 message 晚安"}, nil},
		{"a date line between header messages", "小明 20:01\n你好\n昨天\n小红 08:00\n2026-12-01\n", []string{
			"1 小明 12-07 20:01:00 message 你好", "4 小红 12-06 08:00:00 message 2026-12-01"}, nil},
		{"an impossible date line", "2026年2月30日\n小明：早\n小红：好\n", []string{
			"2 小明 12-07 00:00:00 message 早", "3 小红 12-07 00:00:00 message 好"}, []Problem{{Line: 1, Key: keyBadTime}}},
		{"a name in brackets", "【小鹿】 20:01\n你好\n【管理员】小鹿 20:02\n嗨\n", []string{
			"1 【小鹿】 12-07 20:01:00 message 你好", "3 小鹿 12-07 20:02:00 message 嗨"}, nil},
		{"a header without text", "小明 20:01\n\n小红 20:02\n嗨\n", []string{
			"1 skip empty", "3 小红 12-07 20:02:00 message 嗨"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got, st, err := pasted([]byte(tt.in), nil)
			if err != nil || strings.Join(got, "\n") != strings.Join(tt.want, "\n") || fmt.Sprint(st.Problems) != fmt.Sprint(tt.problems) {
				t.Errorf("got\n%s\nproblems %v, err %v\nwant\n%s\nproblems %v", strings.Join(got, "\n"), st.Problems, err,
					strings.Join(tt.want, "\n"), tt.problems)
			}
		})
	}
}
