package chatlog

import (
	"io"
	"strings"
)

// parseWeChatTXT reads the text export of WeChatMsg / MemoTrace.
func parseWeChatTXT(r io.Reader, s *sink) error {
	text, err := openText(r)
	if err != nil {
		return err
	}
	p := blockParser{s: s, platform: PlatformWeChat, head: weChatHead}
	return p.run(newLineReader(text))
}

// weChatHead reads the sender after the time; WeChat's own notices come
// from 系统消息.
func weChatHead(rest []byte, _ bool) (header, bool) {
	name := strings.TrimSpace(string(rest))
	if name == "" {
		return header{}, false
	}
	return header{sender: name, system: name == "系统消息" || name == "系统通知"}, true
}
