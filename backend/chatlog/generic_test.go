package chatlog

import (
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

func TestGenericCSV(t *testing.T) {
	csv := "\ufeff昵称,时间,类型,金额,内容\n" +
		"小红,2026-03-01 20:00:00,消息,,大家好\n" +
		"小明,2026/3/1 20:05,打赏,8.8,\n" +
		"小刚,1772366700,签到,,打卡第3天\n" +
		"小美,2026-03-01T21:00:00,点赞,,\n"
	f, err := Sniff([]byte(csv))
	if err != nil || f != Generic {
		t.Fatalf("sniff = %q, %v", f, err)
	}
	var got []Event
	st, err := Parse(strings.NewReader(csv), f, func(e Event) error { got = append(got, e); return nil })
	if err != nil || st.Events != 4 || len(got) != 4 {
		t.Fatalf("parse: %+v %v %d", st, err, len(got))
	}
	if got[0].Kind != KindMessage || got[0].Text != "大家好" || got[0].Time.Hour() != 20 || got[0].Line != 2 {
		t.Errorf("row 2 = %+v", got[0])
	}
	if got[1].Kind != KindTip || got[1].Value != 8.8 || got[1].Time.Minute() != 5 {
		t.Errorf("row 3 = %+v", got[1])
	}
	if got[2].Kind != KindCheckin || got[2].Time.Format("2006-01-02 15:04") != "2026-03-01 20:05" {
		t.Errorf("row 4 (unix, Beijing time) = %+v", got[2])
	}
	if got[3].Kind != KindLike || got[3].Platform != "other" {
		t.Errorf("row 5 = %+v", got[3])
	}
	bad := "昵称,时间\n小红,昨天晚上\n"
	if _, err := Parse(strings.NewReader(bad), Generic, func(Event) error { return nil }); errs.As(err).Key != keyMostlyUnreadable || errs.As(err).Params["Line"] != 2 {
		t.Errorf("only a bad time: %+v", err)
	}
	custom := "who,when,what\nAnn,2026-01-02 10:00,hello\n"
	if _, ok := GuessColumns([]string{"who", "when", "what"}); ok {
		t.Fatal("guessed columns from unknown headers")
	}
	var e Event
	if _, err := ParseGeneric(strings.NewReader(custom), &Columns{Member: 0, ID: -1, Time: 1, Kind: -1, Value: -1, Text: 2, Platform: -1, Chat: -1},
		"telegram", func(x Event) error { e = x; return nil }); err != nil || e.Sender != "Ann" || e.Text != "hello" || e.Platform != "telegram" {
		t.Errorf("mapped columns: %+v %v", e, err)
	}
}
