package chatlog

import (
	"strings"
)

// sniffLines is how many non-blank lines Sniff weighs for text formats.
const sniffLines = 200

// qqMarks appear only in QQ exports.
var qqMarks = []string{"消息记录（此消息记录为文本格式", "消息对象:", "消息对象：", "消息分组:", "消息分组："}

// Sniff tells the format of an export from its first bytes (up to
// SniffSize; a shorter head is taken as the whole file), never from its
// name. It returns an Invalid err.chat.unknown_format error when it cannot.
func Sniff(head []byte) (Format, error) {
	text, _, err := decodeHead(head, len(head) < SniffSize)
	if err != nil {
		return "", errUnknownFormat()
	}
	text = strings.TrimLeft(trimMarksString(text), " \t\r\n")
	first, _, _ := strings.Cut(text, "\n")
	var f Format
	switch {
	case text == "":
	case isJSONArray(text):
		f = when(strings.Contains(text, `"comment_id"`), DouyinComments)
	case text[0] == '{':
		f = sniffJSONObject(text, first)
	case strings.Contains(first, "localId") && strings.Contains(first, "StrContent"):
		f = WeChatCSV
	case strings.Contains(first, "comment_id") && strings.Contains(first, "content"):
		f = DouyinComments
	default:
		if f = sniffText(text); f == "" && sniffGeneric(first) {
			f = Generic
		}
	}
	if f == "" {
		return "", errUnknownFormat()
	}
	return f, nil
}

// sniffJSONObject tells JSON lines of comments from a Telegram export.
func sniffJSONObject(text, first string) Format {
	switch {
	case strings.Contains(first, `"comment_id"`):
		return DouyinComments
	case strings.Contains(text, `"messages"`) || strings.Contains(text, `"chats"`):
		return TelegramJSON
	}
	return ""
}

// sniffText weighs the line starts of the text formats.
func sniffText(text string) Format {
	for _, m := range qqMarks {
		if strings.Contains(text, m) {
			return QQTXT
		}
	}
	var wa, qq, wx int
	for i, line := range strings.Split(text, "\n") {
		if i >= sniffLines {
			break
		}
		b := trimRightSpace(trimMarks([]byte(line)))
		if _, ok := parseWALine(b); ok {
			wa++
		} else if st, ok := stamped(b); ok && len(st.rest) > 0 {
			if qqNumber.Match(st.rest) || qqMail.Match(st.rest) {
				qq++
			} else {
				wx++
			}
		}
	}
	switch {
	case wa > 0 && wa >= qq+wx:
		return WhatsApp
	case qq > 0 && qq >= wx:
		return QQTXT
	case wx > 0:
		return WeChatTXT
	}
	return ""
}

// isJSONArray reports text starting with "[" then "{", "]" or a quote
// (not "[12/03/2023, ..." of WhatsApp on iOS).
func isJSONArray(text string) bool {
	rest, ok := strings.CutPrefix(text, "[")
	rest = strings.TrimLeft(rest, " \t\r\n")
	return ok && rest != "" && strings.ContainsRune("{]\"", rune(rest[0]))
}

// when is f if ok, else "".
func when(ok bool, f Format) Format {
	if ok {
		return f
	}
	return ""
}
