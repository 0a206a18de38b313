package chatlog

import (
	"slices"
	"strings"
	"testing"
)

// TestParseSkipsUnreadable reads exports with a line that cannot be read:
// the line is left out and named, every other message is kept.
func TestParseSkipsUnreadable(t *testing.T) {
	wxHead := "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n"
	tgMsg := func(id int, rest string) string {
		return `  {"id": ` + string(rune('0'+id)) + `, "type": "message", "from": "A", "from_id": "user1", ` + rest + "},\n"
	}
	cases := []struct {
		name     string
		in       string
		format   Format
		want     []string
		problems []Problem
	}{
		{"whatsapp text before the first message", "hello\n12/03/2023, 14:05 - A: x\n12/03/2023, 14:06 - B: y\n", WhatsApp,
			[]string{`2 2023-03-12 14:05:00 A message "x"`, `3 2023-03-12 14:06:00 B message "y"`}, []Problem{{1, keyBadLine}}},
		{"whatsapp february 31st, its continuation left out too", "13.01.2023, 10:00 - A: x\n31.02.2023, 14:05 - A: odd\nmore of it\n14.01.2023, 10:00 - B: y\n", WhatsApp,
			[]string{`1 2023-01-13 10:00:00 A message "x"`, `4 2023-01-14 10:00:00 B message "y"`}, []Problem{{2, keyBadTime}}},
		{"whatsapp one line against the date order the others prove", "13/01/2023, 10:00 - A: x\n14/01/2023, 10:00 - A: y\n01/15/2023, 10:00 - B: z\n", WhatsApp,
			[]string{`1 2023-01-13 10:00:00 A message "x"`, `2 2023-01-14 10:00:00 A message "y"`}, []Problem{{3, keyBadTime}}},
		{"whatsapp sender of invisible marks only", "13.01.2023, 10:00 - A: x\n13.01.2023, 10:01 - \u200b\u2066\u2069: hidden\n13.01.2023, 10:02 - B: y\n", WhatsApp,
			[]string{`1 2023-01-13 10:00:00 A message "x"`, `3 2023-01-13 10:02:00 B message "y"`}, []Problem{{2, keyNoSender}}},
		{"qq february 30th", "消息对象:x\n2019-05-12 10:00:00 A(123456)\nhi\n\n2019-02-30 10:00:00 A(123456)\nodd\n\n2019-05-12 10:01:00 B(234567)\nyo\n", QQTXT,
			[]string{`2 2019-05-12 10:00:00 [x] A(123456) message "hi"`, `8 2019-05-12 10:01:00 [x] B(234567) message "yo"`}, []Problem{{5, keyBadTime}}},
		{"wechat txt stray line", "just text\n2023-05-01 12:34:56 小明\n大家好\n\n2023-05-01 12:35:00 小红\n你好\n", WeChatTXT,
			[]string{`2 2023-05-01 12:34:56 小明 message "大家好"`, `5 2023-05-01 12:35:00 小红 message "你好"`}, []Problem{{1, keyBadLine}}},
		{"wechat csv short row and bad time", wxHead + "1,x,1,0,0,1682915696,2,hi,2023-05-01 12:34:56,,小明,wxid_a\n2,2,1\n" +
			"3,x,1,0,0,soon,2,hi,later,,,\n4,x,1,0,0,1682915700,2,yo,2023-05-01 12:35:00,,小红,wxid_b\n5,x,1,0,0,1682915700,2,ok,2023-05-01 12:35:00,,小红,wxid_b\n", WeChatCSV,
			[]string{`2 2023-05-01 12:34:56 [x] 小明(wxid_a) message "hi"`, `5 2023-05-01 12:35:00 [x] 小红(wxid_b) message "yo"`, `6 2023-05-01 12:35:00 [x] 小红(wxid_b) message "ok"`},
			[]Problem{{3, keyBadLine}, {4, keyBadTime}}},
		{"telegram bad date and a text object", "{\n \"name\": \"x\",\n \"messages\": [\n" + tgMsg(1, `"date": "2023-01-02T03:04:05", "text": "ok"`) +
			tgMsg(2, `"date": "yesterday", "text": "b"`) + tgMsg(3, `"date": "2023-01-02T03:04:06", "text": {"a": 1}`) +
			tgMsg(4, `"date": "2023-01-02T03:04:07", "text": "c"`) + tgMsg(5, `"date": "2023-01-02T03:04:08", "text": "d"`) + "  {\"id\": 6, \"type\": \"service\"}\n ]\n}", TelegramJSON,
			[]string{`4 2023-01-02 03:04:05 [x] A(user1) message "ok"`, `7 2023-01-02 03:04:07 [x] A(user1) message "c"`, `8 2023-01-02 03:04:08 [x] A(user1) message "d"`},
			[]Problem{{5, keyBadTime}, {6, keyBadLine}}},
		{"douyin jsonl broken line and bad time", `{"comment_id":"1","create_time":1700000000,"content":"a","nickname":"N"}` + "\n" + `{"comment_id":"2",` + "\n" +
			`{"comment_id":"3","create_time":1700000060,"content":"b","nickname":"M"}` + "\n" + `{"comment_id":"4","create_time":"","content":"c","nickname":"M"}` + "\n" +
			`{"comment_id":"5","create_time":1700000120,"content":"d","nickname":"","user_id":"9"}` + "\n", DouyinComments,
			[]string{`1 2023-11-15 06:13:20 N comment "a"`, `3 2023-11-15 06:14:20 M comment "b"`, `5 2023-11-15 06:15:20 (9) comment "d"`},
			[]Problem{{2, keyBadLine}, {4, keyBadTime}}},
		{"generic csv without a sender", "昵称,时间\n小红,2026-03-01 20:00\n,2026-03-01 20:01\n小明,2026-03-01 20:02\n", Generic,
			[]string{`2 2026-03-01 20:00:00 小红 message ""`, `4 2026-03-01 20:02:00 小明 message ""`}, []Problem{{3, keyNoSender}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			events, stats, err := parseAll([]byte(c.in), c.format)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				got = append(got, summary(e))
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("events:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(c.want, "\n     "))
			}
			if !slices.Equal(stats.Problems, c.problems) || stats.Unreadable != len(c.problems) {
				t.Errorf("problems %v (%d), want %v", stats.Problems, stats.Unreadable, c.problems)
			}
		})
	}
}

// TestParseNamesFirstProblems counts every unreadable line but names only
// the first MaxProblems.
func TestParseNamesFirstProblems(t *testing.T) {
	var b strings.Builder
	for range 30 {
		b.WriteString("13.01.2023, 10:00 - A: x\n31.02.2023, 10:00 - A: odd\n")
	}
	_, stats, err := parseAll([]byte(b.String()), WhatsApp)
	if err != nil || stats.Events != 30 || stats.Unreadable != 30 || len(stats.Problems) != MaxProblems {
		t.Fatalf("%v: %d events, %d unreadable, %d named", err, stats.Events, stats.Unreadable, len(stats.Problems))
	}
	if last := stats.Problems[MaxProblems-1]; last.Line != 2*MaxProblems || last.Key != keyBadTime {
		t.Errorf("last named problem %+v", last)
	}
}
