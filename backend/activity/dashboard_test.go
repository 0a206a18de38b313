package activity_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/groups"
	"qunzhu/backend/summaries"
)

// summaries reads the dashboard's day and member summaries as text rows.
func summaryRows(t *testing.T, f fixture) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT 'day', scope, day, messages, events, speakers, reached FROM dashboard_days ORDER BY 2, 3`,
		`SELECT 'last', scope, member_id, spoke_at, seen_at, 0, 0 FROM dashboard_last ORDER BY 2, 3`,
	} {
		rows, err := f.db.Read().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var kind string
			var a, b, c, d, e, g int64
			rows.Scan(&kind, &a, &b, &c, &d, &e, &g)
			out = append(out, fmt.Sprint(kind, a, b, c, d, e, g))
		}
		rows.Close()
	}
	return out
}

// recounted is what counting every stored event again gives.
func recounted(t *testing.T, f fixture) []string {
	t.Helper()
	ctx := context.Background()
	tx, err := f.db.Write().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := summaries.Record(ctx, tx, summaries.Rebuilt{Events: activity.Log{}}); err != nil {
		t.Fatal(err)
	}
	var out []string
	rows, _ := tx.Query(`SELECT 'day', scope, day, messages, events, speakers, reached FROM dashboard_days
		UNION ALL SELECT 'last', scope, member_id, spoke_at, seen_at, 0, 0 FROM dashboard_last ORDER BY 1, 2, 3`)
	for rows.Next() {
		var kind string
		var a, b, c, d, e, g int64
		rows.Scan(&kind, &a, &b, &c, &d, &e, &g)
		out = append(out, fmt.Sprint(kind, a, b, c, d, e, g))
	}
	rows.Close()
	return out
}

// busyChat is a random WhatsApp export over days days from start: several
// senders, messages and media, some lines repeated (stored once).
func busyChat(rng *rand.Rand, start time.Time, days, n int) []string {
	names := []string{"小红", "小明", "阿强", "Tom", "老王", "小刚"}
	var out []string
	at := start
	for range n {
		at = at.Add(time.Duration(rng.Int64N(int64(days) * 86400 / int64(n) * 2 * int64(time.Second))))
		text := []string{"大家好", "<Media omitted>", "收到", "打卡"}[rng.IntN(4)]
		line := fmt.Sprintf("%s - %s: %s", at.Format("02.01.2006, 15:04"), names[rng.IntN(len(names))], text)
		out = append(out, line)
		if rng.IntN(20) == 0 {
			out = append(out, line) // the same message twice: one event
		}
	}
	return out
}

// An import writes the dashboard's summaries from what it stored, exactly
// as counting every stored event again does: into an empty database, over
// days that already had events, with a group and without, with repeated
// and out-of-order messages (several chats in one file).
func TestImportKeepsDashboardSummaries(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	g, _ := f.groups.Create(ctx, groups.Input{Name: "粉丝群", Platform: "whatsapp", Purpose: "core", Capacity: 500})
	rng := rand.New(rand.NewPCG(3, 4))
	start := time.Date(2026, 1, 30, 6, 0, 0, 0, time.UTC)
	first := busyChat(rng, start, 20, 600)
	longer := append(append([]string{}, first...), busyChat(rng, start.AddDate(0, 0, 21), 10, 300)...)
	steps := []struct {
		name  string
		lines []string
		group int64
	}{
		{"first export, into a group", first, g.ID},
		{"a longer export of the same chat", longer, g.ID},
		{"another chat over the same days, no group", busyChat(rng, start.AddDate(0, 0, 5), 10, 200), 0},
		{"two chats in one file, the second going back in time",
			append(busyChat(rng, start.AddDate(0, 0, 40), 5, 80), busyChat(rng, start.AddDate(0, 0, 35), 5, 80)...), g.ID},
	}
	for i, s := range steps {
		path := f.write(t, filepath.Base(fmt.Sprintf("chat%d.txt", i)), s.lines...)
		if _, err := f.act.Import(ctx, activity.Request{Path: path, GroupID: s.group}, nil); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got, want := summaryRows(t, f), recounted(t, f)
		if len(want) < 20 || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the import's summaries differ from a recount:\n got %v\nwant %v", s.name, got, want)
		}
	}
}
