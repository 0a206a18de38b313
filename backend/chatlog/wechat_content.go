package chatlog

import (
	"regexp"
	"strconv"
	"strings"
)

// amountRe finds a money amount such as ￥10.00 in a transfer's XML.
var amountRe = regexp.MustCompile(`[￥¥]\s*([0-9]+(?:\.[0-9]+)?)`)

// wxPlaceholders are the texts WeChat shows for media without a caption.
var wxPlaceholders = map[int]string{
	wxImage: "[图片]", wxVoice: "[语音]", wxVideo: "[视频]", wxEmoji: "[表情]",
	wxLocation: "[位置]", wxCard: "[名片]", wxCall: "[通话]",
}

// wxContent reads a message's text, the kind its type implies and the
// money it shows.
func wxContent(typ, sub int, content string) (string, Kind, float64) {
	switch typ {
	case wxText:
		return content, "", 0
	case wxImage, wxVideo, wxLocation, wxCard:
		return wxPlaceholders[typ], KindPost, 0
	case wxVoice, wxEmoji, wxCall:
		return wxPlaceholders[typ], "", 0
	case wxRedPacket:
		return "[红包]" + xmlTitle(content), KindTip, 0
	case wxTransfer:
		return "[转账]", KindTip, amountIn(content)
	case wxApp:
		return wxApp49(sub, content)
	}
	return content, "", 0
}

// wxApp49 reads an app message: quote, group note, payment or link.
func wxApp49(sub int, content string) (string, Kind, float64) {
	title := xmlTitle(content)
	switch sub {
	case wxSubQuote:
		return title, KindReply, 0
	case wxSubNote:
		return title, KindJielong, 0
	case wxSubPayment:
		return "[转账]" + title, KindTip, amountIn(content)
	case wxSubPacket:
		return "[红包]" + title, KindTip, 0
	}
	if title == "" {
		title = "[链接]"
	}
	return title, KindPost, 0
}

// xmlTitle is the <title> of an app message's XML, or the content itself
// when it is not XML.
func xmlTitle(content string) string {
	if !strings.HasPrefix(strings.TrimSpace(content), "<") {
		return content
	}
	_, after, ok := strings.Cut(content, "<title>")
	if !ok {
		return ""
	}
	title, _, _ := strings.Cut(after, "</title>")
	title = strings.TrimSuffix(strings.TrimPrefix(title, "<![CDATA["), "]]>")
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&amp;", "&").Replace(title)
}

// amountIn is the first ￥ amount in s, or 0.
func amountIn(s string) float64 {
	m := amountRe.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v
}
