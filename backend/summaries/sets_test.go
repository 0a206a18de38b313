package summaries_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
	"qunzhu/backend/summaries"
	"qunzhu/backend/tiers"
)

// counted is what a past period's counts are, counted straight from the
// events with SQL: the distinct members who spoke, who did anything, and
// who were seen in the SilentDays before the end, less the trash and, for a
// group, those no longer in it.
func counted(t *testing.T, db *store.DB, r dashboard.Request, silentDays int) (speakers, reached, seen int) {
	t.Helper()
	start, end := r.From.Unix(), r.To.Unix()+86400
	where := `member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL) AND at >= ? AND at < ?`
	args := []any{}
	if r.GroupID != 0 {
		where += ` AND group_id = ? AND member_id NOT IN (SELECT member_id FROM memberships
			WHERE group_id = ? AND status IN ('invited', 'left', 'removed'))`
		args = append(args, r.GroupID, r.GroupID)
	}
	count := func(extra string, from int64) int {
		var n int
		q := `SELECT count(DISTINCT member_id) FROM events WHERE ` + where + extra
		if err := db.Read().QueryRow(q, append([]any{from, end}, args...)...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	spoken := ` AND kind IN ('message', 'reply', 'mention', 'jielong', 'comment', 'checkin', 'post')`
	return count(spoken, start), count("", start), count("", end-int64(silentDays)*86400)
}

// checkPast compares every period of 1 to 12 days ending in the fixture's
// span, for all groups and each group, with the events counted by SQL.
func checkPast(t *testing.T, db *store.DB, when string, groupIDs []int64) {
	t.Helper()
	s := newDashboard(db)
	silentDays := tiers.DefaultSettings().SilentDays
	past := 0
	for _, g := range append([]int64{0}, groupIDs...) {
		for end := 0; end < 24; end++ {
			for _, days := range []int{1, 4, 12} {
				to := fixtureStart.AddDate(0, 0, end)
				r := dashboard.Request{GroupID: g, From: to.AddDate(0, 0, 1-days), To: to}
				d, err := s.Get(context.Background(), r)
				if err != nil {
					t.Fatal(err)
				}
				if !d.Summarized {
					past++
				}
				speakers, reached, seen := counted(t, db, r, silentDays)
				if d.Speakers != speakers || d.Reached != reached || d.Silent != max(0, d.Members-seen) {
					t.Errorf("%s: group %d %s..%s (summarized %v): speakers %d reached %d silent %d, "+
						"counted %d %d %d", when, g, r.From.Format(time.DateOnly), r.To.Format(time.DateOnly),
						d.Summarized, d.Speakers, d.Reached, d.Silent, speakers, reached, max(0, d.Members-seen))
				}
			}
		}
	}
	if past < 50 {
		t.Errorf("%s: only %d past periods", when, past)
	}
}

var fixtureStart = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)

// chat writes n random WhatsApp messages of senders 小0..小(senders-1)
// over 20 days from fixtureStart, in time order unless shuffled.
func chat(t *testing.T, rnd *rand.Rand, n, senders int, shuffled bool) string {
	lines := make([]string, n)
	for i := range lines {
		at := fixtureStart.Add(time.Duration(rnd.Intn(20*24*60)) * time.Minute)
		lines[i] = fmt.Sprintf("%s - 小%d: 消息 %d", at.Format("02.01.2006, 15:04"), rnd.Intn(senders), rnd.Int())
	}
	if !shuffled {
		slices.SortStableFunc(lines, func(a, b string) int { return strings.Compare(sortKey(a), sortKey(b)) })
	}
	path := filepath.Join(t.TempDir(), "chat.txt")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sortKey is a line's time (dd.mm.yyyy, hh:mm) as yyyymmddhh:mm.
func sortKey(line string) string { return line[6:10] + line[3:5] + line[0:2] + line[12:17] }

// addLikes stores random likes and shares of live members over the
// fixture's days (as another importer would) and refreshes their days.
func addLikes(t *testing.T, db *store.DB, rnd *rand.Rand, n int, group int64) {
	ctx := context.Background()
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		var ids []int64
		rows, err := tx.QueryContext(ctx, `SELECT id FROM members ORDER BY id`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			ids = append(ids, id)
		}
		rows.Close()
		var g any
		if group != 0 {
			g = group
		}
		for range n {
			at := fixtureStart.Unix() + rnd.Int63n(20*86400)
			kind := []string{"like", "share", "tip", "reply"}[rnd.Intn(4)]
			if _, err := tx.ExecContext(ctx, `INSERT INTO events (member_id, group_id, at, kind, key) VALUES (?, ?, ?, ?, ?)`,
				ids[rnd.Intn(len(ids))], g, at, kind, rnd.Int63()); err != nil {
				return err
			}
		}
		return summaries.Record(ctx, tx, summaries.Refreshed{From: fixtureStart, To: fixtureStart.AddDate(0, 0, 20), Events: activity.Log{}})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A past period read from the days' sets counts what the events hold,
// through imports (in order, shuffled, with and without a group, again),
// other events, members leaving, a merge and its undo, the trash's purge
// and a rebuild.
func TestPastSetsCountTheEvents(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t)
	m := members.NewService(db)
	m.UseEvents(activity.Log{}) // as the workspace wires it
	act := activity.NewService(db, m)
	rnd := rand.New(rand.NewSource(7))
	gs := groups.NewService(db)
	var groupIDs []int64
	for _, name := range []string{"一群", "二群"} {
		g, err := gs.Create(ctx, groups.Input{Name: name, Platform: "whatsapp", Purpose: "core", Capacity: 500})
		if err != nil {
			t.Fatal(err)
		}
		groupIDs = append(groupIDs, g.ID)
	}
	imports := []struct {
		group    int64
		n        int
		shuffled bool
	}{{groupIDs[0], 300, false}, {0, 150, false}, {groupIDs[1], 200, true}, {groupIDs[0], 200, false}}
	for i, im := range imports {
		path := chat(t, rnd, im.n, 40, im.shuffled)
		if _, err := act.Import(ctx, activity.Request{Path: path, GroupID: im.group}, nil); err != nil {
			t.Fatal(err)
		}
		if i == 0 { // the same file again: all duplicates
			if _, err := act.Import(ctx, activity.Request{Path: path, GroupID: im.group}, nil); err != nil {
				t.Fatal(err)
			}
		}
		checkCurrent(t, db, fmt.Sprintf("import %d", i))
	}
	addLikes(t, db, rnd, 120, groupIDs[0])
	addLikes(t, db, rnd, 60, 0)
	checkCurrent(t, db, "likes")
	if _, err := db.Write().Exec(`UPDATE memberships SET status = 'left' WHERE member_id % 5 = 0 AND group_id = ?`,
		groupIDs[0]); err != nil {
		t.Fatal(err)
	}
	checkPast(t, db, "imports", groupIDs)

	var ids []int64
	rows, _ := db.Read().Query(`SELECT member_id FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 4`)
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	_, undoID, err := m.Merge(ctx, ids[0], ids[1])
	if err != nil {
		t.Fatal(err)
	}
	checkCurrent(t, db, "merge")
	checkPast(t, db, "merge", groupIDs)
	if _, err := m.Undo(ctx, undoID); err != nil {
		t.Fatal(err)
	}
	checkCurrent(t, db, "undo")
	checkPast(t, db, "undo", groupIDs)

	if _, err := db.Write().Exec(`UPDATE members SET deleted_at = '2000-01-01T00:00:00Z' WHERE id IN (?, ?)`,
		ids[2], ids[3]); err != nil {
		t.Fatal(err)
	}
	checkPast(t, db, "trash", groupIDs)
	m.SetClock(func() time.Time { return time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC) })
	if n, err := m.PurgeTrash(ctx); err != nil || n != 2 {
		t.Fatalf("purge: %d %v", n, err)
	}
	checkCurrent(t, db, "purge")
	checkPast(t, db, "purge", groupIDs)

	if err := db.Tx(ctx, func(tx *sql.Tx) error { return rebuild(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	checkPast(t, db, "rebuild", groupIDs)
}
