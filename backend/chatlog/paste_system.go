package chatlog

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Why a pasted line was left out: a system line of the chat client, or a
// message with no text (a picture the client did not copy).
const (
	SkipJoin      = "ui.paste.skip.join"
	SkipLeave     = "ui.paste.skip.leave"
	SkipRecall    = "ui.paste.skip.recall"
	SkipRedPacket = "ui.paste.skip.red_packet"
	SkipPat       = "ui.paste.skip.pat"
	SkipNotice    = "ui.paste.skip.notice"
	SkipEmpty     = "ui.paste.skip.empty"
)

// systemLines are the client's own lines, each with the reason it is left
// out. Each must match a whole line, so a message that merely mentions
// 加入群聊 is still a message.
// The words (marks) are a quick test before the expression.
var systemLines = []struct {
	marks  []string
	re     *regexp.Regexp
	reason string
}{
	{[]string{"加入", "进入", "進入", "joined"},
		regexp.MustCompile(`^.{1,80}?(?:加入了?群聊|加入了?本群|加入了?群組|加入了?粉丝群|加入了?粉絲群|进入了?群聊|進入了?群聊|joined (?:the|this) group)[。.!！]?$`), SkipJoin},
	{[]string{"退出", "移出", "離開", "left the"},
		regexp.MustCompile(`^.{1,80}?(?:退出了?群聊|退出了?本群|移出了?群聊|移出了?本群|離開了?群組|退出了?群組|left the group)[。.]?$`), SkipLeave},
	{[]string{"撤回", "recalled"}, regexp.MustCompile(`^.{0,80}?(?:撤回了一条消息|撤回了一條訊息|撤回了一條消息|recalled a message)`), SkipRecall},
	{[]string{"领取了", "領取了", "红包已被", "紅包已被"},
		regexp.MustCompile(`^.{0,80}?(?:领取了.{0,80}红包|領取了.{0,80}紅包|红包已被领完|紅包已被領完)[。.]?$`), SkipRedPacket},
	{[]string{"拍了拍", "拍一拍"}, regexp.MustCompile(`^.{1,80}?(?:拍了拍|拍一拍).{0,80}$`), SkipPat},
	{[]string{"以下", "以上", "查看更多"},
		regexp.MustCompile(`^[-—─=\s]*(?:以下是新消息|以下为新消息|以上是历史消息|以上為歷史訊息|查看更多消息|以下是新訊息)[-—─=\s]*$`), SkipNotice},
}

// maxSystemLine is the longest line still read as a system line.
const maxSystemLine = 200

// isSystemLine is the reason line is left out as a system line, or "".
func isSystemLine(line string) string {
	if len(line) > maxSystemLine*4 || utf8.RuneCountInString(line) > maxSystemLine {
		return ""
	}
	for _, s := range systemLines {
		if containsAny(line, s.marks) && s.re.MatchString(line) {
			return s.reason
		}
	}
	return ""
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
