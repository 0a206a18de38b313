package sheets

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestRecordsValidation(t *testing.T) {
	csv := strings.Join([]string{
		"昵称,抖音号,平台,关注天数,关注时间,粉丝团等级,是否铁粉,来源,标签,备注,说明",                 // row 1
		"张三✨,dy1,抖音,120天,2024/1/2,Lv.5,是,评论,\"老粉,活跃\",三哥,\"多行\n说明\"", // row 2 (3 lines)
		",\u200b, ,,,,,,,,",        // row 3: empty once cleaned, skipped
		"\u200b,\u200b,,,,,,,,三哥,", // row 4: a remark, no name or ID
		",dy2,,,,,,,,,",            // row 5: nickname from ID
		"李四,,火星,abc,2024-02-30,100,也许,广告,,,",   // row 6: many problems
		strings.Repeat("长", 65) + ",,,,,,,,,,", // row 7
		"王五,,QQ,-1,2099-01-01,,,直播,,,",         // row 8
		"赵六,,,,,,,,,,",                         // row 9: defaults
	}, "\r\n")
	tb, err := ReadCSV([]byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	recs, bad := Records(tb, GuessMapping(tb.Headers), Options{Platform: "wechat", Source: "私信", Now: testNow})

	gotBad := []string{}
	for _, p := range bad {
		gotBad = append(gotBad, fmt.Sprintf("%d %s %s %v", p.Row, p.Field, p.Key, p.Params))
	}
	wantBad := []string{
		"4 nickname err.member.nickname_required map[]",
		"6 platform err.member.platform map[Value:火星]",
		"6 source err.member.source map[Value:广告]",
		"6 daysFollowed err.member.number map[Value:abc]",
		"6 followSince err.member.date map[Value:2024-02-30]",
		"6 fanLevel err.field.range map[Max:99 Min:0]",
		"6 ironFan err.member.iron_fan map[Value:也许]",
		"7 nickname err.field.too_long map[Max:64]",
		"8 daysFollowed err.field.range map[Max:36500 Min:0]",
		"8 followSince err.member.date_future map[Value:2099-01-01]",
	}
	if !reflect.DeepEqual(gotBad, wantBad) {
		t.Errorf("problems:\n got %q\nwant %q", gotBad, wantBad)
	}

	if len(recs) != 3 {
		t.Fatalf("records = %+v", recs)
	}
	zhang, idOnly, zhao := recs[0], recs[1], recs[2]
	date := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	want := Record{Nickname: "张三✨", Remark: "三哥", Platform: "douyin", PlatformID: "dy1", Source: "comment",
		Notes: "多行\n说明", Tags: []string{"老粉", "活跃"}, DaysFollowed: ptr(120), FollowSince: &date,
		FanLevel: ptr(5), IronFan: ptr(true), Row: 2}
	if !reflect.DeepEqual(zhang, want) {
		t.Errorf("row 2:\n got %+v\nwant %+v", zhang, want)
	}
	if idOnly.Nickname != "dy2" || idOnly.PlatformID != "dy2" || idOnly.Row != 5 {
		t.Errorf("row 5 = %+v", idOnly)
	}
	if zhao.Platform != "wechat" || zhao.Source != "dm" || zhao.Row != 9 || zhao.DaysFollowed != nil || zhao.IronFan != nil || zhao.Tags != nil {
		t.Errorf("row 9 = %+v", zhao)
	}
}

func TestRecordsFollowSinceLeavesDays(t *testing.T) {
	tb := Table{Headers: []string{"name", "follow date"}, Rows: [][]string{{"a", "2024-05-01"}}}
	recs, bad := Records(tb, GuessMapping(tb.Headers), Options{Now: testNow})
	if len(bad) != 0 || recs[0].DaysFollowed != nil || recs[0].FollowSince == nil || recs[0].Row != 2 {
		t.Errorf("records %+v problems %+v", recs, bad)
	}
}

func TestRecordsLimits(t *testing.T) {
	long := func(n int) string { return strings.Repeat("字", n) }
	cases := []struct {
		name, field, value string
		key                string
	}{
		{"nickname at limit", "nickname", long(64), ""},
		{"nickname over", "nickname", long(65), "err.field.too_long"},
		{"remark over", "remark", long(65), "err.field.too_long"},
		{"notes at limit", "notes", long(2000), ""},
		{"notes over", "notes", long(2001), "err.field.too_long"},
		{"id over", "platformId", long(129), "err.field.too_long"},
		{"emoji nickname", "nickname", "👨\u200d👩\u200d👧✨", ""},
	}
	for _, c := range cases {
		tb := Table{Headers: []string{"x", c.field}, Rows: [][]string{{"someone", c.value}}, Lines: []int{7}}
		m := Mapping{c.field: 1}
		if c.field != "nickname" {
			m["nickname"] = 0
		}
		_, bad := Records(tb, m, Options{})
		got := ""
		if len(bad) > 0 {
			got = bad[0].Key
			if bad[0].Row != 7 || bad[0].Field != c.field {
				t.Errorf("%s: problem %+v", c.name, bad[0])
			}
		}
		if got != c.key {
			t.Errorf("%s: key %q, want %q", c.name, got, c.key)
		}
	}
}

func TestRecordsIDOnlyNicknameFitsLimit(t *testing.T) {
	id := strings.Repeat("9", 100)
	recs, bad := Records(Table{Rows: [][]string{{id}}}, Mapping{"platformId": 0}, Options{})
	if len(bad) != 0 || len([]rune(recs[0].Nickname)) != MaxNickname || recs[0].PlatformID != id {
		t.Errorf("records %+v problems %+v", recs, bad)
	}
}

func TestOptionsValidate(t *testing.T) {
	cases := []struct {
		o    Options
		want map[string]string
	}{
		{Options{}, map[string]string{}},
		{Options{Platform: "抖音", Source: "直播"}, map[string]string{}},
		{Options{Platform: "myspace", Source: "ads"}, map[string]string{"platform": "err.member.platform", "source": "err.member.source"}},
	}
	for _, c := range cases {
		if got := fieldsOf(c.o.Validate()); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%+v.Validate() = %v, want %v", c.o, got, c.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }

// Large tables are checked in parts at once; records and problems still come
// in row order, each with its own row number.
func TestRecordsInPartsKeepRowOrder(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("昵称,粉丝团等级\n")
	for i := range 23_456 {
		level := "3"
		if i%997 == 0 {
			level = "120" // out of range
		}
		fmt.Fprintf(&sb, "粉丝%d,%s\n", i, level)
	}
	tb, err := ReadCSV([]byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	recs, bad := Records(tb, GuessMapping(tb.Headers), Options{Platform: "qq", Now: testNow})
	if len(bad) != 24 || len(recs) != 23_456-24 {
		t.Fatalf("%d records, %d problems", len(recs), len(bad))
	}
	for i, p := range bad {
		if p.Row != i*997+2 {
			t.Fatalf("problem %d at row %d, want %d", i, p.Row, i*997+2)
		}
	}
	for i := 1; i < len(recs); i++ {
		if recs[i].Row <= recs[i-1].Row || recs[i].Nickname != fmt.Sprintf("粉丝%d", recs[i].Row-2) {
			t.Fatalf("record %d = row %d %q after row %d", i, recs[i].Row, recs[i].Nickname, recs[i-1].Row)
		}
	}
}
