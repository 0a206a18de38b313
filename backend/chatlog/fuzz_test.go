package chatlog

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"qunzhu/backend/errs"
)

// checkParse asserts what Parse promises on any input: no panic, only
// Invalid errors, events and problems in line order within the input,
// complete and valid UTF-8, and work bounded by the input's size (a JSON
// line may hold many messages, so counts are bounded by bytes).
func checkParse(t *testing.T, in []byte, f Format) {
	events, stats, err := parseAll(in, f)
	if err != nil && errs.CodeOf(err) != errs.Invalid {
		t.Fatalf("error %v, want an Invalid one", err)
	}
	lines := bytes.Count(in, []byte("\n")) + 1
	if stats.Events != len(events) || len(events) > len(in) || stats.System+stats.Unreadable > len(in) ||
		len(stats.Problems) > min(stats.Unreadable, MaxProblems) {
		t.Fatalf("%d events, stats %+v, %d bytes in %d lines", len(events), stats, len(in), lines)
	}
	for i, p := range stats.Problems {
		if p.Line < 1 || p.Line > lines || (i > 0 && p.Line < stats.Problems[i-1].Line) || p.Key == "" {
			t.Fatalf("problems %v in %d lines", stats.Problems, lines)
		}
	}
	prev := 1
	for _, e := range events {
		if e.Line < prev || e.Line > lines {
			t.Fatalf("event at line %d after line %d, %d lines", e.Line, prev, lines)
		}
		prev = e.Line
		if e.Kind == "" || e.Platform == "" || e.Key == "" || e.Time.IsZero() {
			t.Fatalf("incomplete event %+v", e)
		}
		if !utf8.ValidString(e.Text) || !utf8.ValidString(e.Sender) {
			t.Fatalf("invalid UTF-8 in %+v", e)
		}
	}
}

// seedFuzz adds the fixtures of format f and a few broken inputs.
func seedFuzz(f *testing.F, format Format, extra ...string) {
	for _, fx := range fixtures {
		if fx.format == format {
			f.Add(readFixture(f, fx.name))
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

func FuzzSniff(f *testing.F) {
	for _, fx := range fixtures {
		f.Add(readFixture(f, fx.name))
	}
	f.Add([]byte("[{\"a\":1}]"))
	f.Fuzz(func(t *testing.T, in []byte) {
		format, err := Sniff(in)
		if err != nil {
			if format != "" || errs.As(err).Key != keyUnknownFormat {
				t.Fatalf("Sniff = %q, %v", format, err)
			}
			return
		}
		if _, ok := parsers[format]; !ok {
			t.Fatalf("Sniff = %q", format)
		}
		checkParse(t, in, format)
	})
}

func FuzzParseWhatsApp(f *testing.F) {
	seedFuzz(f, WhatsApp, "hello\n12/03/2023, 14:05 - A: x\n", "13/01/2023, 10:00 - A: x\n01/13/2023, 10:00 - B: y\n",
		"[1/2/23, 1:02:03\u202fp.m.] A: \u200e<attached: x.jpg>\n", "2023/3/12 中午12:05 - 小明: 你好\n")
	f.Fuzz(func(t *testing.T, in []byte) { checkParse(t, in, WhatsApp) })
}

func FuzzParseQQ(f *testing.F) {
	seedFuzz(f, QQTXT, "消息对象:x\n2019-02-30 10:00:00 A(123456)\nhi\n", "2019-05-12 下午 12:15:01 【】(12345)\n")
	f.Fuzz(func(t *testing.T, in []byte) { checkParse(t, in, QQTXT) })
}

func FuzzParseWeChatTXT(f *testing.F) {
	seedFuzz(f, WeChatTXT, "just text\n", "2023-05-01 12:34:56 系统消息\nx\n")
	f.Fuzz(func(t *testing.T, in []byte) { checkParse(t, in, WeChatTXT) })
}

func FuzzParseWeChatCSV(f *testing.F) {
	seedFuzz(f, WeChatCSV, "localId,Type,StrContent,StrTime,CreateTime\n1,49,\"<title>x\",,1\n2,1,\"a\n")
	f.Fuzz(func(t *testing.T, in []byte) { checkParse(t, in, WeChatCSV) })
}

func FuzzParseTelegram(f *testing.F) {
	seedFuzz(f, TelegramJSON, tgHead+"  {\"id\": 2, \"text\": [1]}]}", `{"chats":{"list":[{"messages":[{"date":"2023-01-02T03:04:05","text":["a",{"type":"mention","text":"@b"}]}]}]}}`)
	f.Fuzz(func(t *testing.T, in []byte) { checkParse(t, in, TelegramJSON) })
}

func FuzzParseDouyin(f *testing.F) {
	seedFuzz(f, DouyinComments, `[{"comment_id":1,"create_time":"1.7e9"}]`, "comment_id,content\n1,\"x\n")
	f.Fuzz(func(t *testing.T, in []byte) { checkParse(t, in, DouyinComments) })
}

func FuzzParseGeneric(f *testing.F) {
	f.Add([]byte("昵称,时间,类型,金额\n小红,2026-03-01 20:00,打赏,8.8\n小明,1772366700,点赞,\n"))
	f.Add([]byte("name,time\n,\nAnn,2026/1/2 3:04\n\"x,y\",2026-01-02\n"))
	f.Fuzz(func(t *testing.T, in []byte) { checkParse(t, in, Generic) })
}
