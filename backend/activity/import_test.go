package activity_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

type fixture struct {
	db      *store.DB
	members *members.Service
	groups  *groups.Service
	act     *activity.Service
	dir     string
}

func newFixture(t *testing.T) fixture {
	db := storetest.Open(t)
	m := members.NewService(db)
	m.UseEvents(activity.Log{}) // as the workspace wires it
	return fixture{db: db, members: m, groups: groups.NewService(db), act: activity.NewService(db, m), dir: t.TempDir()}
}

func (f fixture) write(t *testing.T, name string, lines ...string) string {
	path := filepath.Join(f.dir, name)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func (f fixture) count(t *testing.T, q string) int {
	var n int
	if err := f.db.Read().QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

var chat = []string{
	"12.03.2023, 14:05 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
	"12.03.2023, 14:06 - 小红: 大家好",
	"12.03.2023, 14:07 - 小明: <Media omitted>",
	"12.03.2023, 14:08 - 小明: @小红 谢谢",
	"second line",
	"13.03.2023, 09:00 - 小刚: 签到",
}

// A WhatsApp export: senders matched to members or added, events stored
// once, the group joined, the import in the history; the same file again
// and a longer export overlapping it add only what is new.
func TestImportMatchesSendersAndStoresOnce(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	g, _ := f.groups.Create(ctx, groups.Input{Name: "粉丝群", Platform: "whatsapp", Purpose: "core", Capacity: 500})
	known, err := f.members.Create(ctx, members.Input{Nickname: "小红", Platform: "whatsapp"})
	if err != nil {
		t.Fatal(err)
	}
	path := f.write(t, "chat.txt", chat...)
	var last, total int
	rep, err := f.act.Import(ctx, activity.Request{Path: path, GroupID: g.ID}, func(d, tot int) { last, total = d, tot })
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != "whatsapp" || rep.Events != 4 || rep.Members != 3 || rep.NewMembers != 2 || rep.System != 1 || rep.Skipped != 0 {
		t.Fatalf("report = %+v", rep)
	}
	if last != total || total == 0 {
		t.Errorf("progress ended at %d of %d", last, total)
	}
	if n := f.count(t, `SELECT count(*) FROM events WHERE member_id = `+itoa(known.ID)); n != 1 {
		t.Errorf("the known member has %d events, want 1", n)
	}
	if n := f.count(t, `SELECT count(*) FROM memberships WHERE group_id = `+itoa(g.ID)); n != 3 {
		t.Errorf("%d senders joined the group, want 3", n)
	}
	kinds := f.count(t, `SELECT count(DISTINCT kind) FROM events`)
	if kinds != 4 { // message, post, mention, checkin
		t.Errorf("%d kinds stored, want 4", kinds)
	}

	again, err := f.act.Import(ctx, activity.Request{Path: path, GroupID: g.ID}, nil)
	if err != nil || again.Events != 0 || again.Duplicates != 4 || again.NewMembers != 0 {
		t.Fatalf("re-import = %+v, %v", again, err)
	}
	longer := f.write(t, "longer.txt", append(chat, "14.03.2023, 20:00 - 小红: 晚上好")...)
	more, err := f.act.Import(ctx, activity.Request{Path: longer}, nil)
	if err != nil || more.Events != 1 || more.Duplicates != 4 {
		t.Fatalf("overlapping import = %+v, %v", more, err)
	}
	if n := f.count(t, `SELECT count(*) FROM imports WHERE kind = 'activity' AND file_name = 'chat.txt'`); n != 2 {
		t.Errorf("%d history rows for chat.txt, want 2", n)
	}
}

// A sender whose nickname two members share is reported, and the user's
// choice decides who gets the events.
func TestImportAmbiguousSenders(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	a, _ := f.members.Create(ctx, members.Input{Nickname: "小明", Platform: "whatsapp"})
	f.members.Create(ctx, members.Input{Nickname: "小明", Platform: "whatsapp", Remark: "另一个"})
	path := f.write(t, "chat.txt", chat...)
	rep, err := f.act.Import(ctx, activity.Request{Path: path}, nil)
	if err != nil || len(rep.Ambiguous) != 1 || rep.Ambiguous[0].Chosen != a.ID || len(rep.Ambiguous[0].Candidates) != 2 {
		t.Fatalf("report = %+v, %v", rep, err)
	}
	f2 := newFixture(t)
	f2.members.Create(ctx, members.Input{Nickname: "小明", Platform: "whatsapp"})
	b2, _ := f2.members.Create(ctx, members.Input{Nickname: "小明", Platform: "whatsapp", Remark: "另一个"})
	path2 := f2.write(t, "chat.txt", chat...)
	key := rep.Ambiguous[0].Sender.Key
	rep2, err := f2.act.Import(ctx, activity.Request{Path: path2, Choices: map[string]int64{key: b2.ID}}, nil)
	if err != nil || rep2.Ambiguous[0].Chosen != b2.ID {
		t.Fatalf("with a choice = %+v, %v", rep2, err)
	}
	if n := f2.count(t, `SELECT count(*) FROM events WHERE member_id = `+itoa(b2.ID)); n != 2 {
		t.Errorf("the chosen member has %d events, want 2", n)
	}
}

// Broken and unknown files, and a cancelled import, store nothing.
func TestImportFailuresStoreNothing(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	unknown := f.write(t, "notes.txt", "just some notes", "nothing like a chat export")
	if _, err := f.act.Import(ctx, activity.Request{Path: unknown}, nil); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("unknown format: %v", err)
	}
	truncated := f.write(t, "result.json", `{"name":"Fans","type":"private_group","id":1,"messages":[`,
		`{"id":1,"type":"message","date":"2023-01-02T03:04:05","from":"Ann","from_id":"user1","text":"hi"},`,
		`{"id":2,"type":"message","date":"2023-01-02T03:05:05","from":"Bob","from_id":"user2","text":"yo"`)
	_, err := f.act.Import(ctx, activity.Request{Path: truncated}, nil)
	if e := errs.As(err); e.Code != errs.Invalid || !strings.HasPrefix(e.Key, "err.chat.") {
		t.Errorf("truncated JSON: %+v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	path := f.write(t, "chat.txt", chat...)
	if _, err := f.act.Import(cancelled, activity.Request{Path: path}, nil); errs.CodeOf(err) != errs.Cancelled {
		t.Errorf("cancelled: %v", err)
	}
	if n := f.count(t, `SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM members) + (SELECT count(*) FROM imports)`); n != 0 {
		t.Errorf("%d rows stored by failed imports", n)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// The preview reads the whole export and stores nothing.
func TestPreview(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.members.Create(ctx, members.Input{Nickname: "小红", Platform: "whatsapp"})
	f.members.Create(ctx, members.Input{Nickname: "小明", Platform: "whatsapp"})
	f.members.Create(ctx, members.Input{Nickname: "小明", Platform: "whatsapp", Remark: "二号"})
	p, err := f.act.Preview(ctx, activity.Request{Path: f.write(t, "chat.txt", chat...)})
	if err != nil {
		t.Fatal(err)
	}
	if p.Format != "whatsapp" || p.Events != 4 || p.System != 1 || p.Skipped != 0 || p.Senders != 3 || p.Known != 1 || p.New != 1 {
		t.Fatalf("preview = %+v", p)
	}
	if len(p.Unsettled) != 1 || p.Unsettled[0].Sender.Name != "小明" || len(p.Unsettled[0].Candidates) != 2 ||
		p.Unsettled[0].Candidates[1].Remark != "二号" || p.Unsettled[0].Events != 2 {
		t.Errorf("unsettled = %+v", p.Unsettled)
	}
	if p.TopSenders[0].Sender.Name != "小明" || p.From.Day() != 12 || p.To.Day() != 13 {
		t.Errorf("top %+v, from %v to %v", p.TopSenders, p.From, p.To)
	}
	if n := f.count(t, `SELECT count(*) FROM events`); n != 0 {
		t.Errorf("a preview stored %d events", n)
	}
}

func activityReq(path string) activity.Request { return activity.Request{Path: path} }

// Merging members moves the other's events onto the kept one; undo gives
// them back; purging a member from the trash deletes its events.
func TestEventsFollowMergeUndoAndPurge(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, err := f.act.Import(ctx, activity.Request{Path: f.write(t, "chat.txt", chat...)}, nil); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	rows, _ := f.members.List(ctx, members.Query{Limit: 10})
	for _, r := range rows {
		ids[r.Nickname] = r.ID
	}
	events := func(name string) int {
		return f.count(t, `SELECT count(*) FROM events WHERE member_id = `+itoa(ids[name]))
	}
	_, undo, err := f.members.Merge(ctx, ids["小红"], ids["小明"])
	if err != nil || events("小红") != 3 || events("小明") != 0 {
		t.Fatalf("after merge: 小红 %d, 小明 %d events (%v)", events("小红"), events("小明"), err)
	}
	if _, err := f.members.Undo(ctx, undo); err != nil || events("小红") != 1 || events("小明") != 2 {
		t.Fatalf("after undo: 小红 %d, 小明 %d events (%v)", events("小红"), events("小明"), err)
	}
	f.members.Bulk(ctx, members.BulkRequest{Selection: members.Selection{IDs: []int64{ids["小刚"]}}, Action: members.ActionTrash})
	later := members.NewService(f.db)
	later.UseEvents(activity.Log{})
	later.SetClock(func() time.Time { return time.Now().AddDate(0, 0, members.TrashDays+1) })
	if n, err := later.PurgeTrash(ctx); err != nil || n != 1 || events("小刚") != 0 {
		t.Fatalf("purge: %d, %v; 小刚 keeps %d events", n, err, events("小刚"))
	}
	if n := f.count(t, `SELECT count(*) FROM events`); n != 3 {
		t.Errorf("%d events left, want 3", n)
	}
}

// A generic CSV (who, when, what kind, how much): columns guessed from the
// header or given, tips stored with their value.
func TestImportGenericCSV(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	path := f.write(t, "互动.csv", "昵称,时间,类型,金额", "小红,2026-03-01 20:00,消息,", "小明,2026-03-01 20:05,打赏,8.8")
	p, err := f.act.Preview(ctx, activity.Request{Path: path})
	if err != nil || p.Format != "csv" || len(p.Header) != 4 || p.Columns.Member != 0 || p.Columns.Value != 3 || p.Events != 2 {
		t.Fatalf("preview = %+v, %v", p, err)
	}
	rep, err := f.act.Import(ctx, activity.Request{Path: path, Platform: "douyin"}, nil)
	if err != nil || rep.Events != 2 || rep.NewMembers != 2 {
		t.Fatalf("import = %+v, %v", rep, err)
	}
	var tips float64
	f.db.Read().QueryRow(`SELECT total(value) FROM events WHERE kind = 'tip'`).Scan(&tips)
	if tips != 8.8 || f.count(t, `SELECT count(*) FROM members WHERE platform = 'douyin'`) != 2 {
		t.Errorf("tips %v; douyin members %d", tips, f.count(t, `SELECT count(*) FROM members WHERE platform = 'douyin'`))
	}
}

// A generic CSV whose guessed time column can't be read: the preview fails
// naming the line, but keeps the header and columns for the mapping step;
// with the right column it reads every row, and the import stores nothing
// until then.
func TestPreviewGenericCSVWithWrongColumn(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	path := f.write(t, "互动.csv", "昵称,日期,登记时间,类型", "小红,周一,2026-03-01 20:00,消息", "小明,周一,2026-03-01 20:05,打赏")
	p, err := f.act.Preview(ctx, activity.Request{Path: path})
	e := errs.As(err)
	if err == nil || e.Params["Line"] != 2 || p.Format != "csv" || len(p.Header) != 4 || p.Columns.Time != 1 || p.Events != 0 {
		t.Fatalf("preview = %+v, %v (%+v)", p, err, e)
	}
	if _, err := f.act.Import(ctx, activity.Request{Path: path}, nil); err == nil {
		t.Fatal("an unreadable mapping imported")
	}
	cols := p.Columns
	cols.Time = 2
	p, err = f.act.Preview(ctx, activity.Request{Path: path, Columns: &cols})
	if err != nil || p.Events != 2 || p.Columns.Time != 2 {
		t.Fatalf("remapped preview = %+v, %v", p, err)
	}
	if n := f.count(t, `SELECT count(*) FROM events`); n != 0 {
		t.Errorf("previews stored %d events", n)
	}
}

// The parser runs ahead of the writer: an import stopped halfway, or one
// whose file turns out broken far into it, stores nothing and says why
// (the line, for a broken file); a whole one stores every event in order.
func TestImportParsedAheadStopsCleanly(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	var lines []string
	start := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	for i := range 30000 {
		at := start.Add(time.Duration(i) * time.Minute)
		lines = append(lines, fmt.Sprintf("%s - 粉丝%d: 消息 %d", at.Format("02.01.2006, 15:04"), i%50, i))
	}
	path := f.write(t, "big.txt", lines...)
	stopping, stop := context.WithCancel(ctx)
	_, err := f.act.Import(stopping, activity.Request{Path: path}, func(done, total int) {
		if done > 0 && done < total {
			stop()
		}
	})
	stop()
	if errs.CodeOf(err) != errs.Cancelled {
		t.Errorf("stopped halfway: %v", err)
	}
	broken := f.write(t, "broken.json", `{"name":"Fans","type":"private_group","id":1,"messages":[`+
		strings.Repeat(`{"id":1,"type":"message","date":"2023-01-02T03:04:05","from":"Ann","from_id":"user1","text":"hi"},`, 3000)+
		`{"id":2,"type":"message","date":"2023-01-02T03:05:05"`)
	if _, err := f.act.Import(ctx, activity.Request{Path: broken}, nil); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("broken far in: %v", err)
	}
	if n := f.count(t, `SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM members)`); n != 0 {
		t.Fatalf("%d rows stored by stopped imports", n)
	}
	rep, err := f.act.Import(ctx, activity.Request{Path: path}, nil)
	if err != nil || rep.Events != 30000 {
		t.Fatalf("whole import: %+v, %v", rep, err)
	}
	var wrong int
	f.db.Read().QueryRow(`SELECT count(*) FROM (SELECT text, lag(text) OVER (ORDER BY id) AS before FROM events)
		WHERE before IS NOT NULL AND CAST(substr(text, 4) AS INT) != CAST(substr(before, 4) AS INT) + 1`).Scan(&wrong)
	if wrong != 0 {
		t.Errorf("%d events stored out of file order", wrong)
	}
}
