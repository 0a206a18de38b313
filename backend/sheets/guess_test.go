package sheets

import (
	"reflect"
	"slices"
	"testing"

	"qunzhu/backend/groups"
)

func TestGuessMapping(t *testing.T) {
	cases := []struct {
		name    string
		headers []string
		want    Mapping
	}{
		{"douyin fan export", []string{"用户昵称", "抖音号", "关注时间", "粉丝团等级", "是否铁粉"},
			Mapping{"nickname": 0, "platformId": 1, "followSince": 2, "fanLevel": 3, "ironFan": 4}},
		{"qq group export", []string{"群昵称", "QQ号", "入群时间", "等级"},
			Mapping{"nickname": 0, "platformId": 1, "fanLevel": 3}},
		{"english", []string{"Nickname", "UID", "Days followed", "Fan level", "Iron fan", "Tags"},
			Mapping{"nickname": 0, "platformId": 1, "daysFollowed": 2, "fanLevel": 3, "ironFan": 4, "tags": 5}},
		{"wechat with remark and notes", []string{"微信昵称", "微信号", "备注名", "备注说明", "标签", "来源"},
			Mapping{"nickname": 0, "platformId": 1, "remark": 2, "notes": 3, "tags": 4, "source": 5}},
		{"traditional chinese", []string{"暱稱", "平臺", "關注天數", "粉絲團等級", "鐵粉", "備註", "說明"},
			Mapping{"nickname": 0, "platform": 1, "daysFollowed": 2, "fanLevel": 3, "ironFan": 4, "remark": 5, "notes": 6}},
		{"spelling noise", []string{" ＮＩＣＫＮＡＭＥ ", "user_id", "sec_uid", "Follow Date", "【标签】"},
			Mapping{"nickname": 0, "platformId": 1, "followSince": 3, "tags": 4}},
		{"platform account beats platform", []string{"平台账号", "平台", "name"},
			Mapping{"platformId": 0, "platform": 1, "nickname": 2}},
		{"first column wins a tie", []string{"昵称", "名字"}, Mapping{"nickname": 0}},
		{"longer synonym wins", []string{"昵称", "用户昵称"}, Mapping{"nickname": 1}},
		{"qunzhu field names", Fields, identity()},
		{"nothing known", []string{"a", "paid", "", "入群时间"}, Mapping{}},
		{"no headers", nil, Mapping{}},
	}
	for _, c := range cases {
		if got := GuessMapping(c.headers); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: GuessMapping(%q) = %v, want %v", c.name, c.headers, got, c.want)
		}
	}
}

func identity() Mapping {
	m := Mapping{}
	for i, f := range Fields {
		m[f] = i
	}
	return m
}

func TestGuessPlatform(t *testing.T) {
	cases := []struct {
		headers []string
		want    string
	}{
		{[]string{"用户昵称", "抖音号", "关注时间"}, "douyin"},
		{[]string{"nickname", "sec_uid"}, "douyin"},
		{[]string{"群昵称", "QQ号", "入群时间", "等级"}, "qq"},
		{[]string{"昵称", "微信号"}, "wechat"},
		{[]string{"nick", "wxid"}, "wechat"},
		{[]string{"Nickname", "UID"}, ""},
		{[]string{"微博昵称", "QQ号"}, "qq"}, // the ID column speaks first
		{nil, ""},
	}
	for _, c := range cases {
		if got := GuessPlatform(c.headers); got != c.want {
			t.Errorf("GuessPlatform(%q) = %q, want %q", c.headers, got, c.want)
		}
	}
}

func TestMappingValidate(t *testing.T) {
	cases := []struct {
		name string
		m    Mapping
		bad  map[string]string // field -> key
	}{
		{"ok", Mapping{"nickname": 0, "platformId": 1, "tags": -1}, nil},
		{"id only", Mapping{"platformId": 2}, nil},
		{"unmapped", Mapping{"tags": 0}, map[string]string{"nickname": "err.import.unmapped"}},
		{"out of range", Mapping{"nickname": 3}, map[string]string{"nickname": "err.import.column"}},
		{"taken", Mapping{"nickname": 0, "remark": 0}, map[string]string{"remark": "err.import.column_taken"}},
		{"unknown field", Mapping{"nickname": 0, "age": 1}, map[string]string{"age": "err.import.field"}},
	}
	for _, c := range cases {
		err := c.m.Validate(3)
		got := map[string]string{}
		for f, fe := range fieldsOf(err) {
			got[f] = fe
		}
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, c.bad) {
			t.Errorf("%s: Validate = %v, want %v", c.name, err, c.bad)
		}
	}
}

func TestPlatformAliases(t *testing.T) {
	for p, aliases := range platformAliases {
		if !slices.Contains(groups.Platforms, p) {
			t.Errorf("alias target %q is not in groups.Platforms", p)
		}
		for _, a := range aliases {
			if got, ok := Platform(a); !ok || got != p {
				t.Errorf("Platform(%q) = %q, %v; want %q", a, got, ok, p)
			}
		}
	}
	for _, p := range groups.Platforms {
		if got, ok := Platform(p); !ok || got != p {
			t.Errorf("Platform(%q) = %q, %v", p, got, ok)
		}
	}
}
