package chatlog

import (
	"bytes"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// fixtures are the exports in testdata with every event they hold, as
// summary writes it, and the stats.
var fixtures = []struct {
	name   string
	format Format
	stats  Stats
	want   []string
}{
	{"douyin_comments.csv", DouyinComments, Stats{Events: 3, System: 0}, []string{
		`2 2023-11-15 06:13:20 [7290001] 小粉丝(MS4wLjABAAAA1) comment "太好看了！"`,
		`3 2023-11-15 06:14:20 [7290001] 路人甲(1002) reply "@小粉丝 同意，\"真的\""`,
		`4 2023-11-15 06:15:20 [7290002] 多行(MS4wLjABAAAA3) comment "第一行\n第二行"`,
	}},
	{"douyin_comments.json", DouyinComments, Stats{Events: 3, System: 0}, []string{
		`2 2023-11-15 06:13:20 [7290001] 小粉丝(MS4wLjABAAAA1) comment "太好看了！"`,
		`21 2023-11-15 06:14:20 [7290001] 路人甲(1002) reply "@小粉丝 同意，\"真的\""`,
		`40 2023-11-15 06:15:20 [7290002] 多行(MS4wLjABAAAA3) comment "第一行\n第二行"`,
	}},
	{"douyin_comments.jsonl", DouyinComments, Stats{Events: 3, System: 0}, []string{
		`1 2023-11-15 06:13:20 [7290001] 小粉丝(MS4wLjABAAAA1) comment "太好看了！"`,
		`2 2023-11-15 06:14:20 [7290001] 路人甲(1002) reply "@小粉丝 同意，\"真的\""`,
		`3 2023-11-15 06:15:20 [7290002] 多行(MS4wLjABAAAA3) comment "第一行\n第二行"`,
	}},
	{"qq_two_chats.txt", QQTXT, Stats{Events: 6, System: 1}, []string{
		`9 2019-05-12 20:15:01 [粉丝一群] 小明(123456789) message "大家好"`,
		`12 2019-05-12 20:16:11 [粉丝一群] 小红(xiaohong@example.com) message "hi\n第二行\n2019-05-12 20:16:12 this line looks like a header but has no id"`,
		`17 2019-05-12 20:17:01 [粉丝一群] 阿强(2345678) post "[图片]"`,
		`20 2019-05-12 20:18:01 [粉丝一群] 小明(123456789) jielong "@小红 #接龙 周六聚会\n1. 小明"`,
		`33 2019-05-13 09:00:00 [粉丝二群] 小明(123456789) checkin "签到"`,
		`36 2019-05-13 09:01:00 [粉丝二群] 老王 tip "[QQ红包]恭喜发财"`,
	}},
	{"telegram_account.json", TelegramJSON, Stats{Events: 3, System: 1}, []string{
		`33 2023-02-01 10:00:00 [Group A] Ben(user222) message "in A"`,
		`57 2023-02-02 11:00:00 Anna(user111) message "note to self"`,
		`77 2022-12-31 23:59:59 [Old group] Dora(user555) message "bye"`,
	}},
	{"telegram_chat.json", TelegramJSON, Stats{Events: 8, System: 1}, []string{
		`20 2023-01-02 03:05:00 [粉丝群 Fans] Anna(user111) message "Hello\nsecond line"`,
		`35 2023-01-02 03:06:00 [粉丝群 Fans] Ben(user222) mention "Hi all, ask @anna!"`,
		`56 2023-01-02 03:07:00 [粉丝群 Fans] Anna(user111) reply "sure"`,
		`66 2023-01-02 03:08:00 [粉丝群 Fans] Ben(user222) post "look"`,
		`78 2023-01-02 03:09:00 [粉丝群 Fans] user333(user333) message "deleted account wrote this"`,
		`87 2023-01-02 03:10:00 [粉丝群 Fans] Ben(user222) post ""`,
		`99 2023-01-02 03:11:00 [粉丝群 Fans] Anna(user111) jielong "#Group Note saturday\n1. Ben"`,
		`115 2023-01-02 03:12:00 [粉丝群 Fans] Carl(user444) mention "Anna welcome"`,
	}},
	{"wechat.txt", WeChatTXT, Stats{Events: 5, System: 1}, []string{
		`1 2023-05-01 12:34:56 小明 message "大家好"`,
		`4 2023-05-01 12:35:00 我 message "第一段\n\n第二段"`,
		`12 2023-05-01 12:36:00 小红 post "[图片]"`,
		`15 2023-05-01 12:37:00 小红 tip "[红包]恭喜发财，大吉大利"`,
		`18 2023-05-01 12:38:00 小明 mention "@小红\u2005欢迎"`,
	}},
	{"wechat_bom.csv", WeChatCSV, Stats{Events: 12, System: 1}, []string{
		`3 2023-05-01 12:34:56 [123@chatroom] 明哥(wxid_ming) message "大家好，欢迎"`,
		`4 2023-05-01 12:35:00 [123@chatroom] 我 message "第一行\n第二行, 有逗号 \"和引号\""`,
		`6 2023-05-01 12:35:10 [123@chatroom] 小红(wxid_hong) post "[图片]"`,
		`7 2023-05-01 12:35:20 [123@chatroom] 小红(wxid_hong) reply "我也要参加"`,
		`8 2023-05-01 12:35:30 [123@chatroom] 小刚(wxid_gang) tip "[红包]恭喜发财"`,
		`9 2023-05-01 12:35:40 [123@chatroom] 小刚(wxid_gang) tip 20 "[转账]微信转账"`,
		`10 2023-05-01 12:35:50 [123@chatroom] 小红(wxid_hong) post "新视频上线 & 抽奖"`,
		`11 2023-05-01 12:36:00 [123@chatroom] wxid_raw9(wxid_raw9) message "原始前缀的群消息"`,
		`13 2023-05-01 12:36:10 [123@chatroom] 小明(wxid_ming) jielong "#接龙 周末聚会\n1. 小明"`,
		`15 2023-05-01 12:36:20 [123@chatroom] 小红(wxid_hong) checkin "打卡"`,
		`16 2023-05-01 12:36:30 [wxid_friend] wxid_friend(wxid_friend) message "私聊消息"`,
		`17 2023-05-01 12:36:40 [123@chatroom] 小明(wxid_ming) mention "@小红\u2005看这里"`,
	}},
	{"wechat_gbk.csv", WeChatCSV, Stats{Events: 12, System: 1}, []string{
		`3 2023-05-01 12:34:56 [123@chatroom] 明哥(wxid_ming) message "大家好，欢迎"`,
		`4 2023-05-01 12:35:00 [123@chatroom] 我 message "第一行\n第二行, 有逗号 \"和引号\""`,
		`6 2023-05-01 12:35:10 [123@chatroom] 小红(wxid_hong) post "[图片]"`,
		`7 2023-05-01 12:35:20 [123@chatroom] 小红(wxid_hong) reply "我也要参加"`,
		`8 2023-05-01 12:35:30 [123@chatroom] 小刚(wxid_gang) tip "[红包]恭喜发财"`,
		`9 2023-05-01 12:35:40 [123@chatroom] 小刚(wxid_gang) tip 20 "[转账]微信转账"`,
		`10 2023-05-01 12:35:50 [123@chatroom] 小红(wxid_hong) post "新视频上线 & 抽奖"`,
		`11 2023-05-01 12:36:00 [123@chatroom] wxid_raw9(wxid_raw9) message "原始前缀的群消息"`,
		`13 2023-05-01 12:36:10 [123@chatroom] 小明(wxid_ming) jielong "#接龙 周末聚会\n1. 小明"`,
		`15 2023-05-01 12:36:20 [123@chatroom] 小红(wxid_hong) checkin "打卡"`,
		`16 2023-05-01 12:36:30 [wxid_friend] wxid_friend(wxid_friend) message "私聊消息"`,
		`17 2023-05-01 12:36:40 [123@chatroom] 小明(wxid_ming) mention "@小红\u2005看这里"`,
	}},
	{"whatsapp_ampm.txt", WhatsApp, Stats{Events: 3, System: 0}, []string{
		`1 2023-03-12 14:05:00 Ana message "hola"`,
		`2 2023-03-12 09:15:00 Ana message "buenos días"`,
		`3 2023-03-12 14:05:00 Ben message "year first"`,
	}},
	{"whatsapp_android_dots.txt", WhatsApp, Stats{Events: 9, System: 3}, []string{
		`3 2023-03-12 14:06:00 Anna message "Hello everyone\nthis is line two\n\nand line four"`,
		`7 2023-03-12 14:07:00 Ben post "<Media omitted>"`,
		`8 2023-03-12 14:08:00 Ben mention "@Anna thanks"`,
		`9 2023-03-12 14:09:00 Anna jielong "#接龙\nSaturday meetup\n1. Anna"`,
		`12 2023-03-13 09:00:00 Ben checkin "签到"`,
		`14 2023-03-13 09:02:00 Dora message "Hi from a non-contact"`,
		`15 2023-03-13 09:02:00 Ben post "<附件：IMG-20230313-WA0001.jpg>"`,
		`16 2023-03-13 09:03:00 Anna message "ok"`,
		`17 2023-03-13 09:03:00 Anna message "ok"`,
	}},
	{"whatsapp_android_slash_dm.txt", WhatsApp, Stats{Events: 3, System: 0}, []string{
		`1 2023-03-12 14:05:00 Anna message "first, ambiguous day and month"`,
		`2 2023-04-01 08:00:00 Ben message "still ambiguous"`,
		`3 2023-04-13 21:30:00 Anna message "the 13th proves day first"`,
	}},
	{"whatsapp_android_us.txt", WhatsApp, Stats{Events: 4, System: 1}, []string{
		`1 2023-03-12 14:05:00 Anna message "hi"`,
		`2 2023-03-12 00:10:00 Ben message "just after midnight"`,
		`3 2023-03-12 12:15:00 Ben message "noon"`,
		`4 2023-12-31 23:59:00 Anna message "the 31st proves month first"`,
	}},
	{"whatsapp_ios.txt", WhatsApp, Stats{Events: 4, System: 2}, []string{
		`3 2023-03-12 14:06:01 Anna post "image omitted"`,
		`4 2023-03-12 14:06:02 Anna post "<attached: 00000012-PHOTO-2023-03-12-14-06-02.jpg>"`,
		`5 2023-03-12 14:07:00 Ben message "two\nlines"`,
		`7 2023-03-12 11:07:00 Ben mention "@Anna see you"`,
	}},
	{"whatsapp_ios_24h.txt", WhatsApp, Stats{Events: 2, System: 0}, []string{
		`1 2023-03-12 14:05:33 Anna message "4-digit year, all days ≤ 12: day first"`,
		`2 2023-02-01 08:00:00 Ben message "February the first"`,
	}},
	{"telegram_unixtime.json", TelegramJSON, Stats{Events: 3}, []string{
		`6 2023-01-02 11:05:00 [Unix only] Anna(user111) message "only the unix time"`,
		`14 2023-01-02 04:06:00 [Unix only] Ben(user222) message "both: the wall clock is the exact time in the date's zone (UTC+1)"`,
		`23 2023-01-02 11:07:00 [Unix only] Anna(user111) message "a bad date, the unix time as a number"`,
	}},
	{"whatsapp_es.txt", WhatsApp, Stats{Events: 4}, []string{
		`1 2023-03-12 14:05:00 Ana message "hola"`,
		`2 2023-03-12 09:15:00 Ana message "buenos días"`,
		`3 2023-03-12 23:59:00 Bea message "¿qué tal?"`,
		`4 2023-03-13 00:01:00 Bea message "medianoche"`,
	}},
	{"whatsapp_time_dots.txt", WhatsApp, Stats{Events: 4}, []string{
		`1 2023-03-13 14:05:00 Anna message "dot between hours and minutes"`,
		`2 2023-03-13 14:06:07 Ben message "with seconds"`,
		`3 2023-03-13 14:07:00 Anna message "a dot after the time"`,
		`4 2023-03-13 14:08:00 Ben message "a dot after the marker"`,
	}},
	{"whatsapp_names.txt", WhatsApp, Stats{Events: 6, Unreadable: 1, Problems: []Problem{{7, keyNoSender}}}, []string{
		`1 2023-03-13 14:05:00 小美 message "我先来"`,
		`2 2023-03-13 14:05:00 小美🌸 message "我是另一个人"`,
		`3 2023-03-13 14:06:00 🌸🌸 message "?"`,
		"4 2023-03-13 14:06:00 👨\u200d👩\u200d👧 message \"...\"",
		`5 2023-03-13 14:07:00 +86 138 0000 0000 message "!!!"`,
		`6 2023-03-13 14:07:00 小美 message "同一个小美"`,
	}},
	{"whatsapp_ios_seconds.txt", WhatsApp, Stats{Events: 4}, []string{
		`1 2023-03-13 14:05:33 Anna message "dots in the date"`,
		`2 2023-03-13 14:05:34 Ben message "slashes"`,
		`3 2023-03-13 14:05:35 Dora message "a non-contact"`,
		`4 2023-03-13 14:05:36 Anna message "year first"`,
	}},
	{"whatsapp_odd_line.txt", WhatsApp, Stats{Events: 4, Unreadable: 1, Problems: []Problem{{3, keyBadTime}}}, []string{
		`1 2023-03-12 09:00:00 Anna message "good morning"`,
		`2 2023-03-12 09:01:00 Ben message "morning!"`,
		`5 2023-03-13 10:00:00 Anna message "still here"`,
		`6 2023-03-13 10:05:00 Dora message "你好"`,
	}},
	{"whatsapp_zh_spaces.txt", WhatsApp, Stats{Events: 4}, []string{
		`1 2023-03-13 14:05:00 小明 message "你好"`,
		`2 2023-03-13 09:05:00 小红 message "早"`,
		`3 2023-03-13 14:05:33 小美 message "嗨"`,
		`4 2023-03-13 00:01:02 小美 message "半夜"`,
	}},
	{"whatsapp_zh.txt", WhatsApp, Stats{Events: 3, System: 0}, []string{
		`1 2023-03-12 14:05:00 小明 message "你好"`,
		`2 2023-03-12 00:30:00 小红 tip "[红包]"`,
		`3 2023-03-12 14:06:00 小红 checkin "打卡"`,
	}},
}

func TestParseFixtures(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			events, stats, err := parseAll(readFixture(t, fx.name), fx.format)
			if err != nil {
				t.Fatal(err)
			}
			got := make([]string, len(events))
			for i, e := range events {
				got[i] = summary(e)
				if e.Platform == "" || e.Key == "" || !strings.HasPrefix(e.Key, e.Platform+":") {
					t.Errorf("event %d: platform %q, key %q", i, e.Platform, e.Key)
				}
			}
			if !slices.Equal(got, fx.want) {
				t.Errorf("events:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(fx.want, "\n     "))
			}
			if !reflect.DeepEqual(stats, fx.stats) {
				t.Errorf("stats %+v, want %+v", stats, fx.stats)
			}
		})
	}
}

// TestParseWhatsAppWithoutSeeking reads a WhatsApp export from a reader
// that cannot seek: it is spooled to a temporary file for the two passes.
func TestParseWhatsAppWithoutSeeking(t *testing.T) {
	b := readFixture(t, "whatsapp_android_slash_dm.txt")
	var got []string
	stats, err := Parse(io.MultiReader(bytes.NewReader(b)), WhatsApp, func(e Event) error {
		got = append(got, summary(e))
		return nil
	})
	want := []string{
		`1 2023-03-12 14:05:00 Anna message "first, ambiguous day and month"`,
		`2 2023-04-01 08:00:00 Ben message "still ambiguous"`,
		`3 2023-04-13 21:30:00 Anna message "the 13th proves day first"`,
	}
	if err != nil || stats.Events != 3 || !slices.Equal(got, want) {
		t.Fatalf("%v %+v\n%s", err, stats, strings.Join(got, "\n"))
	}
}
