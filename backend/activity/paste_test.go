package activity_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
)

var pasteDay = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

// pasteFixture is a hand-written paste from backend/chatlog/testdata/paste.
func pasteFixture(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("..", "chatlog", "testdata", "paste", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func pasteRequest(t *testing.T, name string, group int64) activity.Request {
	return activity.Request{GroupID: group, Platform: chatlog.PlatformDouyin,
		Paste: &activity.Pasted{Text: pasteFixture(t, name), Day: pasteDay}}
}

// Pasted chats are stored like file imports: senders by exact name on the
// platform, joining the group; the same paste twice stores nothing twice;
// two equal messages in one minute are both kept.
func TestImportPaste(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	g, _ := f.groups.Create(ctx, groups.Input{Name: "抖音粉丝群", Platform: "douyin", Purpose: "core", Capacity: 500})
	known, _ := f.members.Create(ctx, members.Input{Nickname: "小葵", Platform: "douyin"})
	f.members.Create(ctx, members.Input{Nickname: "阿泽", Platform: "wechat"}) // another platform: not him
	tests := []struct {
		name                               string
		file                               string
		events, duplicates, members, added int
	}{
		{"first paste", "bracket.txt", 7, 0, 3, 2},
		{"the same again", "bracket.txt", 0, 7, 3, 0},
		{"another chat", "douyin_yesterday.txt", 4, 0, 2, 0},
		{"a full-date paste", "douyin_full_date.txt", 5, 0, 3, 2},
	}
	for _, tt := range tests {
		rep, err := f.act.Import(ctx, pasteRequest(t, tt.file, g.ID), nil)
		got := [5]int{rep.Events, rep.Duplicates, rep.Members, rep.NewMembers, 0}
		want := [5]int{tt.events, tt.duplicates, tt.members, tt.added, 0}
		if err != nil || got != want || rep.Format != "paste" {
			t.Errorf("%s: report %+v, err %v; want events/duplicates/members/new %v", tt.name, rep, err, want[:4])
		}
	}
	if n := f.count(t, `SELECT count(*) FROM events WHERE member_id = `+itoa(known.ID)); n != 4+2 {
		t.Errorf("小葵 (known) has %d events, want 6 (4 in bracket.txt, a repeat in one minute among them, 2 yesterday)", n)
	}
	if n := f.count(t, `SELECT count(*) FROM members WHERE platform = 'douyin' AND nickname = '阿泽'`); n != 1 {
		t.Errorf("%d douyin members named 阿泽, want 1 (the wechat one is someone else)", n)
	}
	if n := f.count(t, `SELECT count(*) FROM memberships WHERE group_id = `+itoa(g.ID)); n != 5 {
		t.Errorf("%d members in the group, want 5 (阿泽 of the two pastes is one)", n)
	}
	if n := f.count(t, `SELECT count(*) FROM imports WHERE file_name = 'paste'`); n != 4 {
		t.Errorf("%d paste imports recorded, want 4", n)
	}
}

// The preview shows the paste's lines as read and stores nothing; a
// sender two members could be is for the operator to settle.
func TestPreviewPaste(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.members.Create(ctx, members.Input{Nickname: "奶茶不加糖", Platform: "douyin"})
	f.members.Create(ctx, members.Input{Nickname: "奶茶不加糖", Platform: "douyin", Remark: "二号"})
	p, err := f.act.Preview(ctx, pasteRequest(t, "douyin_full_date.txt", 0))
	if err != nil {
		t.Fatal(err)
	}
	if p.Shape != chatlog.ShapeNameTime || p.Events != 5 || p.System != 2 || p.New != 2 || len(p.Unsettled) != 1 || len(p.Rows) != 7 {
		t.Fatalf("preview %+v", p)
	}
	first, join := p.Rows[0], p.Rows[2]
	if first.Sender != "小鹿今天也要早睡🦌" || first.Time != time.Date(2026, 12, 1, 20, 1, 33, 0, time.UTC) || first.Line != 1 ||
		join.Skip != chatlog.SkipJoin || join.Line != 9 || join.Text != "阿泽 加入了群聊" {
		t.Errorf("rows %+v, %+v", first, join)
	}
	if n := f.count(t, `SELECT count(*) FROM events`); n != 0 {
		t.Errorf("the preview stored %d events", n)
	}
}

// A paste that is not a chat, empty, or too long is refused whole with a
// reason; a marked pattern reads an unknown shape; a cancelled paste
// stores nothing.
func TestImportPasteRefusals(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	big := make([]byte, activity.MaxPasteMB<<20+1)
	pattern, _ := chatlog.Learn(chatlog.Sample{Before: "<<", Name: "阿泽", Between: ">> @ ", Time: "20:03", After: " | 一起蹲"})
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		paste   activity.Pasted
		wantKey string
		events  int
	}{
		{"empty", ctx, activity.Pasted{Text: "\n \n"}, "err.paste.empty", 0},
		{"unknown shape", ctx, activity.Pasted{Text: pasteFixture(t, "marked_unknown.txt")}, "err.paste.unknown_shape", 0},
		{"too long", ctx, activity.Pasted{Text: string(big)}, "err.paste.too_long", 0},
		{"cancelled", cancelled, activity.Pasted{Text: pasteFixture(t, "bracket.txt")}, "err.cancelled", 0},
		{"marked", ctx, activity.Pasted{Text: pasteFixture(t, "marked_unknown.txt"), Pattern: &pattern}, "", 4},
	}
	for _, tt := range tests {
		tt.paste.Day = pasteDay
		rep, err := f.act.Import(tt.ctx, activity.Request{Paste: &tt.paste}, nil)
		key := ""
		if err != nil {
			key = errs.As(err).Key
		}
		if key != tt.wantKey || rep.Events != tt.events || (key == "") != (err == nil) {
			t.Errorf("%s: report %+v, err %v; want key %q, %d events", tt.name, rep, err, tt.wantKey, tt.events)
		}
	}
	if n := f.count(t, `SELECT count(*) FROM events`); n != 4 {
		t.Errorf("%d events stored, want only the 4 of the marked paste", n)
	}
}

// A pasted name two members share is stored on the member the operator
// chose; a name with an emoji more is someone else (exact names only).
func TestImportPasteChoices(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.members.Create(ctx, members.Input{Nickname: "奶茶不加糖", Platform: "douyin"})
	second, _ := f.members.Create(ctx, members.Input{Nickname: "奶茶不加糖", Platform: "douyin", Remark: "二号"})
	deer, _ := f.members.Create(ctx, members.Input{Nickname: "小鹿今天也要早睡", Platform: "douyin"}) // no 🦌
	req := pasteRequest(t, "douyin_full_date.txt", 0)
	p, err := f.act.Preview(ctx, req)
	if err != nil || len(p.Unsettled) != 1 {
		t.Fatalf("preview %+v, %v", p, err)
	}
	req.Choices = map[string]int64{p.Unsettled[0].Sender.Key: second.ID}
	rep, err := f.act.Import(ctx, req, nil)
	if err != nil || len(rep.Ambiguous) != 1 || rep.Ambiguous[0].Chosen != second.ID || rep.NewMembers != 2 {
		t.Fatalf("report %+v, %v", rep, err)
	}
	if n := f.count(t, `SELECT count(*) FROM events WHERE member_id = `+itoa(second.ID)); n != 1 {
		t.Errorf("the chosen 奶茶不加糖 has %d events, want 1", n)
	}
	if n := f.count(t, `SELECT count(*) FROM events WHERE member_id = `+itoa(deer.ID)); n != 0 {
		t.Errorf("小鹿今天也要早睡 (without 🦌) got %d events, want 0", n)
	}
}
