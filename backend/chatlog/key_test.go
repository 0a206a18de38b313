package chatlog

import (
	"strings"
	"testing"
)

func TestKeysStableAndUnique(t *testing.T) {
	for _, fx := range fixtures {
		b := readFixture(t, fx.name)
		first, _, err1 := parseAll(b, fx.format)
		again, _, err2 := parseAll(b, fx.format)
		if err1 != nil || err2 != nil || len(first) != len(again) {
			t.Fatalf("%s: %v, %v", fx.name, err1, err2)
		}
		seen := map[string]bool{}
		for i := range first {
			if first[i].Key != again[i].Key {
				t.Errorf("%s: event %d key %s then %s", fx.name, i, first[i].Key, again[i].Key)
			}
			if seen[first[i].Key] {
				t.Errorf("%s: key %s twice", fx.name, first[i].Key)
			}
			seen[first[i].Key] = true
		}
	}
}

func TestKeysOfPlatformIDs(t *testing.T) {
	for name, want := range map[string]string{
		"telegram_chat.json":    "telegram:1234567890:2",
		"telegram_account.json": "telegram:1001:10",
		"douyin_comments.csv":   "douyin:7301",
		"douyin_comments.jsonl": "douyin:7301",
	} {
		var format Format
		for _, fx := range fixtures {
			if fx.name == name {
				format = fx.format
			}
		}
		events, _, err := parseAll(readFixture(t, name), format)
		if err != nil || len(events) == 0 || events[0].Key != want {
			t.Errorf("%s: first key %v, want %s (%v)", name, events, want, err)
		}
	}
}

// TestKeysOfOverlappingExports parses an export and a longer one that
// starts earlier and ends later: the messages they share get the same keys.
func TestKeysOfOverlappingExports(t *testing.T) {
	cases := []struct {
		fixture, before, after string
		format                 Format
		keep                   int // lines of the fixture in the shorter export
	}{
		{"whatsapp_android_dots.txt", "11.03.2023, 10:00 - Zed: earlier\n", "14.03.2023, 10:00 - Zed: later\n", WhatsApp, 16},
		{"whatsapp_ios.txt", "[3/11/23, 2:05:33 PM] Zed: earlier\n", "[3/14/23, 2:05:33 PM] Zed: later\n", WhatsApp, 6},
		{"qq_two_chats.txt", "", "2019-05-14 09:00:00 小明(123456789)\n晚安\n", QQTXT, 24},
		{"wechat.txt", "2023-04-30 12:00:00 小明\n早\n\n", "2023-05-02 12:00:00 小明\n晚安\n", WeChatTXT, 14},
		{"wechat_bom.csv", "", "99,123@chatroom,1,0,0,1682999999,2,later,2023-05-02 11:59:59,,小明,wxid_ming\r\n", WeChatCSV, 9},
	}
	for _, c := range cases {
		full := strings.TrimPrefix(string(readFixture(t, c.fixture)), "\ufeff")
		lines := strings.SplitAfter(full, "\n")
		short := strings.Join(lines[:c.keep], "")
		long := full + c.after
		if c.before != "" {
			long = c.before + full + c.after
		}
		shortEvents, _, err1 := parseAll([]byte(short), c.format)
		longEvents, _, err2 := parseAll([]byte(long), c.format)
		if err1 != nil || err2 != nil || len(shortEvents) == 0 || len(longEvents) <= len(shortEvents) {
			t.Fatalf("%s: %d and %d events, %v, %v", c.fixture, len(shortEvents), len(longEvents), err1, err2)
		}
		keys := map[string]string{}
		for _, e := range longEvents {
			keys[e.Time.String()+e.Sender+e.Text] += e.Key + " "
		}
		for _, e := range shortEvents {
			if !strings.Contains(keys[e.Time.String()+e.Sender+e.Text], e.Key) {
				t.Errorf("%s: %s has key %s alone, %q in the longer export", c.fixture, summary(e), e.Key, keys[e.Time.String()+e.Sender+e.Text])
			}
		}
	}
}
