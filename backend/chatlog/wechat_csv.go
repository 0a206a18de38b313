package chatlog

import (
	"io"
	"strconv"
	"strings"
	"time"
)

// WeChat message types (the Type column).
const (
	wxText       = 1
	wxImage      = 3
	wxVoice      = 34
	wxCard       = 42
	wxVideo      = 43
	wxEmoji      = 47
	wxLocation   = 48
	wxApp        = 49 // link, file, quote (SubType 57), group note (53), transfer (2000)
	wxCall       = 50
	wxSystem     = 10000
	wxRevoke     = 10002
	wxTransfer   = 419430449
	wxRedPacket  = 436207665
	wxSubQuote   = 57
	wxSubNote    = 53
	wxSubPayment = 2000
	wxSubPacket  = 2001
)

// wxCols are the columns of a WeChatMsg / MemoTrace CSV export.
type wxCols struct {
	talker, typ, sub, isSender, createTime, content, strTime, remark, nick, sender int
}

// parseWeChatCSV reads the CSV export of WeChatMsg / MemoTrace.
func parseWeChatCSV(r io.Reader, s *sink) error {
	text, err := openText(r)
	if err != nil {
		return err
	}
	t, err := openCSV(text)
	if err != nil {
		return err
	}
	c := wxCols{t.col("TalkerId"), t.col("Type"), t.col("SubType"), t.col("IsSender"), t.col("CreateTime"),
		t.col("StrContent"), t.col("StrTime"), t.col("Remark"), t.col("NickName"), t.col("Sender")}
	for _, need := range []struct {
		name string
		col  int
	}{{"Type", c.typ}, {"StrContent", c.content}, {"StrTime", c.strTime}} {
		if need.col < 0 {
			return errMissingColumn(need.name)
		}
	}
	return t.each(s, func(rec []string, line int) error { return c.row(s, rec, line) })
}

// row emits one CSV row unless it is a system message.
func (c *wxCols) row(s *sink, rec []string, line int) error {
	typ, _ := strconv.Atoi(field(rec, c.typ))
	if typ == wxSystem || typ == wxRevoke {
		s.skip()
		return nil
	}
	t, ok := c.time(rec)
	if !ok {
		s.problem(line, keyBadTime)
		return nil
	}
	sub, _ := strconv.Atoi(field(rec, c.sub))
	e := Event{Line: line, Chat: field(rec, c.talker), Platform: PlatformWeChat, Time: t}
	content := c.speaker(&e, rec)
	var hint Kind
	e.Text, hint, e.Value = wxContent(typ, sub, content)
	e.Kind = classify(e.Text, hint)
	return s.emit(e)
}

// time reads StrTime, the wall clock; CreateTime (unix) is the fallback.
func (c *wxCols) time(rec []string) (time.Time, bool) {
	s := field(rec, c.strTime)
	if t, ok := isoTime(s); ok {
		return t, true
	}
	if st, ok := stamped([]byte(s)); ok && st.valid && len(st.rest) == 0 {
		return st.time, true
	}
	sec, err := strconv.ParseInt(field(rec, c.createTime), 10, 64)
	return wallOfUnix(sec), err == nil && sec > 0
}

// speaker fills in the sender and returns the content, from which a group
// chat's raw "wxid_x:\n" prefix is taken as the sender when no column
// names one.
func (c *wxCols) speaker(e *Event, rec []string) string {
	content := field(rec, c.content)
	if field(rec, c.isSender) == "1" {
		e.Sender = "我"
		return content
	}
	e.SenderID = field(rec, c.sender)
	e.Sender = cmpOr(field(rec, c.remark), field(rec, c.nick), e.SenderID)
	if e.Sender != "" {
		return content
	}
	if id, rest, ok := strings.Cut(content, ":\n"); ok && strings.HasSuffix(e.Chat, "@chatroom") && isWxid(id) {
		e.Sender, e.SenderID = id, id
		return rest
	}
	e.Sender, e.SenderID = e.Chat, e.Chat
	return content
}

// isoTime reads exactly "2006-01-02 15:04:05" or "2006-01-02T15:04:05", fast.
func isoTime(s string) (time.Time, bool) {
	if len(s) != 19 || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, false
		}
	}
	return wall(atoi(s[0:4]), atoi(s[5:7]), atoi(s[8:10]), atoi(s[11:13]), atoi(s[14:16]), atoi(s[17:19]))
}

// isWxid reports a WeChat id: letters, digits, _ - @ . only.
func isWxid(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_-@.", r)) {
			return false
		}
	}
	return true
}

// cmpOr returns the first non-empty string.
func cmpOr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
