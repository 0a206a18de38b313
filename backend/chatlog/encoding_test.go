package chatlog

import (
	"slices"
	"strings"
	"testing"
)

// Chat exports in the encodings a Chinese Windows saves text in: Big5
// (Traditional), GBK (Simplified), UTF-16 LE and BE with a BOM.
func TestParseEncodings(t *testing.T) {
	traditionalTXT := []string{
		`1 2023-05-01 12:34:56 陳小明 message "大家好，歡迎新朋友"`,
		`4 2023-05-01 12:35:00 單曉紅 message "謝謝！週末見"`,
		`7 2023-05-01 12:35:10 曾小賢 message "第一行\n第二行「引號」"`,
	}
	tests := []struct {
		name   string
		format Format
		want   []string
	}{
		{"wechat_big5.csv", WeChatCSV, []string{
			`2 2023-05-01 12:34:56 [123@chatroom] 明哥(wxid_ming) message "大家好，歡迎新朋友"`,
			`3 2023-05-01 12:35:00 [123@chatroom] 單曉紅(wxid_hong) message "第一行\n第二行「引號」"`,
			`5 2023-05-01 12:35:10 [123@chatroom] 曾小賢(wxid_zeng) message "謝謝群主！週末見"`,
		}},
		{"wechat_big5.txt", WeChatTXT, traditionalTXT},
		{"wechat_utf16le.txt", WeChatTXT, traditionalTXT},
		{"wechat_utf16be.txt", WeChatTXT, traditionalTXT},
		{"wechat_gbk.txt", WeChatTXT, []string{
			`1 2023-05-01 12:34:56 陈小明 message "大家好，欢迎新朋友"`,
			`4 2023-05-01 12:35:00 单晓红 message "谢谢！周末见"`,
			`7 2023-05-01 12:35:10 曾小贤 message "第一行\n第二行“引号”"`,
		}},
	}
	for _, tt := range tests {
		b := readFixture(t, tt.name)
		if f, err := Sniff(b); f != tt.format || err != nil {
			t.Errorf("%s: sniffed %q, %v; want %q", tt.name, f, err, tt.format)
		}
		events, _, err := parseAll(b, tt.format)
		got := make([]string, len(events))
		for i, e := range events {
			got[i] = summary(e)
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v\n%s", tt.name, err, strings.Join(got, "\n"))
		}
	}
}
