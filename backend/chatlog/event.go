// Package chatlog reads chat and comment exports (WhatsApp, WeChat, QQ,
// Telegram, Douyin) and streams them as normalized events. It keeps no
// state that grows with the file: each parser holds one message at a time.
package chatlog

import "time"

// Format names an export layout.
type Format string

// The layouts Sniff recognises and Parse reads.
const (
	WhatsApp       Format = "whatsapp"        // WhatsApp "Export chat" .txt (Android or iOS)
	WeChatCSV      Format = "wechat-csv"      // WeChatMsg / MemoTrace CSV
	WeChatTXT      Format = "wechat-txt"      // WeChatMsg / MemoTrace TXT
	QQTXT          Format = "qq-txt"          // QQ message manager TXT
	TelegramJSON   Format = "telegram-json"   // Telegram Desktop result.json
	DouyinComments Format = "douyin-comments" // MediaCrawler comments: CSV, JSON array or JSONL
)

// Platforms an Event comes from.
const (
	PlatformWhatsApp = "whatsapp"
	PlatformWeChat   = "wechat"
	PlatformQQ       = "qq"
	PlatformTelegram = "telegram"
	PlatformDouyin   = "douyin"
)

// Event is one message or comment as the export wrote it.
type Event struct {
	Line     int       // 1-based line where it starts (physical line, also in JSON)
	Chat     string    // chat, group or video id when the format has one
	Sender   string    // display name, badges such as 【管理员】 stripped
	SenderID string    // platform id when the format has one (QQ number, wxid, user123, sec_uid)
	Platform string    // one of the Platform constants
	Time     time.Time // wall clock as written, in time.UTC
	Kind     Kind
	Text     string
	Value    float64 // money of a tip when the export shows it, else 0
	Key      string  // stable identity for de-duplication on re-import
}

// Stats counts what Parse read.
type Stats struct {
	Events     int       // events passed to the callback
	System     int       // service and system messages left out
	Unreadable int       // messages or lines that could not be read, left out
	Problems   []Problem // the first MaxProblems of them, in file order
}

// MaxProblems is how many unreadable lines Stats names; the rest are counted.
const MaxProblems = 20

// Problem is a line that could not be read. It is left out and the rest of
// the export is read on.
type Problem struct {
	Line int    `json:"line"`
	Key  string `json:"key"` // why: an err.chat.* key whose text takes {{.Line}}
}
