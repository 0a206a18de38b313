package sheets

import (
	"slices"
	"testing"
	"time"
)

func TestParseDays(t *testing.T) {
	cases := []struct {
		in   string
		want int
		key  string
	}{
		{"120", 120, ""}, {"120天", 120, ""}, {"120 days", 120, ""}, {"1 day", 1, ""}, {"１２０天", 120, ""},
		{"0", 0, ""}, {"36500", 36500, ""}, {"120.0", 120, ""},
		{"-1", 0, "err.field.range"}, {"36501", 0, "err.field.range"},
		{"abc", 0, "err.member.number"}, {"12.5", 0, "err.member.number"}, {"99999999999", 0, "err.member.number"},
	}
	for _, c := range cases {
		got, e := parseDays(c.in)
		if key(e) != c.key || got != c.want {
			t.Errorf("parseDays(%q) = %d, %v; want %d, %q", c.in, got, e, c.want, c.key)
		}
	}
}

func TestParseLevel(t *testing.T) {
	cases := []struct {
		in   string
		want int
		key  string
	}{
		{"5", 5, ""}, {"Lv.5", 5, ""}, {"LV 12", 12, ""}, {"lv5", 5, ""}, {"5级", 5, ""}, {"Level 7", 7, ""},
		{"等级：3", 3, ""}, {"ＬＶ．９", 9, ""}, {"99", 99, ""},
		{"100", 0, "err.field.range"}, {"Lv.-1", 0, "err.field.range"}, {"high", 0, "err.member.number"},
	}
	for _, c := range cases {
		got, e := parseLevel(c.in)
		if key(e) != c.key || got != c.want {
			t.Errorf("parseLevel(%q) = %d, %v; want %d, %q", c.in, got, e, c.want, c.key)
		}
	}
}

func TestParseDate(t *testing.T) {
	today := dateOf(testNow)
	cases := []struct{ in, want, key string }{
		{"2024-01-02", "2024-01-02", ""}, {"2024/1/2", "2024-01-02", ""}, {"2024.1.2", "2024-01-02", ""},
		{"2024年1月2日", "2024-01-02", ""}, {"2024 年 1 月 2 日", "2024-01-02", ""}, {"2024-01-02 13:45:10", "2024-01-02", ""},
		{"2024-01-02T13:45:10+08:00", "2024-01-02", ""}, {"2024/1/2 9:05", "2024-01-02", ""}, {"20240102", "2024-01-02", ""},
		{"45292", "2024-01-01", ""}, {"45293.75", "2024-01-02", ""}, {"２０２４－０１－０２", "2024-01-02", ""},
		{"2025-06-01", "2025-06-01", ""},
		{"2025-06-02", "", "err.member.date_future"}, {"2024-02-30", "", "err.member.date"}, {"2024-13-01", "", "err.member.date"},
		{"1/2/2024", "", "err.member.date"}, {"5", "", "err.member.date"}, {"1989-12-31", "", "err.member.date"},
		{"yesterday", "", "err.member.date"},
	}
	for _, c := range cases {
		got, e := parseDate(c.in, today)
		s := ""
		if e == nil {
			s = got.Format(time.DateOnly)
		}
		if key(e) != c.key || s != c.want || (e == nil && got.Location() != time.UTC) {
			t.Errorf("parseDate(%q) = %s, %v; want %q, %q", c.in, got, e, c.want, c.key)
		}
	}
}

func TestParseIronFan(t *testing.T) {
	yes := []string{"是", "true", "TRUE", "yes", "Y", "1", "√", "✓", "铁粉", "１"}
	no := []string{"否", "false", "No", "n", "0", "×", "非铁粉"}
	for _, s := range yes {
		if v, e := parseIronFan(s); e != nil || !v {
			t.Errorf("parseIronFan(%q) = %v, %v; want true", s, v, e)
		}
	}
	for _, s := range no {
		if v, e := parseIronFan(s); e != nil || v {
			t.Errorf("parseIronFan(%q) = %v, %v; want false", s, v, e)
		}
	}
	if _, e := parseIronFan("maybe"); key(e) != "err.member.iron_fan" || e.params["Value"] != "maybe" {
		t.Errorf("parseIronFan(maybe) = %v", e)
	}
}

func TestSplitTags(t *testing.T) {
	cases := []struct {
		in   string
		want []string
		key  string
	}{
		{"老粉,活跃", []string{"老粉", "活跃"}, ""},
		{" 老粉 ，活跃；VIP;vip | 铁粉、 ", []string{"老粉", "活跃", "VIP", "铁粉"}, ""},
		{"a,,b,\u200b,a", []string{"a", "b"}, ""},
		{"一二三四五六七八九十一二三四五六七八九十", []string{"一二三四五六七八九十一二三四五六七八九十"}, ""},
		{"ok,一二三四五六七八九十一二三四五六七八九十一", nil, "err.field.too_long"},
		{",,", nil, ""},
	}
	for _, c := range cases {
		got, e := splitTags(c.in)
		if key(e) != c.key || !slices.Equal(got, c.want) {
			t.Errorf("splitTags(%q) = %q, %v; want %q, %q", c.in, got, e, c.want, c.key)
		}
	}
}

func TestAliases(t *testing.T) {
	platforms := map[string]string{"抖音": "douyin", "DY": "douyin", "Douyin": "douyin", "微信": "wechat", "WeChat": "wechat",
		"weixin": "wechat", "wx": "wechat", "QQ": "qq", "快手": "kuaishou", "B站": "bilibili", "哔哩哔哩": "bilibili",
		"小红书": "xiaohongshu", "XHS": "xiaohongshu", "RedNote": "xiaohongshu", "微博": "weibo", "TG": "telegram",
		"电报": "telegram", "WhatsApp": "whatsapp", "其他": "other", "ｄｏｕｙｉｎ": "douyin"}
	for in, want := range platforms {
		if got, ok := Platform(in); !ok || got != want {
			t.Errorf("Platform(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "tiktok", "myspace"} {
		if got, ok := Platform(in); ok {
			t.Errorf("Platform(%q) = %q, want unknown", in, got)
		}
	}
	sources := map[string]string{"评论": "comment", "私信": "dm", "DM": "dm", "直播": "live", "导入": "import",
		"手动": "manual", "Manual": "manual", "comment": "comment"}
	for in, want := range sources {
		if got, ok := Source(in); !ok || got != want {
			t.Errorf("Source(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := Source("广告"); ok {
		t.Errorf("Source(广告) = %q, want unknown", got)
	}
}

func key(e *cellError) string {
	if e == nil {
		return ""
	}
	return e.key
}
