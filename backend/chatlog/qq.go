package chatlog

import (
	"io"
	"regexp"
	"strings"
)

var (
	qqNumber = regexp.MustCompile(`^(.*?)\s*[(（](\d{5,12})[)）]$`) // 小明(123456789)
	qqMail   = regexp.MustCompile(`^(.*?)\s*<([^<>\s]+)>$`)       // 小红<xiaohong@example.com>
	qqBadges = regexp.MustCompile(`^(?:【[^】]{0,16}】\s*)+`)        // 【管理员】【活跃】
)

// qqSystem is the QQ number of system messages.
const qqSystem = "10000"

// parseQQ reads a QQ message manager export.
func parseQQ(r io.Reader, s *sink) error {
	text, err := openText(r)
	if err != nil {
		return err
	}
	p := blockParser{s: s, platform: PlatformQQ, head: qqHead}
	return p.run(newLineReader(text))
}

// qqHead reads `【管理员】小明(123456789)` or `小红<mail>`; a name without
// either starts a message only after a blank or section line.
func qqHead(rest []byte, afterBreak bool) (header, bool) {
	name, id := string(rest), ""
	if m := qqNumber.FindSubmatch(rest); m != nil {
		name, id = string(m[1]), string(m[2])
	} else if m := qqMail.FindSubmatch(rest); m != nil {
		name, id = string(m[1]), string(m[2])
	} else if !afterBreak || len(rest) == 0 {
		return header{}, false
	}
	name = strings.TrimSpace(qqBadges.ReplaceAllString(name, ""))
	system := id == qqSystem || name == "系统消息"
	return header{sender: name, senderID: id, system: system}, true
}
