package chatlog

import (
	"io"
	"strconv"
	"strings"
	"time"
)

// Generic is a plain CSV of interactions: who, when, and optionally what
// kind, how much, the text, the sender's id and platform.
const Generic Format = "csv"

// Columns maps the generic CSV's fields to column indexes (-1: absent).
type Columns struct {
	Member   int `json:"member"`
	ID       int `json:"id"`
	Time     int `json:"time"`
	Kind     int `json:"kind"`
	Value    int `json:"value"`
	Text     int `json:"text"`
	Platform int `json:"platform"`
	Chat     int `json:"chat"`
}

// columnNames are the header names each field is guessed from, lower case.
var columnNames = map[string][]string{
	"member":   {"member", "nickname", "name", "sender", "user", "昵称", "用户昵称", "发言人", "成员", "用户", "名字", "姓名", "暱稱"},
	"id":       {"id", "uid", "user_id", "member_id", "platform_id", "用户id", "抖音号", "qq号", "微信号", "账号"},
	"time":     {"time", "date", "datetime", "timestamp", "created_at", "时间", "日期", "發言時間", "发言时间", "時間"},
	"kind":     {"kind", "type", "action", "类型", "行为", "互动类型", "類型"},
	"value":    {"value", "amount", "money", "金额", "数值", "價值", "金額"},
	"text":     {"text", "content", "message", "内容", "消息", "評論", "评论内容", "內容"},
	"platform": {"platform", "平台"},
	"chat":     {"chat", "group", "群", "群名", "群聊"},
}

// GuessColumns finds each field's column from the header names; ok when a
// member (name or id) and a time column were found.
func GuessColumns(header []string) (c Columns, ok bool) {
	find := func(field string) int {
		for i, h := range header {
			h = strings.ToLower(strings.TrimSpace(trimMarksString(h)))
			for _, n := range columnNames[field] {
				if h == n {
					return i
				}
			}
		}
		return -1
	}
	c = Columns{Member: find("member"), ID: find("id"), Time: find("time"), Kind: find("kind"),
		Value: find("value"), Text: find("text"), Platform: find("platform"), Chat: find("chat")}
	return c, (c.Member >= 0 || c.ID >= 0) && c.Time >= 0
}

// sniffGeneric tells whether the first line is a header GuessColumns reads.
func sniffGeneric(first string) bool {
	if !strings.Contains(first, ",") && !strings.Contains(first, "\t") {
		return false
	}
	_, ok := GuessColumns(strings.FieldsFunc(strings.TrimSpace(first), func(r rune) bool { return r == ',' || r == '\t' }))
	return ok
}

// ParseGeneric reads a generic CSV with the given columns (nil: guessed
// from its header); platform is used for rows without one.
func ParseGeneric(r io.Reader, cols *Columns, platform string, fn func(Event) error) (Stats, error) {
	s := &sink{fn: fn, keys: newKeyer()}
	err := parseGeneric(r, s, cols, platform)
	if err == nil {
		err = s.verdict()
	}
	return s.stats, err
}

func parseGeneric(r io.Reader, s *sink, cols *Columns, platform string) error {
	text, err := openText(r)
	if err != nil {
		return err
	}
	t, err := openCSV(text)
	if err != nil {
		return err
	}
	c, ok := GuessColumns(t.header)
	if cols != nil {
		c, ok = *cols, (cols.Member >= 0 || cols.ID >= 0) && cols.Time >= 0
	}
	if !ok {
		return errMissingColumn("member / time")
	}
	return t.each(s, func(rec []string, line int) error {
		e, bad := genericEvent(rec, line, c, platform)
		if bad != "" {
			s.problem(line, bad)
			return nil
		}
		return s.emit(e)
	})
}

// genericEvent reads a row as an event, or says why it cannot (an
// err.chat.* key).
func genericEvent(rec []string, line int, c Columns, platform string) (Event, string) {
	e := Event{Line: line, Sender: strings.TrimSpace(field(rec, c.Member)), SenderID: strings.TrimSpace(field(rec, c.ID)),
		Text: field(rec, c.Text), Chat: strings.TrimSpace(field(rec, c.Chat)), Platform: platform}
	if p := strings.TrimSpace(field(rec, c.Platform)); p != "" {
		e.Platform = strings.ToLower(p)
	}
	if e.Sender == "" && e.SenderID == "" {
		return e, keyNoSender
	}
	at, ok := parseAnyTime(field(rec, c.Time))
	if !ok {
		return e, keyBadTime
	}
	e.Time = at
	e.Kind = genericKind(field(rec, c.Kind))
	if v := strings.TrimSpace(field(rec, c.Value)); v != "" {
		n, err := strconv.ParseFloat(strings.TrimPrefix(strings.TrimPrefix(v, "¥"), "￥"), 64)
		if err != nil {
			return e, keyBadLine
		}
		e.Value = n
	}
	return e, ""
}

// kindNames maps what people write in a kind column to a Kind.
var kindNames = map[string]Kind{
	"message": KindMessage, "消息": KindMessage, "发言": KindMessage, "發言": KindMessage, "chat": KindMessage,
	"reply": KindReply, "回复": KindReply, "回覆": KindReply, "mention": KindMention, "@": KindMention,
	"comment": KindComment, "评论": KindComment, "評論": KindComment, "留言": KindComment,
	"like": KindLike, "点赞": KindLike, "按讚": KindLike, "share": KindShare, "分享": KindShare, "转发": KindShare,
	"tip": KindTip, "gift": KindTip, "打赏": KindTip, "礼物": KindTip, "红包": KindTip, "打賞": KindTip, "禮物": KindTip, "紅包": KindTip,
	"checkin": KindCheckin, "check-in": KindCheckin, "打卡": KindCheckin, "签到": KindCheckin, "簽到": KindCheckin,
	"post": KindPost, "作品": KindPost, "发帖": KindPost, "图片": KindPost, "视频": KindPost,
	"purchase": KindPurchase, "购买": KindPurchase, "下单": KindPurchase, "購買": KindPurchase,
	"click": KindClick, "点击": KindClick, "點擊": KindClick, "inquiry": KindInquiry, "咨询": KindInquiry, "諮詢": KindInquiry,
	"jielong": KindJielong, "接龙": KindJielong, "接龍": KindJielong,
}

func genericKind(s string) Kind {
	if k, ok := kindNames[strings.ToLower(strings.TrimSpace(s))]; ok {
		return k
	}
	return KindMessage
}

// timeLayouts are the date-times a generic CSV may hold.
var timeLayouts = []string{"2006-01-02 15:04:05", "2006-01-02 15:04", "2006/1/2 15:04:05", "2006/1/2 15:04",
	"2006-01-02T15:04:05", time.RFC3339, "2006-1-2 15:04:05", "2006-1-2 15:04", "2006.1.2 15:04", "2006-01-02", "2006/1/2"}

// parseAnyTime reads a date-time as wall time, or unix seconds (or
// milliseconds) read as Beijing time like the other unix-time exports.
func parseAnyTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 1e9 {
		if n > 1e12 {
			n /= 1000
		}
		t := time.Unix(n, 0).In(beijing)
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), true
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
