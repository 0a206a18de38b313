package chatlog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what an event is.
type Kind string

// Kinds of events.
const (
	KindMessage  Kind = "message"
	KindReply    Kind = "reply"
	KindMention  Kind = "mention"
	KindJielong  Kind = "jielong" // a sign-up list: #接龙 / #Group Note
	KindComment  Kind = "comment"
	KindLike     Kind = "like"
	KindShare    Kind = "share"
	KindTip      Kind = "tip" // red packet, transfer, gift
	KindCheckin  Kind = "checkin"
	KindPost     Kind = "post" // photo, video, file or link
	KindPurchase Kind = "purchase"
	KindClick    Kind = "click"   // a shop link or product card opened (the funnel's first step)
	KindInquiry  Kind = "inquiry" // a question about a product (咨询)
)

var (
	jielongMarks = []string{"#接龙", "#接龍", "＃接龙", "＃接龍", "#group note"}
	tipMarks     = []string{"[红包]", "[紅包]", "[转账]", "[轉帳]", "[轉賬]", "[QQ红包]"}
	mediaMarks   = []string{"<media omitted>", "<附件：", "<attached: ", "[图片]", "[圖片]", "[视频]",
		"[影片]", "[链接]", "[連結]", "[文件]", "[檔案]", "image omitted", "video omitted",
		"audio omitted", "sticker omitted", "gif omitted", "document omitted", "<媒体已省略>", "<省略影音內容>"}
	checkinMarks = []string{"签到", "打卡", "簽到", "已签到", "已打卡", "已簽到", "今日签到", "今日打卡", "每日签到", "每日打卡"}
)

// maxCheckin is the longest one-line text still read as a check-in.
const maxCheckin = 30

// classify names the kind of a message with text. hint is what the format
// itself says (reply, post, tip, or "" for plain text); a sign-up list wins
// over it, and it wins over what the text looks like.
func classify(text string, hint Kind) Kind {
	text = strings.TrimLeft(trimMarksString(text), " \t")
	switch {
	case isJielong(text):
		return KindJielong
	case hint != "":
		return hint
	case hasPrefixFold(text, tipMarks):
		return KindTip
	case hasPrefixFold(text, mediaMarks):
		return KindPost
	case isCheckin(text):
		return KindCheckin
	case hasMention(text):
		return KindMention
	}
	return KindMessage
}

// isJielong reports whether the first line starts with a sign-up mark,
// possibly after @mentions.
func isJielong(text string) bool {
	line, _, _ := strings.Cut(text, "\n")
	for {
		line = strings.TrimLeftFunc(line, unicode.IsSpace)
		if !strings.HasPrefix(line, "@") {
			return hasPrefixFold(line, jielongMarks)
		}
		i := strings.IndexFunc(line, unicode.IsSpace)
		if i < 0 {
			return false
		}
		line = line[i:]
	}
}

// isCheckin reports a short one-line check-in such as "签到" or "#打卡 第3天".
func isCheckin(text string) bool {
	t := strings.TrimSpace(text)
	if !hasPrefixFold(strings.TrimLeft(t, "#＃ "), checkinMarks) {
		return false
	}
	return !strings.ContainsRune(t, '\n') && utf8.RuneCountInString(t) <= maxCheckin
}

// hasMention reports an @ at the start or after a space followed by a name.
func hasMention(text string) bool {
	for i := strings.IndexByte(text, '@'); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+1:])
		if (i == 0 || unicode.IsSpace(before)) && after != utf8.RuneError && !unicode.IsSpace(after) {
			return true
		}
		next := strings.IndexByte(text[i+1:], '@')
		if next < 0 {
			return false
		}
		i += next + 1
	}
	return false
}

// hasPrefixFold reports whether s starts with one of the (lower-case)
// prefixes, ASCII case ignored.
func hasPrefixFold(s string, prefixes []string) bool {
	if s == "" {
		return false
	}
	first := s[0]
	if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	for _, p := range prefixes {
		switch {
		case first != p[0] || len(s) < len(p):
		case p[0] >= utf8.RuneSelf && strings.HasPrefix(s, p),
			p[0] < utf8.RuneSelf && strings.EqualFold(s[:len(p)], p):
			return true
		}
	}
	return false
}
