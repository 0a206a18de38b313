package activity_test

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"qunzhu/backend/activity"
	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// chatFixture is an export written by hand in chatlog's testdata.
func chatFixture(name string) string { return filepath.Join("..", "chatlog", "testdata", name) }

// nicknames maps each member's nickname to its number of events.
func (f fixture) nicknames(t *testing.T) map[string]int {
	rows, err := f.db.Read().Query(`SELECT m.nickname, count(e.id) FROM members m LEFT JOIN events e ON e.member_id = m.id
		WHERE m.deleted_at IS NULL GROUP BY m.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			t.Fatal(err)
		}
		out[name] += n
	}
	return out
}

// A sender's exact display name is who they are within the export: 小美
// and 小美🌸 are two members, a name of emoji only is a name, invisible
// marks are not part of it, and a sender with no name left is skipped.
func TestImportKeepsExactNamesApart(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	rep, err := f.act.Import(ctx, activity.Request{Path: chatFixture("whatsapp_names.txt")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"小美": 2, "小美🌸": 1, "🌸🌸": 1, "👨\u200d👩\u200d👧": 1, "+86 138 0000 0000": 1}
	if got := f.nicknames(t); !maps.Equal(got, want) {
		t.Errorf("members and their events = %v, want %v", got, want)
	}
	if rep.Events != 6 || rep.Members != 5 || rep.NewMembers != 5 || rep.Skipped != 1 ||
		!slices.Equal(rep.Problems, []chatlog.Problem{{Line: 7, Key: "err.chat.no_sender"}}) {
		t.Errorf("report = %+v", rep)
	}
}

// Members already on record are matched by their exact name only: 🌸🌸 is
// found, 小美🌸 is not 小美.
func TestImportMatchesExactNamesOnly(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	flower, _ := f.members.Create(ctx, members.Input{Nickname: "🌸🌸", Platform: "whatsapp"})
	mei, _ := f.members.Create(ctx, members.Input{Nickname: "小美", Platform: "whatsapp"})
	p, err := f.act.Preview(ctx, activity.Request{Path: chatFixture("whatsapp_names.txt")})
	if err != nil || p.Senders != 5 || p.Known != 2 || p.New != 3 || len(p.Unsettled) != 0 || p.Skipped != 1 {
		t.Fatalf("preview = %+v, %v", p, err)
	}
	if _, err := f.act.Import(ctx, activity.Request{Path: chatFixture("whatsapp_names.txt")}, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id   int64
		want int
	}{{flower.ID, 1}, {mei.ID, 2}} {
		if n := f.count(t, `SELECT count(*) FROM events WHERE member_id = `+itoa(c.id)); n != c.want {
			t.Errorf("member %d has %d events, want %d", c.id, n, c.want)
		}
	}
}

// One line with an impossible time is skipped and named; the rest of the
// export is stored, and the history keeps what was skipped.
func TestImportSkipsAnOddLine(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	want := []chatlog.Problem{{Line: 3, Key: "err.chat.bad_time"}}
	p, err := f.act.Preview(ctx, activity.Request{Path: chatFixture("whatsapp_odd_line.txt")})
	if err != nil || p.Events != 4 || p.Skipped != 1 || !slices.Equal(p.Problems, want) {
		t.Fatalf("preview = %+v, %v", p, err)
	}
	rep, err := f.act.Import(ctx, activity.Request{Path: chatFixture("whatsapp_odd_line.txt")}, nil)
	if err != nil || rep.Events != 4 || rep.Skipped != 1 || !slices.Equal(rep.Problems, want) {
		t.Fatalf("report = %+v, %v", rep, err)
	}
	if got := f.nicknames(t); !maps.Equal(got, map[string]int{"Anna": 2, "Ben": 1, "Dora": 1}) {
		t.Errorf("members and their events = %v", got)
	}
	h, err := f.act.History(ctx, 10)
	if err != nil || len(h) != 1 || h[0].Skipped != 1 || !slices.Equal(h[0].Problems, want) || h[0].Events != 4 {
		t.Errorf("history = %+v, %v", h, err)
	}
}

// An export mostly unreadable is refused as not what it looked like, and
// nothing of it is stored.
func TestImportRefusesMostlyUnreadable(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	path := f.write(t, "chat.txt", "12.03.2023, 09:00 - Anna: good morning", "31.02.2023, 09:01 - Ben: x",
		"30.02.2023, 09:02 - Ben: y", "29.02.2023, 09:03 - Ben: z")
	_, err := f.act.Import(ctx, activity.Request{Path: path}, nil)
	if e := errs.As(err); e.Code != errs.Invalid || e.Key != "err.chat.mostly_unreadable" || e.Params["Line"] != 2 || e.Params["Count"] != 3 {
		t.Fatalf("import: %+v", err)
	}
	if n := f.count(t, `SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM members) + (SELECT count(*) FROM imports)`); n != 0 {
		t.Errorf("%d rows stored", n)
	}
}

// A Telegram export whose messages carry only date_unixtime is imported.
func TestImportTelegramUnixTimes(t *testing.T) {
	f := newFixture(t)
	rep, err := f.act.Import(context.Background(), activity.Request{Path: chatFixture("telegram_unixtime.json")}, nil)
	if err != nil || rep.Events != 3 || rep.NewMembers != 2 || rep.Skipped != 0 {
		t.Fatalf("report = %+v, %v", rep, err)
	}
}
