package review_test

import (
	"context"
	"strings"
	"testing"

	"qunzhu/backend/review"
)

func texts(ss []review.Suggestion, lang string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text(lang)
	}
	return out
}

// The reviewed week words five suggestions (the most there are): keep
// 答疑 (lift 4.0), change 直播 (0.5), marketing 1 of 4 = 25 %, 2 of 4
// undone, messages 53.6 a day per 100 (before 32.1); participation is cut.
// An empty period (no plan, no chat) words four.
func TestSuggestions(t *testing.T) {
	for _, c := range []struct {
		name string
		chat bool
		plan bool
		want map[string][]string
	}{
		{"reviewed week", true, true, map[string][]string{
			"zh-CN": {"周三答疑带动最多（4.0 倍），下周保留。", "周五直播没反应（0.5 倍），换个时段或换个形式。",
				"营销占比 25%，超过 15%，下周少排一条营销。", "4 项计划有 2 项没标完成，排少一点、排准一点。",
				"每百人日消息 53.6（上期 32.1），保持现在的节奏。"},
			"zh-TW": {"週三答疑帶動最多（4.0 倍），下週保留。", "週五直播沒反應（0.5 倍），換個時段或換個形式。",
				"行銷佔比 25%，超過 15%，下週少排一則行銷。", "4 項計畫有 2 項沒標完成，排少一點、排準一點。",
				"每百人日訊息 53.6（上期 32.1），保持現在的節奏。"},
			"en": {"Wed 答疑 moved the group most (4.0×): keep it next week.",
				"Fri 直播 got no response (0.5×): try another time or another format.",
				"Marketing is 25% of the plan, above 15%: plan one marketing item fewer next week.",
				"2 of 4 planned items were not marked done: plan fewer, and plan them better.",
				"53.6 messages a day per 100 members (before: 32.1): keep the rhythm."},
		}},
		{"empty period", false, false, map[string][]string{
			"zh-CN": {"这段时间还没有导入聊天记录：先导入群聊导出，数字才有意义。",
				"这段时间没有排计划：下周先按周一投票、周三答疑、周五预告、周日福利排一周。",
				"每百人日消息 0.0，低于健康线 20.0，每天在黄金时段抛一个话题。",
				"参与率 0%，低于 30%，多用接龙和打卡让潜水的人开口。"},
			"zh-TW": {"這段時間還沒有匯入聊天記錄：先匯入群聊匯出，數字才有意義。",
				"這段時間沒有排計畫：下週先按週一投票、週三答疑、週五預告、週日福利排一週。",
				"每百人日訊息 0.0，低於健康線 20.0，每天在黃金時段拋一個話題。",
				"參與率 0%，低於 30%，多用接龍和打卡讓潛水的人開口。"},
			"en": {"No chat export is on record for this period: import one first, or the numbers mean nothing.",
				"Nothing was planned in this period: plan next week, e.g. Monday vote, Wednesday Q&A, Friday preview, Sunday treat.",
				"0.0 messages a day per 100 members, under the healthy 20.0: post a topic in a best window every day.",
				"Participation is 0%, under 30%: use 接龙 and check-ins so lurkers speak up."},
		}},
	} {
		f := planned(t, c.chat)
		from, to := week.from, week.to
		if !c.plan {
			from, to = from.AddDate(0, 0, 14), to.AddDate(0, 0, 14)
		}
		r, err := f.ws.Review.Get(context.Background(), review.Request{GroupID: f.group, From: from, To: to})
		if err != nil {
			t.Fatal(err)
		}
		for lang, want := range c.want {
			got := texts(r.Suggestions, lang)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s %s:\n got %q\nwant %q", c.name, lang, got, want)
			}
		}
	}
}

// Rules on reviews built by hand: more leaving than joining, a best item
// that did not move the group, and a drop in messages.
func TestSuggestionRules(t *testing.T) {
	flat := review.Item{Lift: 1.1, Word: review.Flat, Done: true}
	flat.Title, flat.Start = "打卡", wall("2026-03-03T07:00")
	r := review.Review{Items: []review.Item{flat}}
	r.KPIs.Recorded, r.KPIs.Joins, r.KPIs.Leaves = true, 1, 3
	r.KPIs.MessagesPer100, r.Previous.MessagesPer100 = 25, 31.4
	r.KPIs.Thresholds.MessagesPer100, r.KPIs.Thresholds.Participation = 20, 0.3
	r.KPIs.Participation = 0.3
	want := []string{"周二打卡反应最好（1.1 倍），但还没带动起来，下周加一个互动问题。",
		"退群 3 人多于进群 1 人，发一条关怀消息，看看谁在流失。",
		"每百人日消息 25.0，比上期 31.4 少了，下周多安排轻量互动。",
		"参与率 30%，达到 30% 的健康线。"}
	if got := texts(review.Suggest(r), "zh-CN"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

// The text to copy holds every item line, the KPIs, the mix and the suggestions.
func TestText(t *testing.T) {
	f := planned(t, true)
	r, err := f.ws.Review.Get(context.Background(), review.Request{GroupID: f.group, From: week.from, To: week.to})
	if err != nil {
		t.Fatal(err)
	}
	text := review.Text(r, "粉丝群", "zh-CN")
	for _, line := range []string{
		"复盘 · 粉丝群 · 2026-03-02 至 2026-03-08",
		"周三 20:00 答疑：8 条消息 / 4 人（基线 2.0），4.0 倍，带动了，已完成",
		"周五 20:00 直播：1 条消息 / 1 人（基线 2.0），0.5 倍，没反应，未完成",
		"7-2-1：计划 干货 2 / 情感 1 / 营销 1；完成 1 / 1 / 0",
		"KOC 0 人；正在流失 0 人",
		"5. 每百人日消息 53.6（上期 32.1），保持现在的节奏。",
	} {
		if !strings.Contains(text, line) {
			t.Errorf("text lacks %q:\n%s", line, text)
		}
	}
}
