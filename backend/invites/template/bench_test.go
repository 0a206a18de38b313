package template

import (
	"strings"
	"testing"
)

const benchBody = "[[嗨|你好|哈喽]] {昵称|朋友}，感谢你关注{创作者} {关注天数|好多} 天一直以来的支持～\n" +
	"我们建了个小圈子「{群名}」，想邀请你进来玩 🎉 口令：{群口令|私信我拿}。[[期待你|等你哦|快来吧]]"

// BenchmarkParse parses a typical two-line template with two variations.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse(benchBody)
	}
}

// BenchmarkRender renders it for one member (the cost per draft).
func BenchmarkRender(b *testing.B) {
	tpl := Parse(benchBody)
	v := Values{Nickname: "小美", Creator: "阿May", DaysFollowed: "120", Group: "铁粉一群", JoinCode: "芝麻开门"}
	b.ReportAllocs()
	id := int64(0)
	for b.Loop() {
		id++
		tpl.Render(v, Seed{Template: 1, Member: id})
	}
}

// BenchmarkParseLong parses a 60 KB body (the editor re-parses on each key).
func BenchmarkParseLong(b *testing.B) {
	body := strings.Repeat("[[嗨|你好]]{昵称|朋友}，欢迎😀！", 1300)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(body)
	}
}
