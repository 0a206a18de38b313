package chatlog

import (
	"errors"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

const tgHead = "{\n \"name\": \"x\",\n \"id\": 1,\n \"messages\": [\n" +
	"  {\"id\": 1, \"type\": \"message\", \"date\": \"2023-01-02T03:04:05\", \"from\": \"A\", \"text\": \"ok\"},\n"

func TestParseErrors(t *testing.T) {
	tg := string(readFixture(t, "telegram_chat.json"))
	cut := tg[:len(tg)/2]
	long := "12/03/2023, 14:05 - A: x\n" + strings.Repeat("y", maxLine+1) + "\n"
	wxHead := "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n"
	cases := []struct {
		name, in string
		format   Format
		key      string
		line     any
	}{
		{"telegram truncated", cut, TelegramJSON, keyTruncated, strings.Count(cut, "\n") + 1},
		{"telegram missing comma", tgHead + "  {\"id\": 2, \"type\": \"message\",\n   \"from\": \"A\" \"text\": \"b\"}\n ]\n}", TelegramJSON, keyBadLine, 7},
		{"telegram not an object", "[1, 2]", TelegramJSON, keyBadLine, 1},
		{"whatsapp day and month both proven", "13/01/2023, 10:00 - A: x\n01/13/2023, 10:00 - B: y\n", WhatsApp, keyDateOrder, 2},
		{"whatsapp line too long", long, WhatsApp, keyLineTooLong, 2},
		{"wechat csv missing column", "a,b\n1,2\n", WeChatCSV, keyColumn, nil},
		{"douyin json truncated", "[\n {\"comment_id\": \"1\",\n  \"create_time\": 1700000000", DouyinComments, keyTruncated, 3},
		{"unknown format", "x", Format("nope"), keyUnknownFormat, nil},
		{"whatsapp mostly unreadable", "hello\nthere\n12/03/2023, 14:05 - A: x\n", WhatsApp, keyMostlyUnreadable, 1},
		{"qq only a stray line", "消息记录（此消息记录为文本格式，不支持重新导入）\n\n随便写的一行\n", QQTXT, keyMostlyUnreadable, 3},
		{"wechat csv only short rows", wxHead + "1,2,1\n", WeChatCSV, keyMostlyUnreadable, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := parseAll([]byte(c.in), c.format)
			if errs.CodeOf(err) != errs.Invalid {
				t.Fatalf("error %v, want an Invalid one", err)
			}
			if key, line := errKeyLine(err); key != c.key || line != c.line {
				t.Errorf("error %s at line %v, want %s at line %v (%v)", key, line, c.key, c.line, err)
			}
		})
	}
}

func TestParseStopsAtCallbackError(t *testing.T) {
	calls := 0
	stats, err := Parse(strings.NewReader(string(readFixture(t, "qq_two_chats.txt"))), QQTXT, func(Event) error {
		calls++
		return errs.ErrCancelled
	})
	if !errors.Is(err, errs.ErrCancelled) || calls != 1 || stats.Events != 1 {
		t.Fatalf("err %v after %d calls, stats %+v", err, calls, stats)
	}
}
