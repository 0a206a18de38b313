package review_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/groups"
	"qunzhu/backend/lottery"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/backend/workspace"
)

// week is the week reviewed: Monday 2026-03-02 to Sunday 2026-03-08.
var week = struct{ from, to time.Time }{date("2026-03-02"), date("2026-03-08")}

// chat is a WhatsApp export of the group, worked out by hand per item
// window (3 hours from each item's start) and its baseline (the same
// window 1–4 weeks earlier, averaged over 4):
//
//	投票 Mon 20:00: 3 messages, 2 speakers (the 23:00 one is after the window);
//	  baseline 02-23 + 02-16 = 2/4 = 0.5 (counts as 1): lift 3.0, up
//	答疑 Wed 20:00: 8 messages, 4 speakers, one a 接龙; baseline 2 each week: 2.0, lift 4.0, up
//	直播 Fri 20:00: 1 message; baseline 4 + 4 + 0 + 0 = 2.0: lift 0.5, none
//	红包 Sun 12:00: 2 messages; baseline 2 each week: 2.0, lift 1.0, flat
//
// Messages in the week: 3 + 1 + 8 + 1 + 2 = 15; in the week before
// (02-23..03-01): 1 + 2 + 4 + 2 = 9.
var chat = []string{
	"16.02.2026, 21:00 - 乙: hi",
	"23.02.2026, 20:30 - 甲: hi",
	"02.03.2026, 20:00 - 甲: 投1",
	"02.03.2026, 21:10 - 乙: 投2",
	"02.03.2026, 22:59 - 甲: 好",
	"02.03.2026, 23:00 - 丙: 晚安",
	"04.03.2026, 20:00 - 甲: 老师好",
	"04.03.2026, 20:05 - 乙: 请问",
	"04.03.2026, 20:10 - 丙: 我也想问",
	"04.03.2026, 20:15 - 丁: 谢谢",
	"04.03.2026, 20:20 - 甲: 懂了",
	"04.03.2026, 20:25 - 乙: 好的",
	"04.03.2026, 20:30 - 丙: #接龙 1. 丙",
	"04.03.2026, 22:00 - 丁: 晚安",
	"06.03.2026, 20:30 - 甲: 来了",
	"08.03.2026, 12:10 - 甲: 谢谢红包",
	"08.03.2026, 12:20 - 乙: 抢到了",
}

func init() {
	for _, d := range []string{"04.02", "11.02", "18.02", "25.02"} { // Wednesdays before
		chat = append(chat, d+".2026, 20:10 - 甲: 在", d+".2026, 20:20 - 乙: 在")
	}
	for _, d := range []string{"20.02", "27.02"} { // Fridays before
		chat = append(chat, d+".2026, 20:01 - 甲: a", d+".2026, 20:02 - 乙: b", d+".2026, 20:03 - 丙: c",
			d+".2026, 20:04 - 丁: d")
	}
	for _, d := range []string{"08.02", "15.02", "22.02", "01.03"} { // Sundays before
		chat = append(chat, d+".2026, 12:30 - 甲: 早", d+".2026, 12:40 - 乙: 早")
	}
}

type fixture struct {
	ws    *workspace.Workspace
	group int64
	ids   map[string]int64 // item title -> id
}

// planned opens a database, makes the group, plans the week (投票 linked
// to a poll with 5 votes typed in, 红包 to a draw of 3 entrants from a 接龙;
// 答疑 and 红包 done) and imports chat.
func planned(t *testing.T, withChat bool) fixture {
	t.Helper()
	ctx := context.Background()
	ws, err := workspace.Open(ctx, filepath.Join(t.TempDir(), "qunzhu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	g, err := ws.Groups.Create(ctx, groups.Input{Name: "粉丝群", Platform: "whatsapp", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	f := fixture{ws: ws, group: g.ID, ids: map[string]int64{}}
	poll, err := ws.Polls.Create(ctx, polls.Input{Question: "下期选题", Options: []string{"A", "B"}, GroupID: g.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Polls.SetTally(ctx, poll.ID, []int{3, 2}); err != nil {
		t.Fatal(err)
	}
	draw, err := ws.Lottery.Freeze(ctx, lottery.Setup{Title: "周日红包", Mode: lottery.ModeInstant, GroupID: g.ID,
		Tiers: []lottery.Tier{{Name: "红包", Count: 1}},
		Entry: lottery.Entry{From: lottery.FromJielong, Text: "#接龙 周日红包\n1. 甲\n2. 乙\n3. 丙"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct {
		kind, title, at string
		poll, draw      int64
		done            bool
	}{
		{"vote", "投票", "2026-03-02T20:00", poll.ID, 0, false},
		{"live_qa", "答疑", "2026-03-04T20:00", 0, 0, true},
		{"live_stream", "直播", "2026-03-06T20:00", 0, 0, false},
		{"red_packet", "红包", "2026-03-08T12:00", 0, draw.ID, true},
	} {
		f.plan(t, planner.Input{GroupID: g.ID, Kind: p.kind, Title: p.title, Start: wall(p.at), Minutes: 30,
			PollID: p.poll, LotteryID: p.draw}, p.done)
	}
	if withChat {
		path := filepath.Join(t.TempDir(), "chat.txt")
		if err := os.WriteFile(path, []byte(strings.Join(chat, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ws.Activity.Import(ctx, activity.Request{Path: path, GroupID: g.ID}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f fixture) plan(t *testing.T, in planner.Input, done bool) {
	ctx := context.Background()
	in.Normalize()
	items, err := f.ws.Planner.Create(ctx, in, planner.Recurrence{})
	if err != nil {
		t.Fatal(err)
	}
	f.ids[in.Title] = items[0].ID
	if done {
		if _, err := f.ws.Planner.SetDone(ctx, items[0].ID, true); err != nil {
			t.Fatal(err)
		}
	}
}

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func wall(s string) time.Time {
	w, err := planner.ParseWall(s)
	if err != nil {
		panic(err)
	}
	return w
}
